// Over HTTP, WebSocket and the CLI: status codes, tokens, subscriptions, the token command.
import { createClient } from 'graphql-ws';
import { SignJWT } from 'jose';
import WebSocket from 'ws';
import { describeError, type Attack, type Outcome, type Platform } from './platform-process.js';

export const httpAttacks = (platform: Platform, tokens: Record<string, string>, secret: string): Attack[] => {
  const signed = (claims: Record<string, unknown>, withExp: boolean, withSub: boolean) => {
    let jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer('provincial-implementation-monitor').setIssuedAt();
    if (withExp) jwt = jwt.setExpirationTime('1h');
    if (withSub) jwt = jwt.setSubject('attacker');
    return jwt.sign(new TextEncoder().encode(secret));
  };
  const unauthenticated = async (token: string): Promise<Outcome> => {
    const result = await platform.gql('{ provinces { id } }', {}, token);
    return { refused: result.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED', detail: describeError(result) };
  };
  return [
    {
      defect: '9 smaller',
      path: 'HTTP',
      name: 'FORBIDDEN is answered with an HTTP error status',
      async run() {
        const result = await platform.gql('{ auditTrail(entity: "ha-nam") { type } }', {}, tokens.analyst);
        return { refused: result.errors?.[0]?.extensions?.code === 'FORBIDDEN' && result.status === 403, detail: describeError(result) };
      },
    },
    {
      defect: '9 smaller',
      path: 'HTTP',
      name: 'a signed token without exp',
      run: async () => unauthenticated(await signed({ role: 'ADMIN' }, false, true)),
    },
    {
      defect: '9 smaller',
      path: 'HTTP',
      name: 'a signed token without sub',
      run: async () => unauthenticated(await signed({ role: 'ADMIN' }, true, false)),
    },
  ];
};

export const webSocketAttacks = (platform: Platform, tokens: Record<string, string>): Attack[] => [
  {
    defect: '7 subscriptions',
    path: 'WebSocket',
    name: 'one ANALYST token opens 5,000 comparisonChanged subscriptions on one connection',
    async run() {
      const client = createClient({
        url: platform.url.replace('http', 'ws') + '/graphql',
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${tokens.analyst}` },
        lazy: false,
      });
      let refusedCount = 0;
      const codes = new Set<string>();
      const disposers: (() => void)[] = [];
      const settled: Promise<void>[] = [];
      for (let i = 0; i < 5000; i += 1) {
        settled.push(
          new Promise<void>((done) => {
            const timer = setTimeout(done, 3000);
            disposers.push(
              client.subscribe(
                { query: 'subscription { comparisonChanged(directive: "696/QĐ-TTg") { directive { id } } }' },
                {
                  next: () => undefined,
                  error: (error) => {
                    refusedCount += 1;
                    const first = Array.isArray(error) ? error[0] : error;
                    codes.add(
                      String((first as { extensions?: { code?: string } })?.extensions?.code ?? (first as Error)?.message ?? 'error').slice(
                        0,
                        40,
                      ),
                    );
                    clearTimeout(timer);
                    done();
                  },
                  complete: () => (clearTimeout(timer), done()),
                },
              ),
            );
          }),
        );
      }
      await Promise.all(settled);
      disposers.forEach((dispose) => dispose());
      await client.dispose();
      const accepted = 5000 - refusedCount;
      return {
        refused: refusedCount > 0 && accepted <= 1000,
        detail: `${accepted} accepted, ${refusedCount} refused (${[...codes].join(', ')})`,
      };
    },
  },
];

export const cliAttacks = (platform: Platform): Attack[] => [
  {
    defect: '9 smaller',
    path: 'CLI',
    name: 'npm run -s token -- PROVINCE atlantis',
    async run() {
      const result = platform.token('PROVINCE', 'atlantis');
      return { refused: !result.ok, detail: result.ok ? 'printed a token' : result.stderr.split('\n')[0].slice(0, 110) };
    },
  },
  {
    defect: '9 smaller',
    path: 'CLI',
    name: 'npm run -s token -- EMPEROR',
    async run() {
      const result = platform.token('EMPEROR');
      return { refused: !result.ok, detail: result.ok ? 'printed a token' : result.stderr.split('\n')[0].slice(0, 110) };
    },
  },
];

/** Tamper cases on copies of the store, each checked by `monitor verify`. */
