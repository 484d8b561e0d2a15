import { session, signOut } from './session';

/** A GraphQL error as the platform answers it: a stable code and the input field at fault. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
    readonly field: string | null,
    /** Every fault, when the platform lists several (a draft not yet approvable), each with its field. */
    readonly problems: readonly { field: string; message: string }[] = [],
  ) {
    super(message);
  }
}

interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; problems?: { field: string; message: string }[] } }[];
}

// Requests started before the page that needs them has loaded (see prefetch.ts), each taken once.
const started = new Map<string, { at: number; response: Promise<Response> }>();
// An early answer older than this is not taken: a page opened later asks afresh.
const EARLY_FOR_MS = 10_000;
const keyOf = (query: string, variables: Record<string, unknown>, token: string | undefined) =>
  `${token}\n${query}\n${JSON.stringify(variables)}`;

const post = (query: string, variables: Record<string, unknown>, token: string | undefined) =>
  fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });

/** Sends an operation now, for a page whose code is still on its way: its gql() call takes this answer. */
export const prefetch = (query: string, variables: Record<string, unknown>, token = session.value?.token) => {
  const key = keyOf(query, variables, token);
  if (!started.has(key)) started.set(key, { at: Date.now(), response: post(query, variables, token) });
};

/** One operation over HTTP to the platform's own /graphql: the app talks to nothing else. */
export const gql = async <T>(query: string, variables: Record<string, unknown> = {}, token = session.value?.token): Promise<T> => {
  const key = keyOf(query, variables, token);
  const early = started.get(key);
  started.delete(key);
  const response = await (early && Date.now() - early.at < EARLY_FOR_MS ? early.response : post(query, variables, token));
  const answer = (await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}` }] }))) as Answer<T>;
  const first = answer.errors?.[0];
  if (first) {
    const error = new ApiError(first.message, first.extensions?.code ?? null, first.extensions?.field ?? null, first.extensions?.problems);
    // A token that expired while the page was open: back to sign-in rather than a page of errors.
    if (error.code === 'UNAUTHENTICATED' && token === session.value?.token) signOut();
    throw error;
  }
  return answer.data as T;
};
