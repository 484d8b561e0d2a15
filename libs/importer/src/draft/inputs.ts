/** A unit the province has registered, as the reader matches names against it. */
export interface RegisteredUnit {
  readonly unitId: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly provinceId: string | null;
}

/** A directive the platform knows, by its number as written ("696/QĐ-TTg") and its date. */
export interface KnownDirective {
  readonly directiveId: string;
  readonly number: string;
  readonly issuedOn: string | null;
}

export interface KnownProvince {
  readonly provinceId: string;
  readonly name: string;
  /** The first day the province exists (ISO), when known: a document dated before it is not its own. */
  readonly validFrom?: string | null;
  /** Its last day (ISO), when it has ended (merged into a successor): a document dated after it is not its own. */
  readonly validTo?: string | null;
}

/** What the reader matches a document against: plain lists, no store. */
export interface ReaderContext {
  readonly units: readonly RegisteredUnit[];
  readonly directives: readonly KnownDirective[];
  readonly provinces: readonly KnownProvince[];
  /** The province the document is known to come from; otherwise read from its place and issuer. */
  readonly provinceId?: string | null;
}

/** The document to draft from: its text (already extracted), the hash of its original bytes, its file name. */
export interface DocumentInput {
  readonly text: string;
  readonly sha256: string;
  readonly fileName: string | null;
}
