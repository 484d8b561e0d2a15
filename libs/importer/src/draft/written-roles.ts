import type { DraftUnit } from '@monitor/domain';
import { opensLine, sentences, unwrapLines } from './lines.js';
import { distributeKind, opensWithVerb, type UnitMatcher } from './units.js';

/**
 * Where a clause can open inside an item's line: the line's start (after its number or bullet), after a comma
 * before "giao" and a name ("Xây dựng hồ sơ …, giao Sở KH&CN chủ trì"), after
 * the item's title and its colon ("Cải cách thể chế: Giao Sở Tư pháp …"), inside brackets ("(Sở Y tế
 * chủ trì, …)"), at each sentence or semicolon ("…; Giao UBND các huyện …"), and after "do" (by) before
 * a name: "…, do Sở TT&TT chủ trì thực hiện" names its agent as a subject does.
 */
export const clauseStarts = (line: string): number[] => {
  const starts = new Set<number>([0]);
  // "Tỉnh đoàn, Sở Y phối hợp, UBND các xã chủ trì": the partners' clause ends on its comma, the lead's opens.
  // "1. Hạ tầng số - Sở X chủ trì, …": a spaced dash before a name parts a title from its lead's clause ("… — giao Sở X …" too).
  for (const m of line.matchAll(
    /(?::|\(|;|[.!?](?=\s+\p{Lu})|\s[-–—](?=\s+(?:\p{Lu}|giao\s+\p{Lu}))|(?<![\p{L}\p{N}])do(?=\s+\p{Lu})|(?<![\p{L}\p{N}])phối hợp,|,(?=\s+giao\s+\p{Lu}))\s*/gu,
  ))
    starts.add(m.index! + m[0].length);
  // "Trong năm 2022, Sở X chủ trì …", "hằng năm, Sở Y tổ chức …": the subject follows the time the clause opens with.
  for (const p of [...starts]) {
    const time = line.slice(p).match(TIME_FIRST);
    if (time) starts.add(p + time[0].length);
  }
  // "Hằng năm, trên cơ sở đề xuất của doanh nghiệp, Sở X chủ trì …": the subject follows the grounds the clause opens with.
  // "Đề nghị UBND các tỉnh … xây dựng …": the body the plan asks is the subject of what it is asked to do.
  for (const p of [...starts]) {
    const grounds = line.slice(p).match(GROUNDS_FIRST) ?? line.slice(p).match(ASKED_FIRST);
    if (grounds) starts.add(p + grounds[0].length);
  }
  return [...starts].filter((p) => p < line.length).sort((a, b) => a - b);
};

/** A time opening a clause before its subject: "(Quý IV/2022) ", "Trong năm 2024, ", "Từ năm học 2023 - 2024, ", "Trước ngày 15/11/2025, ", "Chậm nhất ngày 31/3/2026, ", "hằng năm, ". */
const TIME_FIRST =
  /^(?:\([^()]{0,30}\d{4}\)\s*|(?:(?:trong|từ|trước|đến|vào|chậm nhất)\s+(?:ngày\s+)?[^,;:()]{0,30}?\d{4}(?:\s*[-–]\s*\d{4})?|(?:hằng|hàng)\s+(?:năm|quý|tháng)|thường xuyên)\s*,\s*)/iu;

/** Grounds opening a clause before its subject: "trên cơ sở đề xuất của …, ", "căn cứ kết quả …, ", "sau khi … được phê duyệt, ". */
const GROUNDS_FIRST = /^(?:trên cơ sở|căn cứ|sau khi)\s[^,;:()]{1,80},\s*(?=\p{Lu})/iu;

/** A request opening a clause before the body asked: "Đề nghị …". */
const ASKED_FIRST = /^Đề nghị\s+(?=\p{Lu})/u;

/**
 * Where the first sentence of an item opens its subject: at its start, after its title's colon ("Về xúc tiến
 * thương mại: Sở Công Thương tổ chức …"), and after a time it opens with ("Trước ngày 15/11/2025, Sở Nội vụ …").
 */
const openings = (sentence: string): Set<number> => {
  const starts = clauseStarts(sentence);
  const out = new Set<number>([0]);
  if (starts[1] !== undefined && /:\s*$/u.test(sentence.slice(0, starts[1]))) out.add(starts[1]);
  for (const p of [...out]) {
    const time = sentence.slice(p).match(TIME_FIRST) ?? sentence.slice(p).match(ASKED_FIRST);
    if (time) out.add(p + time[0].length);
  }
  return out;
};

/** "Sở X, Sở Y theo chức năng, nhiệm vụ hỗ trợ …": the formula before the verb. */
const BY_REMIT = /^\s*,?\s*theo chức năng,?\s*nhiệm vụ(?:\s+được giao)?,?/iu;

/**
 * An item's heading that is a bare title on a line of its own ("3. Hỗ trợ doanh nghiệp đổi mới sáng tạo"): short,
 * ending on no punctuation. The paragraph under it opens the item's first sentence, its subject with it.
 */
const isBareTitle = (line: string): boolean => {
  const title = line.replace(/^(?:#+\s*)?(?:\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\))\s*/u, '');
  return title.length <= 80 && !/[.,;:)]$/u.test(title) && /^\p{Lu}/u.test(title);
};

const GIAO = /^Giao\s+/iu;
/** A role's label: "Chủ trì:", "Cơ quan phối hợp:", "Đơn vị chủ trì thực hiện:"; "Cơ quan thực hiện:" names the leads. */
// "Đơn vị chủ trì các nội dung tại mục 4:" labels the lead of the item's contents.
const LABEL =
  /^(?:(?:Cơ quan|Đơn vị)\s+)?(chủ trì|phối hợp)(?:\s+thực hiện)?(?:\s+(?:các|những)\s+(?:nội dung|nhiệm vụ)[^:]{0,30})?\s*:\s*|^(?:Cơ quan|Đơn vị)\s+thực hiện\s*:\s*/iu;
/** What a subject does when it leads: "X chủ trì", "X, Y đồng chủ trì" (co-lead), "X thực hiện", "X có trách nhiệm". */
const LEADS_AFTER = /^\s*(?:(?:đồng\s+)?chủ trì|thực hiện|có trách nhiệm)(?![\p{L}\p{N}])/iu;
/** "…; Sở Tài chính, Sở KH&ĐT tham mưu bố trí …": a later clause's subject given the work by its verb. */
// "…; Sở KH&CN hoàn thành trong Quý IV/2017.": the unit that delivers does the work.
const DOES_AFTER = /^\s+(?:tham mưu|chịu trách nhiệm|đảm nhận|đảm nhiệm|bố trí|hướng dẫn|hoàn thành)(?![\p{L}\p{N}])/iu;
/** "đồng thời", "đồng thời," opening a clause before its subject. */
const MEANWHILE = /^đồng thời,?\s+(?=\p{Lu})/iu;

/** A time closing a sentence after the units that sign it: ", hằng năm.", "; Quý III/2026.", ", 2025 - 2026". */
const SIGNED_TIME =
  /^\s*[,;]\s*(?:(?:thực hiện\s+)?(?:hằng|hàng)\s+(?:năm|quý|tháng)|(?:thực hiện\s+)?thường xuyên|(?:hoàn thành\s+)?(?:trong\s+)?(?:năm\s+\d{4}|quý\s*[IVX1-4]+\s*\/\s*\d{4}|tháng\s*\d{1,2}\s*\/\s*\d{4}|\d{4}\s*[-–]\s*\d{4}))\s*[.;]?\s*$/iu;

/**
 * What a unit named after the work's lead does when it only oversees or funds it: "hướng dẫn, kiểm tra", "theo dõi,
 * đôn đốc", "(tham mưu) bố trí kinh phí".
 */
const OVERSEES =
  /^\s*(?:hướng dẫn|kiểm tra|theo dõi|đôn đốc|giám sát|tổng hợp|thẩm định|(?:tham mưu\s+)?(?:bố trí|cân đối|bảo đảm|đảm bảo)\s+(?:nguồn\s+)?(?:kinh phí|ngân sách|vốn))(?![\p{L}\p{N}])/iu;

/** Whether the clause at p of a line's k-th sentence follows a semicolon: in the sentence, or ending the sentence before. */
const afterSemicolon = (all: readonly string[], k: number, sentence: string, p: number): boolean =>
  p > 0 ? /;\s*$/u.test(sentence.slice(0, p)) : k > 0 && /;$/u.test(all[k - 1]!);

/** "Với sự phối hợp của Y, Z, X chủ trì …": the partners named first, the lead last in the list before its verb. */
const PARTNERS_FIRST = /^(?:với sự (?:phối hợp|tham gia) của|phối hợp (?:chặt chẽ )?với)\s+/iu;

/** The lead a partners-first clause ends its list on, when the verb after the list is "chủ trì" or another of leading. */
const leadAfterPartners = (clause: string, units: UnitMatcher): DraftUnit[] => {
  const opener = clause.match(PARTNERS_FIRST);
  if (!opener) return [];
  const { units: listed, end } = units.listAt(clause, opener[0].length);
  return listed.length >= 2 && LEADS_AFTER.test(clause.slice(end)) ? [listed[listed.length - 1]!] : [];
};

/** The rest of a bracket after its units: "; Quý IV/2019)", "; 2020 - 2021)", "; hằng năm)". */
const BRACKET_TIME_AFTER = /^\s*;[^()]{0,40}(?:\d{4}|(?:hằng|hàng) (?:năm|quý|tháng)|thường xuyên)\s*\)/iu;

/** "X phối hợp với Y tổ chức …": X does the work with Y's help; read only when no clause names a lead. */
// "X phối hợp Sở Y tổ chức …": "với" may be left out before the partner's name.
const WORKS_WITH = /^\s*phối hợp (?:chặt chẽ )?(?:với|cùng)(?![\p{L}\p{N}])/iu;
const WORKS_WITH_NAME = /^\s*[Pp]hối hợp (?:chặt chẽ )?(?=\p{Lu})/u;
const worksWith = (text: string): boolean => WORKS_WITH.test(text) || WORKS_WITH_NAME.test(text);

/** A name whose words are all capitalised ("Sở Công Thương"): a body's proper name, not words of a sentence ("… môi trường"). */
const PROPER_NAME = /^\p{Lu}\S*(?:\s+(?:\p{Lu}\S*|và))*$/u;

/** Whether a registered unit's name runs from the end of line a onto line b ("… Chi cục Tiêu chuẩn Đo lường" / "Chất lượng chủ trì …"). */
const nameRunsOn = (a: string, b: string, units: UnitMatcher): boolean => {
  const joined = `${a} ${b}`;
  // A registered name may run to ten words ("Trung tâm Kỹ thuật Tiêu chuẩn Đo lường" / "Chất lượng").
  const wordStarts = [...a.matchAll(/(?<!\S)\S/gu)].map((m) => m.index!).slice(-10);
  // A name not registered runs on too when its lead's verb follows it ("b) …: Sở Công" / "Thương chủ trì; Quý IV/2020.").
  return wordStarts.some((p) => {
    const { units: listed, end } = units.listAt(joined, p);
    const first = listed[0];
    if (first === undefined || p + first.name.length <= a.length) return false;
    return first.unitId !== null || (listed.length === 1 && PROPER_NAME.test(first.name) && LEADS_AFTER.test(joined.slice(end)));
  });
};

/** Lines joined where the page broke a registered unit's name: a line that ends no sentence and a line opening nothing of its own. */
const joinBrokenNames = (lines: readonly string[], units: UnitMatcher): string[] => {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev !== undefined && /^\p{Lu}/u.test(line) && !/[.;:!?]$/u.test(prev) && !opensLine(line) && nameRunsOn(prev, line, units))
      out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out;
};

/**
 * Roles an item writes itself: labelled lines ("- Cơ quan chủ trì: Sở KH&CN.", "Đơn vị phối hợp: …"),
 * "Giao X …" clauses, and clauses whose subject is a unit list followed by "chủ trì" or "thực hiện"
 * ("Sở NN&PTNT chủ trì, phối hợp với …", "(Sở Y tế thực hiện)"). A subject followed by "phối hợp với Y"
 * leads only when nothing else in the item names a lead.
 */
export const writtenRoles = (lines: readonly string[], units: UnitMatcher): { leads: DraftUnit[]; coordinating: DraftUnit[] } => {
  const leads: DraftUnit[] = [];
  const coordinating: DraftUnit[] = [];
  const workers: DraftUnit[] = [];
  const doers: DraftUnit[] = [];
  const alsoLeads: DraftUnit[] = [];
  let sharedVerb: DraftUnit[] = [];
  // A printed page's wrapped lines are read whole ("Cơ quan chủ / trì: Sở KH&CN").
  const whole = joinBrokenNames(
    unwrapLines(lines.map((text, index) => ({ index, text }))).map((l) => l.text),
    units,
  );
  for (const [n, raw] of whole.entries()) {
    const line = distributeKind(raw).replace(/^(?:[-+•–]|\d{1,2}(?:\.\d{1,2})*\.|\d{1,2}\)|[a-zđ]\))\s*/u, '');
    // A label opens the line or any clause of it: "Chủ trì: X. Phối hợp: Y", "(Cơ quan chủ trì: X; phối hợp: Y; …)".
    let labelled = false;
    for (const p of clauseStarts(line)) {
      const label = line.slice(p).match(LABEL);
      if (!label) continue;
      labelled = true;
      // The label's value runs to the next clause; its units may be listed with semicolons ("Chủ trì: X; Y").
      const next = clauseStarts(line).find((q) => q > p && LABEL.test(line.slice(q)));
      const value = `${line.slice(0, next ?? line.length)}`;
      const listed = units.listAt(value.replace(/;/g, ','), p + label[0].length).units;
      const isPartners = /^phối/iu.test(label[1] ?? '');
      // "Đơn vị chủ trì …: Sở X; Công an tỉnh phối hợp.": a later part naming its own role as partner is the partners'.
      const partners = isPartners
        ? []
        : value
            .slice(p + label[0].length)
            .split(';')
            .slice(1)
            .filter((part) => /\sphối hợp\s*\.?\s*$/iu.test(part))
            .flatMap((part) => units.listAt(part, part.search(/\S/u)).units.map((u) => u.name));
      (isPartners ? coordinating : leads).push(...listed.filter((u) => !partners.includes(u.name)));
      coordinating.push(...listed.filter((u) => partners.includes(u.name)));
    }
    if (labelled) continue;
    for (const [k, sentence] of sentences(line).entries()) {
      const opening = k === 0 && (n === 0 || (n === 1 && isBareTitle(whole[0]!))) ? openings(sentence) : new Set<number>();
      for (const p of clauseStarts(sentence)) {
        const giao = sentence.slice(p).match(GIAO);
        if (giao) {
          leads.push(...units.listAt(sentence, p + giao[0].length).units);
          continue;
        }
        const last = leadAfterPartners(sentence.slice(p), units);
        if (last.length > 0) {
          leads.push(...last);
          continue;
        }
        // "…; đồng thời Sở Y tham mưu …": the adverb opens the next clause before its subject.
        const meanwhile = afterSemicolon(sentences(line), k, sentence, p) ? (sentence.slice(p).match(MEANWHILE)?.[0].length ?? 0) : 0;
        const { units: subject, end } = units.listAt(sentence, p + meanwhile);
        if (subject.length === 0) continue;
        // "Sở KH&CN (Thanh tra Sở) chủ trì": a bracket naming the subject's own office does not part it from its verb.
        const after = sentence.slice(end).replace(/^\s*\([^()]*\)/u, '');
        // "a) Sở Y tế: Triển khai …": the agency opening the line, its work after the colon.
        const opensItem = n === 0 && k === 0 && p === 0;
        const verb = after.replace(BY_REMIT, ' ');
        // "2.2. Số hóa hồ sơ …: Văn phòng UBND tỉnh, UBND các xã; năm 2026.": the units alone after the title's colon do it.
        const alone = p > 0 && opening.has(p) && /^\s*(?:;|\.?\s*$)/u.test(after);
        // "… nhóm 2 (Sở KH&CN; Quý IV/2019).": a bracket naming the units alone, then the time, gives who and when.
        // The sentence ends on the bracket's semicolon: its time is read from the line.
        const bracketed =
          /\(\s*$/u.test(sentence.slice(0, p)) && BRACKET_TIME_AFTER.test(line.slice(Math.max(0, line.indexOf(sentence)) + end));
        // "Sở X, Sở Y theo chức năng, nhiệm vụ chủ trì thực hiện": the formula of remit does not part the subject from its verb.
        // "a) Điều tra thực trạng … trên địa bàn tỉnh - Sở Khoa học và Công nghệ.": the units alone after a spaced dash
        // that end the sentence name who does it.
        // A time may close it ("… - Sở NN&PTNT, hằng năm.", "… - Sở Y; Quý III/2026.").
        const signed = p > 0 && /\s[-–—]\s*$/u.test(sentence.slice(0, p)) && (/^\s*[.;]?\s*$/u.test(after) || SIGNED_TIME.test(after));
        // "(Các sở, ngành liên quan; UBND các huyện thực hiện, …)": units listed with a semicolon in a bracket share the
        // verb of the units after them.
        const listed = sharedVerb;
        sharedVerb = [];
        if (!bracketed && /\(\s*$/u.test(sentence.slice(0, p)) && /^\s*;\s*$/u.test(after)) {
          sharedVerb = subject;
          continue;
        }
        if (LEADS_AFTER.test(verb) || (opensItem && /^\s*:/u.test(after)) || alone || bracketed || signed)
          leads.push(...listed, ...subject);
        // "3. UBND các huyện, thành phố bố trí quỹ đất, …": registered units opening the item, then what they do;
        // a unit not registered when a verb of doing follows ("Trước ngày 15/11/2025, Sở Nội vụ hoàn thành …").
        else if (
          opening.has(p) &&
          /^\s+\p{Ll}/u.test(verb) &&
          !worksWith(verb) &&
          // Under a bare title the paragraph's subject must do something ("Trưởng các phòng … cần gương mẫu" assigns nothing).
          ((n === 0 && subject.every((u) => u.unitId !== null)) || opensWithVerb(verb))
        )
          leads.push(...subject);
        // "X chủ trì …; các sở, ngành, UBND các huyện tổ chức quán triệt …": a later clause whose subject does work of its
        // own is another lead of the item, beside the one the sentence names with "chủ trì".
        // "…; Sở Y hướng dẫn, kiểm tra." oversees the work, it does not lead it.
        // Registered units only: "…; các cơ quan báo chí mở chuyên mục …" names those the work reaches, not its leads.
        else if (
          afterSemicolon(sentences(line), k, sentence, p) &&
          subject.every((u) => u.unitId !== null) &&
          opensWithVerb(verb) &&
          !worksWith(verb) &&
          !OVERSEES.test(verb)
        ) {
          alsoLeads.push(...subject);
          if (DOES_AFTER.test(after)) doers.push(...subject);
        } else if (worksWith(after)) workers.push(...subject);
        // Read only when no clause names a lead: the clause is one sentence among the item's content.
        else if (!opening.has(p) && subject.every((u) => u.unitId !== null) && DOES_AFTER.test(after)) doers.push(...subject);
      }
    }
  }
  return { leads: leads.length > 0 ? [...leads, ...alsoLeads] : doers.length > 0 ? doers : workers, coordinating };
};
