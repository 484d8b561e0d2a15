import { session } from './session';

/**
 * Follows comparisonChanged over graphql-ws (the same /graphql, same token) and calls back on each push,
 * coalesced; the page then asks its own view again. Returns the unsubscribe. The client is loaded with it.
 */
export const watchComparison = (directive: string, changed: () => void): (() => void) => {
  let stop = (): void => undefined;
  let stopped = false;
  void import('graphql-ws').then(({ createClient }) => {
    if (stopped) return;
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
    const client = createClient({
      url,
      connectionParams: { authorization: `Bearer ${session.value?.token ?? ''}` },
      lazy: true,
      retryAttempts: 3,
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = client.subscribe(
      { query: 'subscription Live($directive: ID!) { comparisonChanged(directive: $directive) { asOf } }', variables: { directive } },
      {
        next: () => {
          clearTimeout(timer);
          timer = setTimeout(changed, 150);
        },
        // graphql-ws retries on its own; a page that stays without live updates still shows its figures.
        error: () => undefined,
        complete: () => undefined,
      },
    );
    stop = () => {
      clearTimeout(timer);
      unsubscribe();
      void client.dispose();
    };
  });
  return () => {
    stopped = true;
    stop();
  };
};
