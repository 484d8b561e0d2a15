import type { DraftUnit } from '@monitor/domain';
import { distributeKind, foldKeep, type UnitMatcher } from './units.js';
import { clauseStarts } from './written-roles.js';

/**
 * Units named as partners: every list after "phối hợp (với)" / "phối hợp cùng" / ", cùng" in the text, and a clause's
 * subject that only "phối hợp" ("Giao X chủ trì; Y, Z phối hợp.", "…, Y phối hợp thực hiện", "(X chủ trì, Y phối hợp)").
 */
export const partnersIn = (written: string, units: UnitMatcher): DraftUnit[] => {
  const text = distributeKind(written);
  const folded = foldKeep(text);
  const found: DraftUnit[] = [];
  // "…, cùng Sở KH&CN, Trường … xây dựng quy chế": the units a lead works together with.
  // "Với sự phối hợp của Y, Z, X chủ trì …" names the partners first (the lead last, left out by the task).
  // "X chủ trì, phối hợp Sở Y thẩm định …": "với" is often left out before a name.
  for (const m of folded.matchAll(/phoi hop (?:chat che )?(?:voi|cung) |voi su (?:phoi hop|tham gia) cua |, cung (?=\S)|phoi hop /g)) {
    const at = m.index! + m[0].length;
    if (m[0] === 'phoi hop ' && !/^\p{Lu}/u.test(text.slice(at))) continue;
    found.push(...units.listAt(text, at).units);
  }
  // "(X chủ trì, Y phối hợp)": the partners' clause may follow the lead's after a comma.
  const afterLead = [...text.matchAll(/chủ trì,\s*/giu)].map((m) => m.index! + m[0].length);
  for (const p of [...clauseStarts(text), ...afterLead]) {
    const { units: subject, end } = units.listAt(text, p);
    if (subject.length > 0 && /^\s*phối hợp(?![\p{L}\p{N}])(?!\s+(?:chặt chẽ\s+)?(?:với|cùng)(?![\p{L}\p{N}]))/iu.test(text.slice(end)))
      found.push(...subject);
  }
  return found;
};

/**
 * "Giao X chủ trì, phối hợp với Y …", "Giao X, Z khảo sát …": X (and Z) lead, Y coordinate. The units
 * after "Giao" lead whether or not "chủ trì" follows: the sentence gives them the work.
 */
export const assignmentRoles = (text: string, units: UnitMatcher): { leads: DraftUnit[]; end: number } | null => {
  // "Điều 2. Giao X …": a decision's article hands the work out as an item does.
  const m = text.match(/^(?:\d+(?:\.\d+)*\.\s*|Điều\s+\d+\.\s*)?Giao\s+/iu);
  if (!m) return null;
  const { units: leads, end } = units.listAt(text, m[0].length);
  return leads.length > 0 ? { leads, end } : null;
};

/**
 * Whether a sentence (folded) hands the whole plan to a unit: "chủ trì … tổ chức (triển khai) thực hiện
 * … Kế hoạch / Đề án", or "Căn cứ Kế hoạch này …, X có trách nhiệm chỉ đạo tổ chức triển khai".
 */
export const handsOverPlan = (folded: string): boolean =>
  // The partners between may be listed with semicolons ("phối hợp với các Sở, Ngành; UBND các huyện tổ chức …").
  /(chu tri|co trach nhiem)[^.]*?(to chuc|chi dao)[^.;]*?(thuc hien|trien khai)/.test(folded) &&
  /(thuc hien|trien khai)[^.;]*?(ke hoach|de an)|can cu ke hoach nay/.test(folded);
