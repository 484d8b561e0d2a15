import type { ComponentChildren } from 'preact';
import { t } from './i18n';
import type { QueryState } from './use-query';

/** Loading, error or the content: every page shows its query's state the same way. */
export const Loaded = <T,>({ state, children }: { state: QueryState<T>; children: (data: T) => ComponentChildren }) => {
  if (state.error) return <p role="alert" class="error">{`${t('error')}: ${state.error.message}`}</p>;
  if (!state.data) return <p aria-busy="true">{t('loading')}</p>;
  return <>{children(state.data)}</>;
};

/** A link inside the app for an id that may hold slashes (696/QĐ-TTg). */
export const path = (...parts: string[]) => parts.map((p, i) => (i % 2 === 0 ? p : encodeURIComponent(p))).join('/');

export const decode = (part: string | undefined): string => {
  try {
    return decodeURIComponent(part ?? '');
  } catch {
    return part ?? '';
  }
};
