import { foldText, type DraftUnit } from '@monitor/domain';
import type { RegisteredUnit } from './inputs.js';

/**
 * Folds each character on its own so positions in the folded text are positions in the original:
 * a match found in the folded text quotes the original words.
 */
const folds = new Map<string, string>();
const foldChar = (ch: string): string => {
  let f = folds.get(ch);
  if (f === undefined) folds.set(ch, (f = /\s/.test(ch) ? ' ' : foldText(ch) || ch));
  return f;
};
export const foldKeep = (text: string): string => Array.from(text, foldChar).join('');

/** Abbreviations the documents use, as folded full form → folded short forms. */
const WRITTEN_ABBREVIATIONS: readonly (readonly [string, readonly string[]])[] = [
  ['khoa hoc va cong nghe', ['kh&cn', 'khcn', 'kh & cn', 'kh-cn']],
  ['ke hoach va dau tu', ['kh&dt', 'khdt', 'kh & dt', 'kh-dt']],
  ['nong nghiep va phat trien nong thon', ['nn&ptnt', 'nnptnt', 'nn-ptnt', 'nong nghiep - phat trien nong thon', 'nong nghiep-ptnt']],
  ['thong tin va truyen thong', ['tt&tt', 'tttt']],
  ['giao duc va dao tao', ['gd&dt', 'gddt']],
  ['tai nguyen va moi truong', ['tn&mt', 'tnmt']],
  ['uy ban nhan dan', ['ubnd']],
  ['trung tam', ['tt']],
  ['thong tin va thong ke', ['tt&tk']],
  ['ung dung tien bo', ['udtb']],
  ['ky thuat tieu chuan do luong chat luong', ['kttcdlcl']],
  ['tieu chuan do luong chat luong', ['tdc', 'tc-dl-cl']],
  ['phat trien nong thon', ['ptnt']],
  ['khoa hoc va ky thuat', ['kh&kt', 'khkt']],
  // "Phòng QL chuyên ngành" for "Phòng Quản lý chuyên ngành".
  ['quan ly', ['ql']],
];

/** Each "&" of a short form may be written "và" ("Sở NN và PTNT", "Sở KH và CN"). */
const ABBREVIATIONS = WRITTEN_ABBREVIATIONS.map(
  ([full, shorts]) => [full, [...shorts, ...shorts.filter((x) => /^\w+&\w+$/.test(x)).map((x) => x.replace('&', ' va '))]] as const,
);

/** The words that name what kind of body a unit is, kept whole when its name is shortened to initials. */
const KIND_HEAD = /^(chi cuc|trung tam|van phong|phong|so|ban|cuc|vien)\s+(.+)$/;

/**
 * A name as offices shorten it: its kind, then the initials of the rest, "và" written "&" or left out
 * ("Phòng Quản lý Khoa học" → "phong qlkh", "Chi cục Tiêu chuẩn Đo lường Chất lượng" → "chi cuc
 * tcdlcl", "Phòng Quản lý Công nghệ và Thị trường công nghệ" → "phong qlcn&ttcn").
 */
export const initialsOf = (name: string): string[] => {
  const m = foldText(name)
    .replace(/[^a-z0-9& ]+/g, ' ')
    .trim()
    .match(KIND_HEAD);
  if (!m) return [];
  const words = m[2]!.split(/\s+/).filter((w) => w !== '');
  if (words.length < 2) return [];
  const withAnd = words.map((w) => (w === 'va' ? '&' : w[0]!)).join('');
  const forms = new Set([`${m[1]} ${withAnd}`, `${m[1]} ${withAnd.replace(/&/g, '')}`]);
  return [...forms];
};

/** Generic plural units ("the departments concerned", "the districts") under the wordings they take. */
const GENERIC_FORMS: readonly (readonly [key: string, forms: readonly string[]])[] = [
  [
    'so-nganh',
    ['cac so, nganh', 'cac so, ban, nganh', 'cac so, nganh lien quan', 'cac so, nganh co lien quan', 'cac so, ban, nganh lien quan'],
  ],
  [
    'so-nganh',
    ['cac so, ban, nganh co lien quan', 'cac so, ban, nganh tinh', 'cac so nganh', 'cac nganh', 'cac so, nganh, don vi lien quan'],
  ],
  [
    'huyen',
    [
      'uy ban nhan dan cac huyen, thanh pho',
      'uy ban nhan dan cac huyen, thi xa, thanh pho',
      'uy ban nhan dan cac huyen, thanh pho, thi xa',
      'uy ban nhan dan cac huyen',
      'uy ban nhan dan huyen',
      'uy ban nhan dan cap huyen',
      'cac dia phuong',
      'dia phuong',
    ],
  ],
  ['phong-don-vi', ['cac phong, don vi truc thuoc so', 'truong cac phong, don vi truc thuoc so', 'cac phong, don vi thuoc so']],
  ['su-nghiep', ['cac don vi su nghiep cong lap']],
];

/** A generic form in the singular ("UBND huyện", "địa phương"): followed by a name, it names one unit ("UBND huyện Lục Ngạn"). */
const isSingular = (form: string): boolean => !/\bcac\b/.test(form);

const genericKeyOf = (folded: string): string | null => {
  const f = expand(folded);
  for (const [key, forms] of GENERIC_FORMS)
    if (forms.some((form) => f === form || f.startsWith(`${form},`) || (f.startsWith(`${form} `) && !isSingular(form)))) return key;
  return null;
};

/** Every short form replaced by its full form. */
const expand = (folded: string): string => {
  let s = ` ${folded.replace(/\s+/g, ' ').trim()} `;
  for (const [full, shorts] of ABBREVIATIONS)
    for (const short of shorts) s = s.split(` ${short} `).join(` ${full} `).split(` ${short},`).join(` ${full},`);
  return s.trim();
};

/** The written forms of a name: as written, with each full form shortened and each short form expanded. */
const variantsOf = (name: string): string[] => {
  const full = expand(foldText(name));
  let forms = new Set([full, foldText(name)]);
  for (const [long, shorts] of ABBREVIATIONS) {
    const next = new Set(forms);
    for (const form of forms) if (form.includes(long)) for (const short of shorts) next.add(form.split(long).join(short));
    forms = next;
  }
  return [...forms];
};

interface Pattern {
  readonly form: string;
  /** The form with its short forms expanded, as names are compared. */
  readonly full: string;
  readonly unitId: string;
  /** A singular generic form, which does not match when a proper name follows it. */
  readonly singular?: boolean;
}

/** Matches units as written against a province's registered units. */
export interface UnitMatcher {
  /** The registered unit a written name means, or null. */
  readonly match: (written: string) => string | null;
  /** Units listed from `start` in `text` ("Sở KH&CN, UBND các huyện và ..."), with where the list ends. */
  readonly listAt: (text: string, start: number) => { units: DraftUnit[]; end: number };
}

const BOUNDARY = /^($|[\s,;.:)(\-–]|và(?![\p{L}\p{N}]))/u;
/** Words that open a unit's name when the unit is not registered; the ministries by the formula the law uses ("Các bộ, cơ quan ngang bộ, …"). */
const HEADS =
  /^(sở|phòng|trung tâm|tt|chi cục|ban|bộ|viện|liên hiệp|liên minh|liên đoàn|hiệp hội|ủy ban|uỷ ban|ubnd|văn phòng|thanh tra|hội|đài|báo|tạp chí|tỉnh ủy|công an|kho bạc|ngân hàng|trường|tổng cục|cục|vụ|đại học|tỉnh đoàn|các cơ quan|các đơn vị|các tổ chức|các doanh nghiệp|các sở|các bộ, cơ quan ngang bộ|các phòng|các ngành|địa phương|các địa phương|tổ chức cơ sở)(?![\p{L}\p{N}])/iu;
/** Words after which a unit's name has ended (what the unit does starts); lowercase, as a name's own words are capitalised. */
const VERBS =
  /\s(tổ chức|tham mưu|xây dựng|nghiên cứu|thẩm định|đề xuất|chỉ đạo|kiểm tra|rà soát|trong|để|thực hiện|đồng chủ trì|chủ trì|phối hợp|triển khai|hướng dẫn|theo dõi|đôn đốc|tổng hợp|báo cáo|chuẩn bị|khảo sát|quản lý|có trách nhiệm|căn cứ|tuyên truyền|về|chịu)(?![\p{L}\p{N}])/u;

/** What opens another unit after a comma or "và" ("Sở Y tế, Bệnh viện …", "… và UBND các xã"). */
const OPENS_UNIT = /^(bệnh viện|công ty|hợp tác xã|tòa án|viện kiểm sát|mặt trận|đoàn|kho bạc|bảo hiểm|các)(?![\p{L}\p{N}])/iu;

/**
 * Where an unregistered unit's name ends: at a stop (; . : or a bracket), or at a comma or "và" that
 * another unit or a verb follows. A name keeps its own commas and "và" ("Sở Văn hóa, Thể thao và Du
 * lịch", "Phòng Bưu chính, Viễn thông", "Trung tâm Ứng dụng khoa học và công nghệ", "UBND các xã, phường").
 */
const startsWith = (verbs: RegExp, rest: string): boolean => ` ${rest}`.search(verbs) === 0;

/** Kinds of body a plural name lists in lowercase ("Các phòng, chi cục, đơn vị thuộc Sở" is one group of units). */
const LISTED_KIND = /^(phòng|chi cục|trung tâm|đơn vị|ban|ngành|cơ quan)(?![\p{L}\p{N}])/u;

const nameEnd = (tail: string): number => {
  // "Sở X theo chức năng, nhiệm vụ hỗ trợ …": the formula of remit is never part of a name.
  const hard = tail.search(/[;.:()]|\s+theo chức năng(?![\p{L}\p{N}])/u);
  const plural = /^các\s/iu.test(tail);
  for (const m of tail.matchAll(/,\s+|\s+và\s+/gu)) {
    if (hard >= 0 && m.index! > hard) break;
    const rest = tail.slice(m.index! + m[0].length);
    const another = opensBody(rest) || OPENS_UNIT.test(rest) || startsWith(VERBS, rest) || startsWith(LOWER_VERBS, rest);
    const keeps = m[0].includes(',')
      ? /^(thành phố|thị xã|thị trấn|phường|xã|đặc khu|ngành|ban|đơn vị)(?![\p{L}\p{N}])/u.test(rest) ||
        (plural && LISTED_KIND.test(rest)) ||
        (/^\p{Lu}/u.test(rest) && !another)
      : !another;
    if (!keeps) return m.index!;
  }
  return hard;
};

/**
 * Lowercase verbs that end a name being read (a name's own words are capitalised, "Trung tâm Hỗ trợ …"): the common
 * verbs and adverbs a predicate opens with ("UBND các huyện chủ động bố trí …", "Báo X mở chuyên mục …", "Sở Y lồng
 * ghép …"), none of which a unit's name holds in lowercase.
 */
// "trình" (to submit) is no verb in the nouns "Chương trình", "công trình", "quy trình", "lộ trình", "giáo trình", "tiến trình".
// "định kỳ" (periodically) opens a predicate as "chủ động" does ("Các sở, ngành định kỳ 6 tháng báo cáo …").
const LOWER_VERBS =
  /(?<!(?:[Cc]hương|[Cc]ông|[Qq]uy|[Ll]ộ|[Gg]iáo|[Tt]iến))\s(định kỳ|nâng cấp|giám sát|ứng cứu|lựa chọn|hỗ trợ|cập nhật|đánh giá|bố trí|cân đối|vận hành|phổ biến|kiến nghị|hoàn thiện|ban hành|giải quyết|xử lý|thúc đẩy|sơ kết|tổng kết|quảng bá|cung cấp|bảo đảm|đảm bảo|kiểm soát|hoàn thành|vận động|thành lập|lập|dành|giao|được|là|chủ động|lồng ghép|mở|tăng cường|đẩy mạnh|tiếp tục|phát huy|tích cực|tập trung|ưu tiên|khẩn trương|nghiêm túc|đăng tải|tiếp nhận|huy động|tạo điều kiện|sắp xếp|kiện toàn|bổ sung|sửa đổi|cử|phân công|gửi|công bố|duy trì|áp dụng|thẩm tra|phê duyệt|trình|đưa|biên soạn|phát hành|nhân rộng|tập huấn|số hóa|thí điểm)(?![\p{L}\p{N}])/u;

/** Whether a text (after a unit's name) opens with a verb of what the unit does ("tổ chức …", "hoàn thành …"), not a preposition or "phối hợp". */
export const opensWithVerb = (text: string): boolean =>
  (startsWith(VERBS, text.trimStart()) || startsWith(LOWER_VERBS, text.trimStart())) &&
  !/^\s*(?:trong|để|về|phối hợp)(?![\p{L}\p{N}])/u.test(text);

/**
 * A name with its connectives left out: "Sở Khoa học - Công nghệ", "Sở Khoa học Công nghệ" and "Sở Khoa
 * học và Công nghệ" are one name, as "Phòng Kế hoạch - Tài chính" and "Phòng Kế hoạch Tài chính" are.
 */
const withoutConnectives = (folded: string): string =>
  folded
    .replace(/\s*[-–&]\s*/g, ' ')
    .replace(/(^|\s)va(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Whether a text opens with a body's kind word. "Sở" followed by a lowercase word that is no verb is a common
 * word, not a department ("Sở hữu trí tuệ": intellectual property): a department's name is capitalised
 * ("Sở Tư pháp"), and a bare "Sở" is followed by what it does ("Sở chủ trì"). Nor does "Ban hành" (to issue) open a board.
 */
const opensBody = (text: string): boolean => {
  // "Ban hành …" is the verb "to issue", not a board ("Ban Quản lý …").
  // "Quỹ Phát triển khoa học và công nghệ tỉnh" is a body; "quỹ đất", "quỹ thời gian" are common words.
  if (/^Quỹ\s+\p{Lu}/u.test(text)) return true;
  if (!HEADS.test(text) || /^ban\s+hành(?![\p{L}\p{N}])/iu.test(text)) return false;
  const after = text.match(/^[Ss]ở\s+(\p{Ll}.*)$/su)?.[1];
  return after === undefined || startsWith(VERBS, after) || startsWith(LOWER_VERBS, after);
};

export const unitMatcher = (units: readonly RegisteredUnit[]): UnitMatcher => {
  const patterns: Pattern[] = [];
  const generic = new Map<string, string>();
  // Initials two units share ("Phòng KH" for two "Phòng K… H…") name neither.
  const byInitials = new Map<string, string | null>();
  for (const unit of units)
    for (const form of initialsOf(unit.name)) {
      const seen = byInitials.get(form);
      byInitials.set(form, seen === undefined || seen === unit.unitId ? unit.unitId : null);
    }
  for (const [form, unitId] of byInitials) if (unitId) patterns.push({ form, full: form, unitId });
  for (const unit of units) {
    for (const name of [unit.name, ...unit.aliases])
      for (const form of variantsOf(name)) patterns.push({ form, full: expand(form), unitId: unit.unitId });
    const key = genericKeyOf(foldText(unit.name));
    if (key && !generic.has(key)) generic.set(key, unit.unitId);
  }
  for (const [key, forms] of GENERIC_FORMS) {
    const unitId = generic.get(key);
    if (unitId)
      for (const form of forms)
        for (const v of variantsOf(form)) patterns.push({ form: v, full: expand(v), unitId, singular: isSingular(form) });
  }
  patterns.sort((a, b) => b.form.length - a.form.length);
  // Registered names without their connectives; a loose form two units share names neither.
  const loose = new Map<string, string | null>();
  for (const p of patterns) {
    const key = withoutConnectives(p.full);
    const seen = loose.get(key);
    loose.set(key, seen === undefined || seen === p.unitId ? p.unitId : null);
  }
  // Patterns by their first two characters: a look-up at a position tries only those that can start there.
  const byStart = new Map<string, Pattern[]>();
  for (const p of patterns) byStart.set(p.form.slice(0, 2), [...(byStart.get(p.form.slice(0, 2)) ?? []), p]);

  const match = (written: string): string | null => {
    const f = expand(foldText(written.replace(/:$/, '')));
    const exact = patterns.find((p) => p.full === f);
    if (exact) return exact.unitId;
    const key = genericKeyOf(f);
    if (key && generic.has(key)) return generic.get(key)!;
    // A registered name written with a hyphen for its "và", or with none ("Sở Khoa học - Công nghệ").
    const loosely = loose.get(withoutConnectives(f));
    if (loosely) return loosely;
    // "Sở Khoa học và Công nghệ tỉnh Bắc Kạn": the registered name and the province after it.
    const prefix = patterns.find((p) => f.startsWith(`${p.full} tinh`));
    return prefix ? prefix.unitId : null;
  };

  const listAt = (text: string, start: number): { units: DraftUnit[]; end: number } => {
    const folded = foldKeep(text);
    const units: DraftUnit[] = [];
    let p = start;
    let end = start;
    for (;;) {
      while (p < text.length && /[\s,]/.test(text[p]!)) p++;
      if (units.length > 0 && /^(và|cùng)\s/iu.test(text.slice(p))) p += text.slice(p).indexOf(' ') + 1;
      const known = (byStart.get(folded.slice(p, p + 2)) ?? []).find(
        (pt) =>
          folded.startsWith(pt.form, p) &&
          BOUNDARY.test(text.slice(p + pt.form.length, p + pt.form.length + 4)) &&
          !(pt.singular && /^\s+\p{Lu}/u.test(text.slice(p + pt.form.length))),
      );
      let length = 0;
      let unitId: string | null = null;
      if (known) {
        length = known.form.length;
        unitId = known.unitId;
      } else if (opensBody(text.slice(p))) {
        const tail = text.slice(p);
        const stop = nameEnd(tail);
        const verb = tail.search(VERBS);
        const lower = tail.search(LOWER_VERBS);
        const cut = [stop, verb, lower, 90].filter((n) => n > 0).reduce((a, b) => Math.min(a, b));
        length = tail.slice(0, cut).trimEnd().length;
      }
      if (length === 0) break;
      const name = text.slice(p, p + length).trim();
      units.push({ name, unitId: unitId ?? match(name) });
      p += length;
      end = p;
      const after = text.slice(p);
      if (!/^\s*(,|và\s|cùng\s)/u.test(after)) break;
    }
    return { units, end };
  };

  return { match, listAt };
};

/**
 * A kind of body written once for a list ("các Sở: Tài chính, Kế hoạch và Đầu tư phối hợp") written out for each
 * name ("Sở Tài chính, Sở Kế hoạch và Đầu tư phối hợp"), up to the clause's end; a name opens with a capital.
 */
export const distributeKind = (text: string): string =>
  text.replace(/(?<![\p{L}\p{N}])các\s+(sở|bộ)\s*:\s*([^;.]*)/giu, (_, kind: string, list: string) => {
    const head = kind[0]!.toUpperCase() + kind.slice(1).toLowerCase();
    return `${head} ${list.replace(/,\s+(?=\p{Lu})/gu, `, ${head} `)}`;
  });

/** Units with the same registered unit (or the same unknown name) once, in order. */
export const distinctUnits = (units: readonly DraftUnit[]): DraftUnit[] => {
  const seen = new Set<string>();
  return units.filter((u) => {
    const key = u.unitId ?? `?${foldText(u.name)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};
