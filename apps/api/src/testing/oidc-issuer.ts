import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider, { type ClientMetadata } from 'oidc-provider';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const AUDIENCE = 'provincial-implementation-monitor';

/** A machine client of the provider and the claims its access tokens carry. */
export interface TestClient {
  readonly id: string;
  readonly claims: Record<string, unknown>;
  /** Access-token lifetime in seconds (default 300). */
  readonly ttlSeconds?: number;
}

export interface RunningIssuer {
  readonly issuer: string;
  /** How many times the key set was fetched. */
  readonly jwksFetches: number;
  /** An access token for the client (client_credentials grant: a JWT for the platform's audience). */
  token(clientId: string): Promise<string>;
  /** Signs with a new key from now on, publishing it first and the previous ones after it. */
  rotateKeys(): Promise<void>;
  /** The provider's keys, to start another issuer that signs with the same ones. */
  readonly keys: readonly JWK[];
  stop(): Promise<void>;
}

const signingKey = async (kid: string): Promise<JWK> => {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  return { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
};

/**
 * A real OpenID Connect provider (panva's oidc-provider, OpenID certified) on a loopback port, whose
 * machine clients get JWT access tokens through the client_credentials grant, with the resource
 * indicators feature giving them the platform's audience, and `extraTokenClaims` the clients' claims.
 */
export const startIssuer = async (clients: readonly TestClient[], options: { keys?: readonly JWK[] } = {}): Promise<RunningIssuer> => {
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(503).end();
  let jwksFetches = 0;
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith('/jwks')) jwksFetches += 1;
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const byId = new Map(clients.map((c) => [c.id, c]));

  const configure = (keys: readonly JWK[]) => {
    const provider = new Provider(issuer, {
      clients: clients.map((c): ClientMetadata => ({
        client_id: c.id,
        client_secret: `${c.id}-secret`,
        grant_types: ['client_credentials'],
        redirect_uris: [],
        response_types: [],
        token_endpoint_auth_method: 'client_secret_post',
      })),
      jwks: { keys: [...keys] },
      cookies: { keys: ['a-cookie-key-for-the-tests'] },
      ttl: { ClientCredentials: (_ctx, token) => token.resourceServer?.accessTokenTTL ?? 300 },
      features: {
        devInteractions: { enabled: false },
        clientCredentials: { enabled: true },
        resourceIndicators: {
          enabled: true,
          defaultResource: () => `urn:${AUDIENCE}`,
          getResourceServerInfo: (_ctx, _resource, client) => ({
            scope: 'monitor',
            audience: AUDIENCE,
            accessTokenFormat: 'jwt',
            accessTokenTTL: byId.get(client.clientId)?.ttlSeconds ?? 300,
            jwt: { sign: { alg: 'RS256' } },
          }),
        },
      },
      extraTokenClaims: (_ctx, token) => byId.get((token as { clientId: string }).clientId)?.claims,
    });
    handle = provider.callback();
  };

  let keys = options.keys ? [...options.keys] : [await signingKey('key-1')];
  configure(keys);
  return {
    issuer,
    get jwksFetches() {
      return jwksFetches;
    },
    get keys() {
      return keys;
    },
    async token(clientId) {
      const response = await fetch(`${issuer}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: clientId,
          client_secret: `${clientId}-secret`,
          scope: 'monitor',
        }),
      });
      const body = (await response.json()) as { access_token?: string; error?: string; error_description?: string };
      if (!body.access_token) throw new Error(`no token for ${clientId}: ${body.error} ${body.error_description}`);
      return body.access_token;
    },
    async rotateKeys() {
      keys = [await signingKey(`key-${keys.length + 1}`), ...keys];
      configure(keys);
    },
    stop: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
};
