import type { DirectiveCorrected, DirectiveRegistered } from '@monitor/domain';

type DirectiveData = DirectiveRegistered['data'];

/** The documents registered with one number, each as last corrected (corrections may move its date). */
export const directivesOf = (events: readonly { type: string; data: unknown }[]): DirectiveData[] => {
  const documents: DirectiveData[] = [];
  for (const event of events) {
    if (event.type === 'DirectiveRegistered') documents.push(event.data as DirectiveData);
    if (event.type !== 'DirectiveCorrected') continue;
    const { directiveId, fields } = event.data as DirectiveCorrected['data'];
    const at = documents.findIndex((d) => d.directiveId === directiveId);
    if (at >= 0) documents[at] = { ...documents[at], ...Object.fromEntries(fields.map((f) => [f.field, f.value])) };
  }
  return documents;
};
