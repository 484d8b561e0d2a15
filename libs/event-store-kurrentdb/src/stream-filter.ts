import { streams } from '@monitor/domain';

/**
 * The prefixes of every stream the platform writes (`task-`, `plan-`, …), taken from the domain's own
 * stream names, so a category added there is never silently left out of the read models.
 */
export const platformStreamPrefixes = (): string[] =>
  Object.values(streams).map((name) => {
    const example = name('x');
    return example.slice(0, example.indexOf('-') + 1);
  });

/**
 * KurrentDB writes its own records into `$all`: `$`-prefixed streams (`$$…` metadata, `$ce-…`, `$stats-…`)
 * and `$`-prefixed event types (`$metadata`, `$>` links, `$streamDeleted` tombstones inside a user stream).
 * The stream prefix filter keeps the first kind away on the server; this catches the second.
 */
export const isSystemEvent = (event: { readonly type: string; readonly streamId: string }): boolean =>
  event.type.startsWith('$') || event.streamId.startsWith('$');

/** Checks the prefixes before they become a server-side filter that would match nothing, or system streams. */
export const checkStreamPrefixes = (prefixes: readonly string[]): string[] => {
  if (prefixes.length === 0) throw new Error('KurrentDB event store: give at least one stream prefix to read');
  for (const prefix of prefixes) {
    if (prefix === '' || prefix.startsWith('$'))
      throw new Error(`KurrentDB event store: stream prefix "${prefix}" would include KurrentDB's system streams`);
  }
  return [...prefixes];
};
