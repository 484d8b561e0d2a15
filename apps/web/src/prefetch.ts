import { prefetch } from './api';
import { COMPARISON } from './comparison';
import { variablesOf, viewOf } from './view';

/**
 * Opening a decision's address: ask for its figures, and fetch the chart's code, at once,
 * while the page's own code is still on its way (they would otherwise wait for it, one after another).
 */
export const prefetchRoute = (pathname: string, search: string) => {
  const match = /^\/decisions\/([^/]+)$/.exec(pathname);
  if (!match) return;
  let directive: string;
  try {
    directive = decodeURIComponent(match[1]!);
  } catch {
    return;
  }
  const variables = variablesOf(directive, viewOf(search));
  prefetch(COMPARISON, variables);
  void import('./chart');
};
