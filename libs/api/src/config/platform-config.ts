import { z } from 'zod';

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  MONITOR_DATA_DIR: z.string().min(1).default('./data'),
  MONITOR_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  MONITOR_SEED: flag.default(true),
  MONITOR_LOG_FORMAT: z.enum(['json', 'text']).default('json'),
  MONITOR_SNAPSHOT_IDLE_MS: z.coerce.number().int().min(0).default(2000),
  MONITOR_CHECKPOINT_INTERVAL_MS: z.coerce.number().int().min(0).default(3_600_000),
  MONITOR_AUDIT_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
});

export interface PlatformConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** When absent, the embedded default keeps a generated secret in the data directory. */
  readonly jwtSecret: string | null;
  readonly seed: boolean;
  readonly logFormat: 'json' | 'text';
  readonly snapshotWhenIdleMs: number;
  /** How often the platform verifies the store and records a checkpoint over the global order (0: never). */
  readonly checkpointIntervalMs: number;
  /** HMAC key checkpoints are signed with; unsigned when absent. */
  readonly auditKey: string | null;
}

export class ConfigError extends Error {}

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
    seed: c.MONITOR_SEED,
    logFormat: c.MONITOR_LOG_FORMAT,
    snapshotWhenIdleMs: c.MONITOR_SNAPSHOT_IDLE_MS,
    checkpointIntervalMs: c.MONITOR_CHECKPOINT_INTERVAL_MS,
    auditKey: c.MONITOR_AUDIT_KEY ?? null,
  };
};

export const PLATFORM_CONFIG = Symbol('PLATFORM_CONFIG');
