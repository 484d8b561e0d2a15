import { DocumentRejected, draftPlan } from '@monitor/importer';
import { extractDocument } from '@monitor/importer/files';
import { GraphQLError } from 'graphql';
import type { DraftDocument } from './draft-document.js';

/**
 * The platform's reader: the stored bytes to text (text, Markdown, DOCX, PDF), then the draft, matched
 * against the units, directives and provinces the record holds now. A document the reader refuses
 * (scanned PDF, legacy encoding, not a plan…) is answered with the reason, nothing recorded.
 */
export const planReader: DraftDocument = async (bytes, fileName, context) => {
  try {
    const input = await extractDocument(bytes, fileName);
    return draftPlan(input, {
      units: context.units,
      directives: context.directives.map((d) => ({ directiveId: d.directiveId, number: d.number, issuedOn: d.issuedOn })),
      provinces: context.provinces,
      provinceId: context.provinceId,
    });
  } catch (error) {
    if (!(error instanceof DocumentRejected)) throw error;
    throw new GraphQLError(`the document cannot be drafted: ${error.message}`, {
      extensions: { code: 'DOCUMENT_REJECTED', reason: error.code, field: 'documentSha256' },
    });
  }
};
