import type { PlanDraft } from '@monitor/domain';

/** What a reader is given besides the bytes: the document's identity, and what to match its names against. */
export interface DraftingContext {
  readonly sha256: string;
  readonly mediaType: string;
  /** The province the document was received for; null: a national document. */
  readonly provinceId: string | null;
  /** The province's registered units and the national bodies, as the record holds them now. */
  readonly units: readonly {
    readonly unitId: string;
    readonly name: string;
    readonly aliases: readonly string[];
    readonly provinceId: string | null;
  }[];
  /** The directives registered (national ones and the province's own). */
  readonly directives: readonly {
    readonly directiveId: string;
    /** The number as written ("696/QĐ-TTg"), without the qualifier an id may add. */
    readonly number: string;
    /** Its date when known to the day (ISO), else null. */
    readonly issuedOn: string | null;
    readonly kind: string;
    readonly title: string;
    readonly provinceId: string | null;
  }[];
  /** Every province, with the days it exists (null: open), to read a document's place and issuer against. */
  readonly provinces: readonly {
    readonly provinceId: string;
    readonly name: string;
    readonly validFrom: string | null;
    readonly validTo: string | null;
  }[];
}

/** The one place the platform calls a reader: the stored bytes in, a PlanDraft out (see docs/importer-review.md). */
export type DraftDocument = (bytes: Uint8Array, fileName: string | null, context: DraftingContext) => Promise<PlanDraft>;

/** Nest token of the DraftDocument provider: the platform's plan reader unless MonitorModule.forRoot's `draftDocument` option sets another. */
export const DRAFT_DOCUMENT = Symbol('DRAFT_DOCUMENT');
