import { session, signOut } from './session';

/** A GraphQL error as the platform answers it: a stable code and the input field at fault. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
    readonly field: string | null,
  ) {
    super(message);
  }
}

interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

/** One operation over HTTP to the platform's own /graphql: the app talks to nothing else. */
export const gql = async <T>(query: string, variables: Record<string, unknown> = {}, token = session.value?.token): Promise<T> => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}` }] }))) as Answer<T>;
  const first = answer.errors?.[0];
  if (first) {
    const error = new ApiError(first.message, first.extensions?.code ?? null, first.extensions?.field ?? null);
    // A token that expired while the page was open: back to sign-in rather than a page of errors.
    if (error.code === 'UNAUTHENTICATED' && token === session.value?.token) signOut();
    throw error;
  }
  return answer.data as T;
};
