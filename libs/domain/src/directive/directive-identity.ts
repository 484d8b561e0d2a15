import { invalidInput, notFound } from '../shared/errors.js';
import type { PartialDate } from '../shared/partial-date.js';
import { slugify } from '../shared/text.js';

/*
 * A directive is its number with its issuer and date: Vietnamese issuers number their documents
 * anew each year, so 27/NQ-CP of 2016 and 27/NQ-CP of 2017 are two documents, and every province's
 * UBND issues its own 185/TB-UBND. The issuer is the number's code ("NQ-CP") and, for a provincial
 * document, its province; the date counts by its year.
 *
 * Ids: the first document registered with a number keeps the number as its id ("696/QĐ-TTg"); a
 * later one with the same number (as look-ups fold it) gets the number with a qualifier, the year
 * for a national document ("27/NQ-CP (2016)"), the province for a provincial one ("185/TB-UBND
 * (ha-nam)", or "(ha-nam, 2021)" when that province already has one). All documents with one
 * number share a stream (streams.directive), whose decider assigns the ids.
 *
 * References ("implements", `directive(id:)`) name a directive by its id, by its number while only
 * one document has it, or by its number with a qualifier: a year, a date ("2016-04-05"), a
 * province id, or several of these ("27/NQ-CP (2016-04-05)", "185/TB-UBND (bac-giang)"). A bare
 * number that several documents share is ambiguous, and the error lists how to name each.
 */

/** What tells documents with one number apart. */
export interface DirectiveIdentity {
  readonly directiveId: string;
  readonly provinceId: string | null;
  readonly issuedOn: PartialDate;
}

const QUALIFIED = /^(.*\S)\s*\(([^()]*)\)$/u;

/** "27/NQ-CP (2016, x)" → { number: "27/NQ-CP", qualifier: ["2016", "x"] }; null without a trailing qualifier. */
export const splitQualifier = (typed: string): { readonly number: string; readonly qualifier: readonly string[] } | null => {
  const match = QUALIFIED.exec(typed.normalize('NFC').trim());
  if (!match) return null;
  const qualifier = match[2]
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  return qualifier.length > 0 ? { number: match[1], qualifier } : null;
};

/** The number a directive id or reference names: without its qualifier. */
export const directiveNumberOf = (idOrReference: string): string => splitQualifier(idOrReference)?.number ?? idOrReference;

/** Two documents are one when their folded numbers, their province (or both national) and their year agree. */
export const sameDocument = (a: Omit<DirectiveIdentity, 'directiveId'>, b: Omit<DirectiveIdentity, 'directiveId'>): boolean =>
  a.provinceId === b.provinceId && a.issuedOn.value.slice(0, 4) === b.issuedOn.value.slice(0, 4);

/** The id a newly registered document gets among those already registered with its number; null when it is one of them. */
export const directiveIdFor = (
  number: string,
  document: Omit<DirectiveIdentity, 'directiveId'>,
  registered: readonly DirectiveIdentity[],
): string | null => {
  if (registered.some((r) => sameDocument(r, document))) return null;
  if (registered.length === 0) return number;
  const year = document.issuedOn.value.slice(0, 4);
  const forms = document.provinceId === null ? [year] : [document.provinceId, `${document.provinceId}, ${year}`];
  const taken = new Set(registered.map((r) => slugify(r.directiveId)));
  const free = forms.map((form) => `${number} (${form})`).find((id) => !taken.has(slugify(id)));
  return free ?? null;
};

/** How to name a document so that no other with its number matches: its date, and its province when it has one. */
export const unambiguousReference = (document: DirectiveIdentity): string =>
  `${directiveNumberOf(document.directiveId)} (${[document.provinceId, document.issuedOn.value].filter((p) => p !== null).join(', ')})`;

const matchesQualifier = (document: DirectiveIdentity, qualifier: readonly string[]): boolean =>
  qualifier.every(
    (part) => part === document.issuedOn.value || document.issuedOn.value.startsWith(`${part}-`) || slugify(part) === document.provinceId,
  );

/**
 * The one document a reference names among those registered with its number (`candidates`, in the
 * order registered), or an error naming `field`: NOT_FOUND when none is, INVALID_INPUT when several
 * are, listing each as it can be named. `within` narrows a bare number to the documents a plan or
 * directive of that province may implement (national ones and its own) before calling it ambiguous.
 */
export const resolveDirectiveReference = <D extends DirectiveIdentity>(
  typed: string,
  candidates: readonly D[],
  field: string,
  within?: string | null,
): D => {
  const wanted = slugify(typed);
  const byId = candidates.filter((c) => slugify(c.directiveId) === wanted);
  const split = splitQualifier(typed);
  let matching: readonly D[];
  if (split && byId.length === 1) matching = byId;
  else if (split)
    matching = candidates.filter(
      (c) => slugify(directiveNumberOf(c.directiveId)) === slugify(split.number) && matchesQualifier(c, split.qualifier),
    );
  else matching = candidates.filter((c) => slugify(directiveNumberOf(c.directiveId)) === wanted);
  if (matching.length > 1 && within !== undefined) {
    const inScope = matching.filter((c) => c.provinceId === null || c.provinceId === within);
    if (inScope.length === 1) matching = inScope;
  }
  if (matching.length === 1) return matching[0];
  if (matching.length === 0) {
    const others = candidates.length > 0 ? `; registered with that number: ${candidates.map(unambiguousReference).join(', ')}` : '';
    throw notFound(field, `directive ${typed} is not registered${others}`);
  }
  throw invalidInput(
    field,
    `${typed} names ${matching.length} documents: ${matching.map(unambiguousReference).join(', ')}; name the one meant with its date or province, e.g. "${unambiguousReference(matching[0])}"`,
  );
};
