import type { PlanDraft } from '@monitor/domain';
import { GraphQLError } from 'graphql';

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
    readonly kind: string;
    readonly title: string;
    readonly provinceId: string | null;
  }[];
}

/** The one place the platform calls a reader: the stored bytes in, a PlanDraft out (see docs/importer-review.md). */
export type DraftDocument = (bytes: Uint8Array, fileName: string | null, context: DraftingContext) => Promise<PlanDraft>;

/** Nest token of the DraftDocument provider: MonitorModule.forRoot's `draftDocument` option sets it. */
export const DRAFT_DOCUMENT = Symbol('DRAFT_DOCUMENT');

/** Until a reader is wired in, proposing a draft says so plainly instead of drafting anything. */
export const readerNotInstalled: DraftDocument = () =>
  Promise.reject(
    new GraphQLError('no document reader is installed in this build: a draft cannot be proposed (see docs/importer-review.md)', {
      extensions: { code: 'READER_NOT_INSTALLED' },
    }),
  );
