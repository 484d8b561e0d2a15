import type { DraftDeadline, DraftFlag, SourceSpan } from '@monitor/domain';
import { foldText, parseDeadline } from '@monitor/domain';
import { unwrapLines } from './lines.js';

/**
 * A deadline is read only where the document states one for the task: a "Thời gian hoàn thành /
 * thực hiện / trình … <when>" sentence, a "Thực hiện trong / từ năm …" or "Thực hiện (nhiệm vụ)
 * thường xuyên hàng năm" sentence, a "trước ngày D/M/YYYY" or "chậm nhất …" phrase, or a table's
 * time column. "Đến năm 2020: …" opening a bullet is a horizon of the content, never a deadline,
 * and nothing is taken from the plan's title or horizon.
 */
const STATED = [
  // "Tiến độ: Quý IV/2019" labels the time as "Thời gian:" does.
  /(?:^[-+•–]?\s*|[.;,(]\s*)((?:Thời (?:gian|hạn)|Tiến độ)\s*(?:hoàn thành|thực hiện|trình[^.;]{0,40}?|báo cáo)?\s*:?\s*[^.;)]*\d{4})/iu,
  /(?:^[-+•–]?\s*|[.;,(]\s*)(Thực hiện (?:trong|từ|nhiệm vụ thường xuyên|thường xuyên|hàng năm|hằng năm)[^.;)]*)/iu,
  // A date written out too ("trước ngày 15 tháng 11 năm 2019").
  /((?:hoàn thành |chậm nhất )?trước (?:ngày )?\d{1,2}\/\d{1,2}\/\d{4}|(?:hoàn thành |chậm nhất )?trước ngày \d{1,2} tháng \d{1,2} năm \d{4}|chậm nhất (?:ngày|trong) [^.;,]*\d{4})/iu,
  // "…, hoàn thành trong Quý III/2022", "hoàn thành Quý IV năm 2024", "hoàn thành trước tháng 12/2023", "; thực hiện năm 2024": the time a clause ends on.
  // "hoàn thành 6 tháng đầu năm 2022": a half-year too.
  /(?:^|\s)(hoàn thành(?:\s+(?:trong|xong|vào|trước))?\s+(?:quý\s*[IVX1-4]+\s*(?:\/|năm)\s*\d{4}|tháng\s*\d{1,2}\s*(?:\/|năm)\s*\d{4}|năm\s+\d{4}|0?6 tháng (?:đầu|cuối) năm \d{4}|giai đoạn\s+\d{4}\s*[-–]\s*\d{4}))/iu,
  // "…; thực hiện năm 2025 - 2026" (a span of years), "…; thực hiện 6 tháng cuối năm 2026" (a half-year), "… chủ trì thực hiện trong năm 2018" (the lead's clause ends on its time).
  // A period with no "năm" ("; thực hiện 2017 - 2019)", "; thực hiện giai đoạn 2020 - 2022.") is the clause's time
  // only where the clause ends on it: "thực hiện giai đoạn 2021 - 2025 của Đề án" names a stage, not a time; a bracket of
  // roles may close it ("2. Nhóm nhiệm vụ thực hiện giai đoạn 2019 - 2021 (Sở X chủ trì)": a group's heading states the time
  // of its tasks).
  // A sentence of its own closing a paragraph ("… tham gia. Thực hiện 2018 - 2020.") states the time as a clause does.
  /(?:^[-+•–]?\s*|[;,(]\s*|\.\s+|chủ trì\s+|^(?:\d{1,2}\.\s*)?Nhóm (?:các )?(?:nhiệm vụ|giải pháp)\s+)((?:thực hiện|triển khai)(?:\s+(?:trong|vào))?\s+(?:0?6 tháng (?:đầu|cuối) năm \d{4}|quý\s*[IVX1-4]+\s*(?:\/|năm)\s*\d{4}|tháng\s*\d{1,2}\s*(?:\/|năm)\s*\d{4}|năm\s+\d{4}(?:\s*[-–]\s*\d{4})?|(?:giai đoạn\s+)?\d{4}\s*[-–]\s*\d{4}(?=\s*(?:[.;)]|$|và\s+(?:các|những)\s+năm\s+tiếp\s+theo|\([^()]*(?:chủ trì|phối hợp)[^()]*\)\s*$))))/iu,
  // "… Sở X chủ trì, phối hợp với Sở Y thực hiện giai đoạn 2018 - 2019.": the lead's clause ends on its time
  // past its partners, also a subject's "phối hợp với Y" ("Sở X phối hợp với Sở Y thực hiện giai đoạn 2017 - 2019.")
  // ("đánh giá kết quả thực hiện giai đoạn 2021 - 2023" is the stage evaluated, not a time).
  /(?:chủ trì,?\s+)?phối hợp[^.;()]*?\s((?:thực hiện|triển khai)(?:\s+(?:trong|vào))?\s+(?:quý\s*[IVX1-4]+\s*(?:\/|năm)\s*\d{4}|tháng\s*\d{1,2}\s*(?:\/|năm)\s*\d{4}|năm\s+\d{4}(?:\s*[-–]\s*\d{4})?|(?:giai đoạn\s+)?\d{4}\s*[-–]\s*\d{4}))(?=\s*(?:[.;)]|$))/iu,
  // "…; hoàn thành đăng ký cho sản phẩm X trong năm 2023.": a "hoàn thành" clause that ends on its time.
  // In a bracket too ("(hoàn thành đợt cao điểm trong Quý III/2021)"); a purpose may close it ("… trong tháng 8/2021 để tổng hợp.").
  /(?:^|[;,(]\s*)hoàn thành [^.;,()]*?\s(trong (?:năm \d{4}|quý\s*[IVX1-4]+\s*(?:\/|năm)\s*\d{4}|tháng\s*\d{1,2}\s*(?:\/|năm)\s*\d{4}))(?:\s+để [^.;()]*)?\s*(?:[.;)]|$)/iu,
  // "…, đưa vào vận hành năm 2026.": the time a system is put into use is the task's.
  // "…; đưa vào vận hành năm 2022 (Sở TT&TT chủ trì).": a bracket of roles after the time is no part of it.
  /(?:^|[;,]\s*)đưa vào (?:vận hành|sử dụng|hoạt động|khai thác)\s+((?:trong\s+)?(?:năm \d{4}|quý\s*[IVX1-4]+\s*(?:\/|năm)\s*\d{4}|tháng\s*\d{1,2}\s*(?:\/|năm)\s*\d{4}))\s*(?:\([^()]*(?:chủ trì|phối hợp|thực hiện)[^()]*\)\s*)?(?:[.;)]|$)/iu,
  // "(Sở Nội vụ chủ trì; năm 2025)", "(…; giai đoạn 2025 - 2026)", "(…; trình HĐND tỉnh tại kỳ họp cuối năm 2025)":
  // the time a bracket ends on, as its last clause after the lead, is the task's.
  // A bare period "(…; 2021 - 2025)" too.
  // "(Sở KH&CN; Quý IV/2019)": the units alone before it say the same.
  /\([^()]*;\s*([^();]{0,50}?(?:năm|giai đoạn|quý\s*[IVX1-4]+\s*\/?|tháng\s*\d{1,2}\s*\/?)\s*\d{4}(?:\s*[-–]\s*\d{4})?|\d{4}\s*[-–]\s*\d{4})\s*\)/iu,
  // "… tham mưu, trình UBND tỉnh trong Quý IV/2023.": the time a submission ("trình …") clause ends on.
  // "…, trình HĐND tỉnh tại kỳ họp cuối năm 2025.": the session named is the time.
  // "…; trình UBND tỉnh trong tháng 10/2018 phương án phân bổ …": the time may come before what is submitted.
  // "…; trình UBND tỉnh Quý III/2025.": a quarter or month may follow with no "trong".
  /(?:^|\s)(?<!chương\s)trình(?:\s[^.;,]*?)?\s((?:trong )?(?:quý\s*[IVX1-4]+\s*\/\s*\d{4}|tháng\s*\d{1,2}\s*\/\s*\d{4})|trong (?:năm \d{4}|quý\s*[IVX1-4]+\s*(?:\/|năm)\s*\d{4}|tháng\s*\d{1,2}\s*(?:\/|năm)\s*\d{4})|tại kỳ họp [^.;,()]{0,30}?(?:năm \d{4}|tháng\s*\d{1,2}\s*\/\s*\d{4}))(?:\s*(?:[.;]|$)|\s+(?=\p{Ll}))/iu,
  // "… trình HĐND tỉnh Nghị quyết quy định chính sách hỗ trợ đổi mới sáng tạo, chuyển đổi số tại kỳ họp tháng 7/2025.":
  // what is submitted may run past a comma before the session named.
  /(?:^|\s)(?<!chương\s)trình\s[^.;]{0,160}?\s(tại kỳ họp [^.;,()]{0,30}?(?:năm \d{4}|tháng\s*\d{1,2}\s*\/\s*\d{4}))\s*(?:[.;]|$)/iu,
  // "… đặt hàng các nhiệm vụ trong giai đoạn 2022 - 2025.", "… bố trí kinh phí năm 2024 trong Quý II/2024.",
  // "… trong năm 2026.", "… vào Quý IV/2019 (Sở X chủ trì).": the time a sentence ends on.
  // "… tại các huyện trong năm 2018 (phối hợp: …; chủ trì: …)": a bracket of roles after the time is no part of the sentence.
  // "… tổ chức kiểm tra trong Quý IV/2026, gồm:": a colon opening the details of the work ends its sentence too.
  // "…, trong 6 tháng đầu năm 2026 — giao Sở X thực hiện.": the lead's clause after a dash is no part of the time's sentence.
  /\s((?:trong|vào) (?:năm \d{4}|giai đoạn \d{4}\s*[-–]\s*\d{4}|quý\s*[IVX1-4]+\s*(?:\/|năm)\s*\d{4}|tháng\s*\d{1,2}\s*(?:\/|năm)\s*\d{4}|0?6 tháng (?:đầu|cuối) năm \d{4}))\s*(?:\([^()]*(?:chủ trì|phối hợp)[^()]*\)\s*|[—–-]\s+(?:giao\s+)?\p{Lu}[^.;()]*?(?:chủ trì|thực hiện)[^.;()]*)?(?:[.;]|,?\s*(?:bao\s+)?gồm\s*:|$)/iu,
  // "b) Sở Nội vụ: Xây dựng chính sách …; Quý III/2025.": a bare time as the sentence's last clause is its time.
  // A bare span of years too ("…; 2024 - 2025.").
  // "- Hoàn thành kết nối …, Quý II/2025;": a quarter or month after a comma ends a bullet as its time.
  // "…; Sở X thực hiện, giai đoạn 2019-2021.": a period too.
  /,\s*((?:trong\s+)?(?:quý\s*[IVX1-4]+\s*(?:\/|năm)\s*\d{4}|tháng\s*\d{1,2}\s*(?:\/|năm)\s*\d{4}|giai đoạn\s+\d{4}\s*[-–]\s*\d{4}))\s*[.;]?\s*$/iu,
  // "…, năm 2022.", "…: Tổng cục X thực hiện, năm 2019 - 2020.": a year or a span of years too, unless it ends a list of
  // years ("… ngân sách năm 2025, năm 2026.": the budgets named, not a time).
  /(?<!\d),\s*((?:trong\s+)?năm\s+\d{4}(?:\s*[-–]\s*\d{4})?)\s*[.;]?\s*$/iu,
  // "…; năm 2024 - 2025.", "…; tháng 5 - 6/2026." (a span of months); a list's item ends on its semicolon ("a) …; Quý II/2026;").
  /;\s*((?:trong\s+)?(?:quý\s*[IVX1-4]+\s*(?:\/|năm)\s*\d{4}|tháng\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*(?:\/|năm)\s*\d{4}|năm\s+\d{4}(?:\s*[-–]\s*\d{4})?)|(?:giai đoạn\s+)?\d{4}\s*[-–]\s*\d{4})\s*[.;]?\s*$/iu,
  // "- Xây dựng kho dữ liệu …;" / "2025 - 2026.": a line holding only a time, under the words it ends, is their time.
  /^((?:trong\s+)?(?:quý\s*[IVX1-4]+\s*(?:\/|năm)\s*\d{4}|tháng\s*\d{1,2}\s*(?:\/|năm)\s*\d{4}|năm\s+\d{4})|(?:giai đoạn\s+)?\d{4}\s*[-–]\s*\d{4})\s*[.;]?\s*$/iu,
  // "(năm 2019)", "(hoàn thành trong năm 2020)", "(trong Quý II/2024)", "(2025 - 2026)", "(hằng năm)": a bracket
  // holding only a time is the time of the words before it; a square bracket too ("[hoàn thành trong Quý IV/2018]").
  /[([]\s*((?:hoàn thành\s+)?(?:trong\s+)?(?:năm\s+\d{4}|quý\s*[IVX1-4]+\s*(?:\/|năm)\s*\d{4}|tháng\s*\d{1,2}\s*(?:\/|năm)\s*\d{4}|(?:giai đoạn\s+)?\d{4}\s*[-–]\s*\d{4})|(?:thực hiện\s+)?(?:hằng|hàng)\s+(?:năm|quý|tháng)|(?:thực hiện\s+)?thường xuyên)\s*[)\]]/iu,
  // "1. Quý I/2026: Tham mưu …", "2. Tháng 6/2026 - hoàn thành …": a time heading the item, before a colon or a spaced
  // dash, is its time.
  /^(?:[-+•–]|[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*\.)?\s*((?:trong\s+)?(?:quý\s*[IVX1-4]+\s*(?:\/|năm)\s*\d{4}|tháng\s*\d{1,2}\s*(?:\/|năm)\s*\d{4}|năm\s+\d{4}))\s*(?::|[-–—]\s)/iu,
  // "Trong năm 2022, Sở X chủ trì …", "Từ năm học 2023 - 2024, Sở Y …", "…: Sở Nội vụ chủ trì, trong tháng 9/2025 trình …":
  // a time opening the sentence or a clause, before its subject or its submission, is the task's time.
  // The sentence may open a lettered or numbered sub-item ("b) Trong năm 2022, …"); a half-year is a time too
  // ("Trong 6 tháng đầu năm 2024, Sở Y tế hoàn thành …").
  /(?:^(?:[-+•–]|[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*\.)?\s*|[.;:,]\s*)((?:trong|từ)\s+(?:năm(?:\s+học)?\s+\d{4}(?:\s*[-–]\s*\d{4})?|quý\s*[IVX1-4]+\s*(?:\/|năm)\s*\d{4}|tháng\s*\d{1,2}\s*(?:\/|năm)\s*\d{4}|0?6 tháng (?:đầu|cuối) năm \d{4}))(?=\s*,|\s+trình\s)/iu,
  // "…; hạn hoàn thành 30.9.2022", "(hạn: 15/10/2024)": a completion date; the day named is still on time.
  /(?:^|[.;,(]\s*)((?:thời )?hạn(?: hoàn thành)?\s*:?\s*(?:ngày\s*)?\d{1,2}[./]\d{1,2}[./]\d{4})/iu,
];

/** Strips the words that introduce the deadline, leaving what parseDeadline reads. */
const wording = (phrase: string): string =>
  phrase
    .replace(/^Thời gian trình[^.;]*?(?=trong|trước|từ|đến|\d)/iu, '')
    .replace(/^(?:Thời (?:gian|hạn)|Tiến độ)\s*(?:hoàn thành|thực hiện|báo cáo)?\s*:?\s*/iu, '')
    .replace(/^Thực hiện (?:nhiệm vụ )?/iu, '')
    .trim();

/** Words of a deadline typed without diacritics, as parseDeadline reads them ("Truoc 30/11/2022"). */
const TYPED_PLAIN: readonly (readonly [RegExp, string])[] = [
  [/\btruoc\b/g, 'trước'],
  [/\bthang\b/g, 'tháng'],
  [/\bnam\b/g, 'năm'],
  [/\bquy\b/g, 'quý'],
  [/\bden\b/g, 'đến'],
  [/\btu\b/g, 'từ'],
  [/\bhang\b/g, 'hàng'],
  [/\bthuong xuyen\b/g, 'thường xuyên'],
  [/\bdinh ky\b/g, 'định kỳ'],
];

/**
 * The wording as the domain reads it: written without diacritics, its words are given them back; a bare
 * "6/2025" (a table's month) is "tháng 6/2025". The wording kept in the draft is the document's.
 */
export const readableDeadline = (text: string): string => {
  let t = text.trim();
  if (foldText(t) === t.toLowerCase()) for (const [plain, word] of TYPED_PLAIN) t = t.toLowerCase().replace(plain, word);
  // "6 tháng đầu năm 2025" is the first half-year: due at the end of June; "6 tháng cuối năm" the year's end.
  // "năm 2025 và các năm tiếp theo" runs on past 2025: open-ended from that year, never due at its end;
  // so does a period that runs on ("giai đoạn 2021 - 2025 và các năm tiếp theo"), from its first year.
  const onward = t.match(
    /^(?:trong\s+|từ\s+)?(?:năm\s+|giai đoạn\s+)?(\d{4})(?:\s*[-–]\s*\d{4})?\s+và\s+(?:các|những)\s+năm\s+tiếp\s+theo$/iu,
  );
  if (onward) return `từ năm ${onward[1]}`;
  // "từ năm học 2022-2023": from a school year on, open-ended, as "từ năm 2022" is.
  const schoolYear = t.match(/^từ năm học (\d{4})\s*[-–]\s*\d{4}$/iu);
  if (schoolYear) return `từ năm ${schoolYear[1]}`;
  const half = t.match(/^(?:hoàn thành\s+)?(?:trong\s+)?(?:06|6) tháng (đầu|cuối) năm (\d{4})$/iu);
  if (half) return half[1]!.toLowerCase() === 'đầu' ? `đến ngày 30/6/${half[2]}` : `đến ngày 31/12/${half[2]}`;
  // "Quý IV/2025 - Quý I/2026": a span of two times is due at the end of the second.
  const spanEnd = t.match(/^(?:quý|tháng)\s*[\dIVX]+\s*\/\s*\d{4}\s*[-–]\s*((?:quý|tháng)\s*[\dIVX]+\s*\/\s*\d{4})$/iu);
  if (spanEnd) return spanEnd[1]!;
  // "tháng 5 - 6/2026", "Tháng 9 - 10/2018": a span of months of one year is due at the end of the second.
  const monthSpan = t.match(/^(?:trong\s+)?tháng\s*\d{1,2}\s*[-–]\s*(\d{1,2})\s*\/\s*(\d{4})$/iu);
  if (monthSpan) return `tháng ${monthSpan[1]}/${monthSpan[2]}`;
  // A date written with dots ("30.9.2022") or in words ("ngày 15 tháng 11 năm 2019") is the same date.
  return t
    .replace(/ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/iu, 'ngày $1/$2/$3')
    .replace(/^(\d{1,2})\/(\d{4})$/u, 'tháng $1/$2')
    .replace(/(\d{1,2})\.(\d{1,2})\.(\d{4})/u, '$1/$2/$3');
};

export const deadlineFrom = (wordingText: string, source: SourceSpan): { deadline: DraftDeadline | null; flag: DraftFlag | null } => {
  try {
    const d = parseDeadline(readableDeadline(wordingText));
    if (d.kind === 'NONE') return { deadline: null, flag: null };
    return { deadline: { kind: d.kind, text: wordingText, due: d.due, source }, flag: null };
  } catch {
    return {
      deadline: { kind: 'NONE', text: wordingText, due: null, source },
      flag: {
        code: 'DEADLINE_UNREAD',
        message: `the deadline "${wordingText}" is kept as written; its form is not one the platform reads`,
        source,
      },
    };
  }
};

/** A full date a clause is due by ("trước ngày 15/12/2024", "trước ngày 15 tháng 12 năm 2024"). */
const ONE_DATE = /trước (?:ngày )?\d{1,2}\/\d{1,2}\/\d{4}|trước ngày \d{1,2} tháng \d{1,2} năm \d{4}/iu;

/** The deadline a task's lines state (the first one), with its source, or null. */
export const statedDeadline = (
  lines: readonly { index: number; text: string }[],
): { deadline: DraftDeadline | null; flag: DraftFlag | null } => {
  for (const { index, last, text: whole } of unwrapLines(lines)) {
    // A clause of reporting duty ("…; định kỳ báo cáo kết quả …") states no deadline of the task; the line's other clauses may.
    // A periodic report given one dated time ("định kỳ tổng hợp, báo cáo kết quả năm 2024 trước ngày 15/12/2024") is due then,
    // and so is a one-off report dated beside the recurring ones ("… hằng quý …; báo cáo sơ kết năm 2025 trước ngày 10/12/2025").
    // "truớc ngày …": the common misspelling of "trước" says the same.
    const text = whole
      .replace(/truớc/gu, 'trước')
      // A sentence ends a reporting clause too ("… báo cáo … hằng năm. Tham mưu tổ chức sơ kết … trong Quý IV/2018.").
      .split(/(?<=;)|(?<=\.)(?=\s+\p{Lu})/u)
      .filter(
        (clause) =>
          !(
            /báo cáo/iu.test(clause) &&
            !ONE_DATE.test(clause) &&
            (/hàng năm|hằng năm|hàng quý|hằng quý/iu.test(clause) || /định kỳ/iu.test(clause))
          ),
      )
      .join('');
    for (const pattern of STATED) {
      const m = text.match(pattern);
      if (!m) continue;
      // "năm 2025 và các năm tiếp theo": the years that follow belong to the wording.
      const onward = text.slice(m.index! + m[0].length).match(/^\s+và\s+(?:các|những)\s+năm\s+tiếp\s+theo/iu)?.[0] ?? '';
      const phrase = (m[1]! + onward).replace(/[*.]+$/u, '').trim();
      return deadlineFrom(wording(phrase), { startLine: index + 1, endLine: last + 1, text: phrase });
    }
  }
  return { deadline: null, flag: null };
};

export const noDeadlineFlag = (source: SourceSpan): DraftFlag => ({
  code: 'NO_DEADLINE',
  message: 'the document gives this task no deadline of its own; none is taken from the title or horizon',
  source,
});
