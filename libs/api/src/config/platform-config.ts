import { z } from 'zod';
import type { QueryLimits } from '../graphql/query-limits.js';
import type { SubscriptionLimitsConfig } from '../subscriptions/subscription-limits.js';

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const schema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    MONITOR_DATA_DIR: z.string().min(1).default('./data'),
    MONITOR_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    MONITOR_SEED: flag.default(true),
    MONITOR_LOG_FORMAT: z.enum(['json', 'text']).default('json'),
    MONITOR_SNAPSHOT_IDLE_MS: z.coerce.number().int().min(0).default(2000),
    MONITOR_GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(100).default(12),
    MONITOR_GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).max(1000).default(15),
    MONITOR_GRAPHQL_MAX_COST: z.coerce.number().int().min(10).max(1_000_000).default(1000),
    MONITOR_GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).max(1_000_000).default(5000),
    MONITOR_GRAPHQL_MAX_BODY_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(100 * 1024 * 1024)
      .default(100 * 1024),
    MONITOR_EVENT_STORE: z.enum(['sqlite', 'kurrentdb', 'postgres']).default('sqlite'),
    MONITOR_POSTGRES_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\/[^\s]+$/, 'must be a PostgreSQL connection URL (postgres://user:password@host:5432/database)')
      .optional(),
    MONITOR_POSTGRES_SCHEMA: z
      .string()
      .regex(/^[a-z_][a-z0-9_]{0,47}$/, 'must be lower-case letters, digits and _ (at most 48)')
      .default('public'),
    KURRENTDB_CONNECTION_STRING: z
      .string()
      .regex(/^(kurrentdb|kdb|esdb)(\+discover)?:\/\//, 'must be a KurrentDB connection string (kurrentdb://host:2113?tls=false)')
      .optional(),
    MONITOR_CHECKPOINT_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000, 'at most a day').default(600_000),
    MONITOR_CHECKPOINT_EVERY_EVENTS: z.coerce.number().int().min(0).default(10_000),
    MONITOR_AUDIT_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
    KAFKA_BROKERS: z
      .string()
      .transform((v) =>
        v
          .split(',')
          .map((b) => b.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().regex(/^[^:\s]+:\d{1,5}$/, 'each broker as host:port')).min(1))
      .optional(),
    MONITOR_KAFKA_TOPIC_PREFIX: z
      .string()
      .regex(/^[a-zA-Z0-9._-]+$/)
      .default('monitor'),
    MONITOR_KAFKA_GROUP: z.string().min(1).default('monitor-ingest'),
    MONITOR_KAFKA_PARTITIONS: z.coerce.number().int().min(1).max(1000).default(3),
    MONITOR_KAFKA_SESSION_TIMEOUT_MS: z.coerce.number().int().min(6000).max(300_000).default(30_000),
    MONITOR_KAFKA_MESSAGES_PER_COMMIT: z.coerce.number().int().min(1).max(100_000).optional(),
    MONITOR_KAFKA_INGEST: flag.default(true),
    MONITOR_KAFKA_RELAY: flag.default(true),
    MONITOR_OIDC_ISSUER: z
      .url({ protocol: /^https?$/, error: "must be the provider's issuer URL" })
      .refine(
        (u) => !URL.canParse(u) || u.startsWith('https:') || LOOPBACK.test(new URL(u).hostname),
        'must be https (http only on localhost)',
      )
      .optional(),
    MONITOR_OIDC_AUDIENCE: z.string().min(1).optional(),
    MONITOR_OIDC_ROLE_CLAIM: z.string().min(1).default('roles'),
    MONITOR_OIDC_PROVINCE_CLAIM: z.string().min(1).default('province'),
    MONITOR_OIDC_JWKS_COOLDOWN_MS: z.coerce.number().int().min(0).default(30_000),
    MONITOR_OIDC_JWKS_MAX_AGE_MS: z.coerce.number().int().min(1000).default(600_000),
    // The web app's public client (no secret: it runs in the browser, PKCE protects its codes).
    MONITOR_OIDC_WEB_CLIENT_ID: z
      .string()
      .regex(/^[\x21-\x7e]{1,200}$/, 'must be the client id registered at the provider (printable ASCII, no spaces, at most 200)')
      .optional(),
    MONITOR_OIDC_WEB_SCOPE: z
      .string()
      .regex(/^[\x21\x23-\x5b\x5d-\x7e]+( [\x21\x23-\x5b\x5d-\x7e]+)*$/, 'must be scopes separated by single spaces')
      .refine((v) => v.split(' ').includes('openid'), 'must include openid')
      .default('openid'),
    MONITOR_WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: z.coerce.number().int().min(1).max(100_000).default(100),
    MONITOR_WS_MAX_SUBSCRIPTIONS_PER_TOKEN: z.coerce.number().int().min(1).max(1_000_000).default(200),
    MONITOR_WS_MAX_CONNECTIONS_PER_TOKEN: z.coerce.number().int().min(1).max(100_000).default(20),
    MONITOR_UPLOAD_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(100 * 1024 * 1024)
      .default(10 * 1024 * 1024),
  })
  .refine((c) => c.MONITOR_EVENT_STORE !== 'kurrentdb' || c.KURRENTDB_CONNECTION_STRING !== undefined, {
    path: ['KURRENTDB_CONNECTION_STRING'],
    message: 'is required when MONITOR_EVENT_STORE=kurrentdb',
  })
  .refine((c) => c.MONITOR_EVENT_STORE !== 'postgres' || c.MONITOR_POSTGRES_URL !== undefined, {
    path: ['MONITOR_POSTGRES_URL'],
    message: 'is required when MONITOR_EVENT_STORE=postgres',
  })
  .refine((c) => c.MONITOR_EVENT_STORE === 'sqlite' || c.MONITOR_JWT_SECRET !== undefined || c.MONITOR_OIDC_ISSUER !== undefined, {
    // Replicas must accept each other's tokens: a secret generated into one replica's data dir would not do.
    path: ['MONITOR_JWT_SECRET'],
    message:
      'is required with a shared event store (MONITOR_EVENT_STORE=kurrentdb or postgres) without MONITOR_OIDC_ISSUER (every replica must share it)',
  })
  .refine((c) => c.MONITOR_EVENT_STORE === 'sqlite' || c.MONITOR_AUDIT_KEY !== undefined, {
    // Replicas sign checkpoints over one store: keys generated into each replica's data dir would disagree.
    path: ['MONITOR_AUDIT_KEY'],
    message: 'is required with a shared event store (MONITOR_EVENT_STORE=kurrentdb or postgres): every replica signs checkpoints with it',
  })
  .refine((c) => c.MONITOR_OIDC_ISSUER === undefined || c.MONITOR_OIDC_AUDIENCE !== undefined, {
    // Without an audience, a token the provider issued for any other application would be accepted.
    path: ['MONITOR_OIDC_AUDIENCE'],
    message: 'is required with MONITOR_OIDC_ISSUER (the audience the provider puts in tokens for this platform)',
  })
  .refine((c) => c.MONITOR_OIDC_WEB_CLIENT_ID === undefined || c.MONITOR_OIDC_ISSUER !== undefined, {
    path: ['MONITOR_OIDC_WEB_CLIENT_ID'],
    message: 'needs MONITOR_OIDC_ISSUER (the provider the web app signs in at)',
  });

/** Where events live: one SQLite file in the data directory (embedded), or a server every replica shares (scaled out). */
export type EventStoreConfig =
  | { readonly kind: 'sqlite' }
  | { readonly kind: 'kurrentdb'; readonly connectionString: string }
  | { readonly kind: 'postgres'; readonly connectionString: string; readonly schema: string };

/** Kafka, when KAFKA_BROKERS is set: provincial messages in, recorded events out. */
export interface KafkaConfig {
  readonly brokers: readonly string[];
  readonly topicPrefix: string;
  readonly groupId: string;
  readonly partitions: number;
  /** How soon a silent ingest process loses its partitions to another (a killed one is silent). */
  readonly sessionTimeoutMs: number;
  /**
   * Provincial messages recorded per store commit: more is faster, fewer keeps GraphQL responsive
   * during a flood. Null: the shape's default (the platform process 1,000, `apps/ingest` 2,000).
   */
  readonly messagesPerCommit: number | null;
  /** This process consumes provincial messages. */
  readonly ingest: boolean;
  /** This process publishes recorded events. */
  readonly relay: boolean;
}

/**
 * Sign-in through an OpenID Connect provider, when MONITOR_OIDC_ISSUER is set: the platform then
 * accepts the provider's tokens only, never development tokens.
 */
export interface OidcConfig {
  /** The provider's issuer: its keys are found from `<issuer>/.well-known/openid-configuration`. */
  readonly issuer: string;
  /** The `aud` the provider puts in tokens meant for this platform. */
  readonly audience: string;
  /** The claim naming the platform role (a string or a list; a dotted path reaches a nested claim). */
  readonly roleClaim: string;
  /** The claim naming a PROVINCE principal's province id, e.g. "ha-nam". */
  readonly provinceClaim: string;
  /** After fetching the provider's keys, how long a token with an unknown `kid` waits for the next fetch. */
  readonly jwksCooldownMs: number;
  /** How long fetched keys are trusted before they are fetched again. */
  readonly jwksCacheMaxAgeMs: number;
  /** The web app's sign-in by redirect (authorization code + PKCE), when MONITOR_OIDC_WEB_CLIENT_ID is set. */
  readonly webClient: OidcWebClient | null;
}

/** The web app's public client at the provider: nothing secret, sent to every browser in /web-config.json. */
export interface OidcWebClient {
  readonly clientId: string;
  /** The scopes the app asks for (space-separated, `openid` among them). */
  readonly scope: string;
}

/** What one GraphQL request may ask for, refused before any work (see graphql/query-limits.ts). */
export interface GraphQLLimits extends QueryLimits {
  /** The largest HTTP request body read (JSON), in bytes. */
  readonly maxBodyBytes: number;
}

export interface PlatformConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** When absent, the embedded default keeps a generated secret in the data directory. */
  readonly jwtSecret: string | null;
  /** Null: development tokens (HS256 with jwtSecret), the embedded default. */
  readonly oidc: OidcConfig | null;
  readonly seed: boolean;
  readonly logFormat: 'json' | 'text';
  readonly snapshotWhenIdleMs: number;
  readonly graphql: GraphQLLimits;
  readonly eventStore: EventStoreConfig;
  /**
   * Besides at start and at shut-down, the platform verifies the store and records a signed
   * checkpoint over the global order this often (0: not by time)…
   */
  readonly checkpointIntervalMs: number;
  /** …and once this many events were recorded since the last one (0: not by count; SQLite store only). */
  readonly checkpointEveryEvents: number;
  /** HMAC key checkpoints are signed with; when absent, one generated into the data directory. */
  readonly auditKey: string | null;
  /** Null: the embedded default, no broker. */
  readonly kafka: KafkaConfig | null;
  /** What one connection, and one token subject, may hold open over WebSocket in this process. */
  readonly subscriptionLimits: SubscriptionLimitsConfig;
  /** The largest document `POST /documents` accepts, in bytes. */
  readonly uploadMaxBytes: number;
}

export class ConfigError extends Error {}

const eventStoreOf = (c: z.infer<typeof schema>): EventStoreConfig => {
  if (c.MONITOR_EVENT_STORE === 'kurrentdb') return { kind: 'kurrentdb', connectionString: c.KURRENTDB_CONNECTION_STRING! };
  if (c.MONITOR_EVENT_STORE === 'postgres')
    return { kind: 'postgres', connectionString: c.MONITOR_POSTGRES_URL!, schema: c.MONITOR_POSTGRES_SCHEMA };
  return { kind: 'sqlite' };
};

/** Reads and checks the environment once, at startup; every problem is named in one message. */
export const loadConfig = (env: Record<string, string | undefined> = process.env): PlatformConfig => {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${problems}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: c.MONITOR_DATA_DIR,
    jwtSecret: c.MONITOR_JWT_SECRET ?? null,
    oidc: c.MONITOR_OIDC_ISSUER
      ? {
          issuer: c.MONITOR_OIDC_ISSUER,
          audience: c.MONITOR_OIDC_AUDIENCE!,
          roleClaim: c.MONITOR_OIDC_ROLE_CLAIM,
          provinceClaim: c.MONITOR_OIDC_PROVINCE_CLAIM,
          jwksCooldownMs: c.MONITOR_OIDC_JWKS_COOLDOWN_MS,
          jwksCacheMaxAgeMs: c.MONITOR_OIDC_JWKS_MAX_AGE_MS,
          webClient: c.MONITOR_OIDC_WEB_CLIENT_ID ? { clientId: c.MONITOR_OIDC_WEB_CLIENT_ID, scope: c.MONITOR_OIDC_WEB_SCOPE } : null,
        }
      : null,
    seed: c.MONITOR_SEED,
    logFormat: c.MONITOR_LOG_FORMAT,
    snapshotWhenIdleMs: c.MONITOR_SNAPSHOT_IDLE_MS,
    graphql: {
      maxDepth: c.MONITOR_GRAPHQL_MAX_DEPTH,
      maxAliases: c.MONITOR_GRAPHQL_MAX_ALIASES,
      maxCost: c.MONITOR_GRAPHQL_MAX_COST,
      maxTokens: c.MONITOR_GRAPHQL_MAX_TOKENS,
      maxBodyBytes: c.MONITOR_GRAPHQL_MAX_BODY_BYTES,
    },
    eventStore: eventStoreOf(c),
    checkpointIntervalMs: c.MONITOR_CHECKPOINT_INTERVAL_MS,
    checkpointEveryEvents: c.MONITOR_CHECKPOINT_EVERY_EVENTS,
    auditKey: c.MONITOR_AUDIT_KEY ?? null,
    kafka: c.KAFKA_BROKERS
      ? {
          brokers: c.KAFKA_BROKERS,
          topicPrefix: c.MONITOR_KAFKA_TOPIC_PREFIX,
          groupId: c.MONITOR_KAFKA_GROUP,
          partitions: c.MONITOR_KAFKA_PARTITIONS,
          sessionTimeoutMs: c.MONITOR_KAFKA_SESSION_TIMEOUT_MS,
          messagesPerCommit: c.MONITOR_KAFKA_MESSAGES_PER_COMMIT ?? null,
          ingest: c.MONITOR_KAFKA_INGEST,
          relay: c.MONITOR_KAFKA_RELAY,
        }
      : null,
    subscriptionLimits: {
      subscriptionsPerConnection: c.MONITOR_WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
      subscriptionsPerToken: c.MONITOR_WS_MAX_SUBSCRIPTIONS_PER_TOKEN,
      connectionsPerToken: c.MONITOR_WS_MAX_CONNECTIONS_PER_TOKEN,
    },
    uploadMaxBytes: c.MONITOR_UPLOAD_MAX_BYTES,
  };
};

export const PLATFORM_CONFIG = Symbol('PLATFORM_CONFIG');
