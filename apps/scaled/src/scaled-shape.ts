import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alive, readPids, startProcess, stopProcess, waitFor } from './processes.js';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const apiMain = join(repoRoot, 'apps/api/dist/main.js');
const ingestMain = join(repoRoot, 'apps/ingest/dist/main.js');

export interface ShapeOptions {
  /** Where pids, logs, each process's data directory and the shape's secrets live. */
  readonly runDir: string;
  readonly replicas: number;
  /** Replica N listens on firstPort + N - 1, on 127.0.0.1. */
  readonly firstPort: number;
  /** The PostgreSQL schema of the store (tests give each shape its own). */
  readonly postgresSchema: string;
  readonly topicPrefix: string;
  readonly groupId: string;
  readonly kafkaPort: number;
}

export const defaultShapeOptions = (): ShapeOptions => ({
  runDir: join(repoRoot, '.scaled'),
  replicas: 2,
  firstPort: 4101,
  postgresSchema: 'public',
  topicPrefix: 'monitor',
  groupId: 'monitor-ingest',
  kafkaPort: 9092,
});

/** What a running shape is, kept in `<runDir>/shape.json`. */
export interface Shape {
  readonly options: ShapeOptions;
  readonly postgresUrl: string;
  readonly brokers: string;
  readonly jwtSecret: string;
  readonly auditKey: string;
  /** The servers this shape started (and its stop stops); ones already running are left alone. */
  readonly started: { readonly postgres: boolean; readonly kafka: boolean };
}

const shapeFile = (runDir: string): string => join(runDir, 'shape.json');

export const readShape = (runDir: string): Shape | undefined =>
  existsSync(shapeFile(runDir)) ? (JSON.parse(readFileSync(shapeFile(runDir), 'utf8')) as Shape) : undefined;

export const replicaUrl = (shape: Shape, n: number): string => `http://127.0.0.1:${shape.options.firstPort + n - 1}`;

const script = (name: string, command: string, env: Record<string, string> = {}): string =>
  execFileSync('bash', [join(repoRoot, `infra/${name}/${name}.sh`), command], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();

const listening = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => (socket.destroy(), resolve(true)));
    socket.on('error', () => resolve(false));
  });

/**
 * The token secret and the audit key, made on the first start and kept (mode 600) for the next ones:
 * checkpoints already signed in the store must still verify, and tokens stay valid across restarts.
 */
const secretsOf = (runDir: string): { jwtSecret: string; auditKey: string } => {
  const file = join(runDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as { jwtSecret: string; auditKey: string };
  const secrets = { jwtSecret: randomBytes(32).toString('base64url'), auditKey: randomBytes(32).toString('base64url') };
  writeFileSync(file, `${JSON.stringify(secrets)}\n`, { mode: 0o600 });
  return secrets;
};

/** What every process of the shape shares: the store, the token secret, the audit key. */
const sharedEnv = (shape: Shape): Record<string, string> => ({
  MONITOR_EVENT_STORE: 'postgres',
  MONITOR_POSTGRES_URL: shape.postgresUrl,
  MONITOR_POSTGRES_SCHEMA: shape.options.postgresSchema,
  MONITOR_JWT_SECRET: shape.jwtSecret,
  MONITOR_AUDIT_KEY: shape.auditKey,
  MONITOR_LOG_FORMAT: 'json',
  HOST: '127.0.0.1',
});

const kafkaEnv = (shape: Shape): Record<string, string> => ({
  KAFKA_BROKERS: shape.brokers,
  MONITOR_KAFKA_TOPIC_PREFIX: shape.options.topicPrefix,
  MONITOR_KAFKA_GROUP: shape.options.groupId,
  // A killed consumer's partitions move to the others after this long.
  MONITOR_KAFKA_SESSION_TIMEOUT_MS: '10000',
});

const ready = async (url: string): Promise<boolean> => (await fetch(`${url}/ready`)).ok;

/**
 * An API replica: GraphQL over the shared store, read models of its own (in its data directory,
 * snapshotted with their checkpoint) following `$all`. No Kafka: the ingest and the relay run apart.
 * Only replica 1 records the seed documents (once; a restart finds them recorded).
 */
export const startReplica = async (shape: Shape, n: number): Promise<string> => {
  const { runDir } = shape.options;
  const url = replicaUrl(shape, n);
  startProcess(runDir, `replica-${n}`, apiMain, {
    ...sharedEnv(shape),
    PORT: String(shape.options.firstPort + n - 1),
    MONITOR_DATA_DIR: join(runDir, `replica-${n}`),
    MONITOR_SEED: n === 1 ? 'true' : 'false',
    KAFKA_BROKERS: '',
  });
  await waitFor(`replica ${n} ready at ${url}/ready`, () => ready(url), 120_000, join(runDir, `replica-${n}.log`));
  return url;
};

const logSays = (file: string, text: string) => async (): Promise<boolean> => existsSync(file) && readFileSync(file, 'utf8').includes(text);

/** A Kafka ingest process (consumer group member); `name` tells several apart. The relay runs apart. */
export const startIngest = async (shape: Shape, name = 'ingest-1'): Promise<void> => {
  const { runDir } = shape.options;
  startProcess(runDir, name, ingestMain, {
    ...sharedEnv(shape),
    ...kafkaEnv(shape),
    MONITOR_DATA_DIR: join(runDir, name),
    MONITOR_KAFKA_RELAY: 'false',
  });
  await waitFor(`${name} ready`, logSays(join(runDir, `${name}.log`), '"ingest ready"'), 90_000, join(runDir, `${name}.log`));
};

/** The one relay: publishes the store's events to the outbound topic from its checkpoint file. */
export const startRelay = async (shape: Shape): Promise<void> => {
  const { runDir } = shape.options;
  startProcess(runDir, 'relay', ingestMain, {
    ...sharedEnv(shape),
    ...kafkaEnv(shape),
    MONITOR_DATA_DIR: join(runDir, 'relay'),
    MONITOR_KAFKA_INGEST: 'false',
  });
  await waitFor('relay ready', logSays(join(runDir, 'relay.log'), '"ingest ready"'), 90_000, join(runDir, 'relay.log'));
};

/** Whether every process the shape recorded is alive. */
export const shapeRunning = (runDir: string): boolean => {
  const pids = Object.values(readPids(runDir));
  return readShape(runDir) !== undefined && pids.length > 0 && pids.every(alive);
};

/**
 * Starts the whole shape on this machine: PostgreSQL and a Kafka broker (reused when running), then
 * replica 1 (which seeds), then the other replicas, the ingest and the relay. Returns the replicas' URLs.
 */
export const startShape = async (options: ShapeOptions): Promise<{ shape: Shape; urls: string[] }> => {
  const { runDir } = options;
  const running = readShape(runDir);
  if (running && shapeRunning(runDir))
    return { shape: running, urls: Array.from({ length: running.options.replicas }, (_, i) => replicaUrl(running, i + 1)) };
  if (running) await stopShape(runDir);
  mkdirSync(runDir, { recursive: true, mode: 0o700 });

  const postgresWasRunning = (() => {
    try {
      script('postgres', 'status');
      return true;
    } catch {
      return false;
    }
  })();
  const postgresUrl = script('postgres', 'start');
  const kafkaWasRunning = await listening(options.kafkaPort);
  if (!kafkaWasRunning)
    script('kafka', 'start', { KAFKA_PORT: String(options.kafkaPort), KAFKA_CONTROLLER_PORT: String(options.kafkaPort + 1) });

  const shape: Shape = {
    options,
    postgresUrl,
    brokers: `127.0.0.1:${options.kafkaPort}`,
    ...secretsOf(runDir),
    started: { postgres: !postgresWasRunning, kafka: !kafkaWasRunning },
  };
  writeFileSync(shapeFile(runDir), `${JSON.stringify(shape, null, 2)}\n`, { mode: 0o600 });
  const first = await startReplica(shape, 1);
  const others = await Promise.all([
    ...Array.from({ length: options.replicas - 1 }, (_, i) => startReplica(shape, i + 2)),
    startIngest(shape).then(() => ''),
    startRelay(shape).then(() => ''),
  ]);
  return { shape, urls: [first, ...others.filter(Boolean)] };
};

/** Ends every process of the shape, then the servers it started itself. */
export const stopShape = async (runDir: string, { servers = true } = {}): Promise<void> => {
  const shape = readShape(runDir);
  const names = Object.keys(readPids(runDir));
  // The ingest and the relay first: they write to the store and the broker the others serve.
  const order = [...names.filter((n) => !n.startsWith('replica')), ...names.filter((n) => n.startsWith('replica'))];
  for (const name of order) await stopProcess(runDir, name);
  if (shape && servers) {
    if (shape.started.kafka)
      script('kafka', 'stop', { KAFKA_PORT: String(shape.options.kafkaPort), KAFKA_CONTROLLER_PORT: String(shape.options.kafkaPort + 1) });
    if (shape.started.postgres) script('postgres', 'stop');
  }
  rmSync(shapeFile(runDir), { force: true });
};
