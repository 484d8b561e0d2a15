export { draftPlan, DocumentRejected, READER, MAX_TEXT_CHARACTERS } from './draft/draft-plan.js';
export type { DocumentInput, KnownDirective, KnownProvince, ReaderContext, RegisteredUnit } from './draft/inputs.js';
export { legacyEncodingIn } from './draft/legacy-encoding.js';
export { unitMatcher } from './draft/units.js';
export { scoreDraft, type Accuracy, type ReviewedDocument, type ReviewedTask } from './draft/accuracy.js';
