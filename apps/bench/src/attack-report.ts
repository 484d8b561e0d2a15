// The hardening report: `npm run report:attacks`. Starts the real embedded platform as a process of its
// own (a try that kills it is seen as such), makes every attack the hardening issue lists over GraphQL,
// WebSocket, Kafka (when a broker listens on 127.0.0.1:9092), the CLI and the store's files, and prints
// tries, refusals and anything accepted wrongly. Nothing here asserts: the suite's specs do; this prints.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { SignJWT } from 'jose';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { Kafka, logLevel } from 'kafkajs';

const ROOT = resolve(import.meta.dirname, '../../..');
const SLOW_MS = 10_000;

interface Outcome {
  readonly refused: boolean;
  readonly detail: string;
}
interface Attack {
  readonly defect: string;
  readonly path: 'GraphQL' | 'HTTP' | 'WebSocket' | 'Kafka' | 'CLI' | 'files';
  readonly name: string;
  run(): Promise<Outcome>;
}

const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

const listening = (port: number) =>
  new Promise<boolean>((done) => {
    const socket = connect({ host: '127.0.0.1', port }, () => (socket.destroy(), done(true)));
    socket.on('error', () => done(false));
  });

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

class Platform {
  private child: ChildProcess | null = null;
  readonly dataDir = mkdtempSync(join(tmpdir(), 'monitor-attack-'));
  url = '';

  constructor(private readonly env: Record<string, string>) {}

  async start(): Promise<void> {
    const port = await freePort();
    this.url = `http://127.0.0.1:${port}`;
    const log = openSync(join(this.dataDir, 'platform.log'), 'a');
    this.child = spawn(process.execPath, ['--max-old-space-size=1024', join(ROOT, 'apps/api/dist/main.js')], {
      env: { ...process.env, ...this.env, PORT: String(port), MONITOR_DATA_DIR: this.dataDir, MONITOR_SNAPSHOT_IDLE_MS: '0' },
      stdio: ['ignore', log, log],
    });
    for (let waited = 0; waited < 120_000; waited += 250) {
      if ((await this.status('/ready')) === 200) return;
      if (this.child.exitCode !== null) break;
      await sleep(250);
    }
    throw new Error(`the platform did not become ready; see ${join(this.dataDir, 'platform.log')}`);
  }

  get alive(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  async status(path: string): Promise<number> {
    try {
      return (await fetch(this.url + path, { signal: AbortSignal.timeout(SLOW_MS) })).status;
    } catch {
      return 0;
    }
  }

  /** The read models' checkpoint: unchanged across a refused write means nothing was recorded. */
  async checkpoint(): Promise<string> {
    const response = await fetch(`${this.url}/ready`, { signal: AbortSignal.timeout(SLOW_MS) });
    return ((await response.json()) as { checkpoint: string }).checkpoint;
  }

  token(role: string, province?: string): { ok: boolean; token: string; stderr: string } {
    const run = spawnSync(process.execPath, [join(ROOT, 'apps/api/dist/token.js'), role, ...(province ? [province] : [])], {
      env: { ...process.env, MONITOR_DATA_DIR: this.dataDir },
      encoding: 'utf8',
    });
    return { ok: run.status === 0, token: run.stdout.trim(), stderr: run.stderr.trim() };
  }

  async gql(query: string, variables: Record<string, unknown>, token: string | null) {
    const started = performance.now();
    try {
      const response = await fetch(`${this.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(SLOW_MS),
      });
      const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string; field?: string } }[] };
      return { status: response.status, ms: performance.now() - started, ...body };
    } catch (error) {
      return { status: 0, ms: performance.now() - started, errors: [{ message: `no answer: ${(error as Error).message}`, extensions: { code: 'NO_ANSWER' } }] };
    }
  }

  async stop(): Promise<void> {
    if (!this.alive) return;
    this.child!.kill('SIGTERM');
    for (let waited = 0; waited < 10_000 && this.alive; waited += 100) await sleep(100);
    if (this.alive) this.child!.kill('SIGKILL');
  }
}

const describeError = (result: { status: number; errors?: { message: string; extensions?: { code?: string; field?: string } }[] }) => {
  const error = result.errors?.[0];
  if (!error) return `HTTP ${result.status}, accepted`;
  const where = error.extensions?.field ? ` (${error.extensions.field})` : '';
  return `HTTP ${result.status} ${error.extensions?.code ?? 'no code'}${where}: ${error.message.slice(0, 90)}`;
};

/** A refused write: an error with a stable code other than an internal one, and nothing recorded. */
const refusedWrite = async (platform: Platform, query: string, variables: Record<string, unknown>, token: string): Promise<Outcome> => {
  const before = await platform.checkpoint();
  const result = await platform.gql(query, variables, token);
  await sleep(50);
  const after = await platform.checkpoint();
  const code = result.errors?.[0]?.extensions?.code;
  const refused = Boolean(code) && code !== 'INTERNAL_SERVER_ERROR' && code !== 'NO_ANSWER' && before === after;
  return { refused, detail: `${describeError(result)}${before === after ? '' : '; something was recorded'}` };
};

const ISSUE_PLAN = 'mutation($input: IssuePlanInput!) { issuePlan(input: $input) { id } }';
const REGISTER = 'mutation($input: RegisterDirectiveInput!) { registerDirective(input: $input) { id } }';
const DEFINE = 'mutation($input: DefineTaskInput!) { defineTask(input: $input) { id } }';
const ASSIGN = 'mutation($input: AssignTaskInput!) { assignTask(input: $input) { id } }';
const REPORT = 'mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id } }';

const haNamPlan = (overrides: Record<string, unknown>) => ({
  id: `ha-nam.attack-${randomUUID().slice(0, 8)}`,
  province: 'ha-nam',
  title: 'Kế hoạch thử',
  issuerUnitId: 'ha-nam.ubnd-tinh',
  issuedOn: '2021-02-01',
  implements: ['696/QĐ-TTg'],
  ...overrides,
});

const nestedSuccessors = (levels: number) => {
  let selection = '{ id }';
  for (let level = 0; level < levels; level += 1) selection = `{ id ${level % 2 === 0 ? 'predecessors' : 'successor'} ${selection} }`;
  return `{ provinces ${selection} }`;
};

const graphqlAttacks = (platform: Platform, tokens: Record<string, string>): Attack[] => {
  const { analyst, haNam, admin } = tokens;
  const official = { name: 'Nguyễn Văn A', role: 'Giám đốc Sở' };
  return [
    {
      defect: '1 query cost',
      path: 'GraphQL',
      name: 'successor/predecessors 20 levels deep (643 bytes), then the server still answers',
      async run() {
        const result = await platform.gql(nestedSuccessors(20), {}, analyst);
        const health = await platform.status('/health');
        const code = result.errors?.[0]?.extensions?.code;
        return { refused: Boolean(code) && code !== 'NO_ANSWER' && health === 200, detail: `${describeError(result)} in ${result.ms.toFixed(0)} ms; /health ${health}` };
      },
    },
    {
      defect: '1 query cost',
      path: 'GraphQL',
      name: '40 aliases of provinces in one small document',
      async run() {
        const fields = Array.from({ length: 40 }, (_, i) => `a${i}: provinces { id }`).join(' ');
        const result = await platform.gql(`{ ${fields} }`, {}, analyst);
        const code = result.errors?.[0]?.extensions?.code;
        return { refused: Boolean(code) && code !== 'NO_ANSWER', detail: `${describeError(result)} in ${result.ms.toFixed(0)} ms` };
      },
    },
    {
      defect: '1 query cost',
      path: 'GraphQL',
      name: '500 aliases of compareProvinces in one document',
      async run() {
        const fields = Array.from({ length: 500 }, (_, i) => `a${i}: compareProvinces(directive: "696/QĐ-TTg") { rows { tasks } }`).join(' ');
        const result = await platform.gql(`{ ${fields} }`, {}, analyst);
        const code = result.errors?.[0]?.extensions?.code;
        return { refused: Boolean(code) && code !== 'NO_ANSWER', detail: `${describeError(result)} in ${result.ms.toFixed(0)} ms` };
      },
    },
    {
      defect: '3 dates',
      path: 'GraphQL',
      name: 'a plan issued in "0050-01" (year below 1000)',
      run: () => refusedWrite(platform, ISSUE_PLAN, { input: haNamPlan({ issuedOn: '0050-01' }) }, haNam),
    },
    {
      defect: '3 dates',
      path: 'GraphQL',
      name: 'a plan issued in "0000"',
      run: () => refusedWrite(platform, ISSUE_PLAN, { input: haNamPlan({ issuedOn: '0000' }) }, haNam),
    },
    {
      defect: "4 another province's units",
      path: 'GraphQL',
      name: 'Hà Nam issues a plan with issuer bac-giang.ubnd-tinh',
      run: () => refusedWrite(platform, ISSUE_PLAN, { input: haNamPlan({ issuerUnitId: 'bac-giang.ubnd-tinh' }) }, haNam),
    },
    {
      defect: "4 another province's units",
      path: 'GraphQL',
      name: 'Hà Nam names a Bắc Giang unit as reporter of a duty',
      run: () =>
        refusedWrite(
          platform,
          ISSUE_PLAN,
          { input: haNamPlan({ reportingDuties: [{ id: 'd1', reporterUnitIds: ['bac-giang.so-khcn'], recipient: 'UBND tỉnh', frequency: 'YEARLY', text: 'báo cáo hằng năm' }] }) },
          haNam,
        ),
    },
    {
      defect: "4 another province's units",
      path: 'GraphQL',
      name: 'Hà Nam assigns a Bắc Giang unit as lead of a Hà Nam task',
      run: () => refusedWrite(platform, ASSIGN, { input: { taskId: 'ha-nam.2811-kh-ubnd.t02', leadUnitIds: ['bac-giang.so-khcn'], assignedBy: official } }, haNam),
    },
    {
      defect: "4 another province's units",
      path: 'GraphQL',
      name: 'Hà Nam reports on its task as a Bắc Giang unit',
      run: () => refusedWrite(platform, REPORT, { input: { taskId: 'ha-nam.2811-kh-ubnd.t02', reportId: 'attack-r1', unitId: 'bac-giang.so-khcn', percentComplete: 10, reportedBy: official } }, haNam),
    },
    {
      defect: '5 id squatting',
      path: 'GraphQL',
      name: "Hà Nam registers 999/QĐ-TTg, a Prime Minister's decision number",
      run: () => refusedWrite(platform, REGISTER, { input: { id: '999/QĐ-TTg', kind: 'Quyết định', title: 'Giả mạo', issuer: 'Thủ tướng Chính phủ', issuedOn: '2024-01-01' } }, haNam),
    },
    {
      defect: '5 id squatting',
      path: 'GraphQL',
      name: 'Hà Nam registers 998/QĐ-TTg as a document of its own province',
      run: () => refusedWrite(platform, REGISTER, { input: { id: '998/QĐ-TTg', kind: 'Quyết định', title: 'Giả mạo', issuer: 'UBND tỉnh Hà Nam', issuedOn: '2024-01-01', province: 'ha-nam' } }, haNam),
    },
    {
      defect: '5 id squatting',
      path: 'GraphQL',
      name: 'Hà Nam creates a plan id under bac-giang.*',
      run: () => refusedWrite(platform, ISSUE_PLAN, { input: haNamPlan({ id: 'bac-giang.squatted-plan' }) }, haNam),
    },
    {
      defect: '5 id squatting',
      path: 'GraphQL',
      name: 'Hà Nam creates a task id under bac-giang.*',
      run: () => refusedWrite(platform, DEFINE, { input: { id: 'bac-giang.squatted-task', planId: 'ha-nam.2811-kh-ubnd', title: 'Nhiệm vụ' } }, haNam),
    },
    {
      defect: '6 invisible text',
      path: 'GraphQL',
      name: 'directive "696/QĐ-TT\\u200bg" beside 696/QĐ-TTg',
      run: () => refusedWrite(platform, REGISTER, { input: { id: '696/QĐ-TT\u200bg', kind: 'Quyết định', title: 'Bản sao', issuer: 'Thủ tướng Chính phủ', issuedOn: '2020-05-22' } }, admin),
    },
    {
      defect: '6 invisible text',
      path: 'GraphQL',
      name: 'a plan titled only with zero-width and direction marks',
      run: () => refusedWrite(platform, ISSUE_PLAN, { input: haNamPlan({ title: '\u200b\u200e\u2067' }) }, haNam),
    },
    {
      defect: '6 invisible text',
      path: 'GraphQL',
      name: 'a plan with two targets of the same id',
      run: () => {
        const target = { id: 'm1', indicator: 'Tỷ lệ', kind: 'AT_LEAST', min: 50, unit: '%', text: 'ít nhất 50%' };
        return refusedWrite(platform, ISSUE_PLAN, { input: haNamPlan({ targets: [target, target] }) }, haNam);
      },
    },
    {
      defect: '6 invisible text',
      path: 'GraphQL',
      name: 'a plan with an empty target id',
      run: () => refusedWrite(platform, ISSUE_PLAN, { input: haNamPlan({ targets: [{ id: '', indicator: 'Tỷ lệ', kind: 'AT_LEAST', min: 50, unit: '%', text: 'ít nhất 50%' }] }) }, haNam),
    },
  ];
};

const httpAttacks = (platform: Platform, tokens: Record<string, string>, secret: string): Attack[] => {
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
    { defect: '9 smaller', path: 'HTTP', name: 'a signed token without exp', run: async () => unauthenticated(await signed({ role: 'ADMIN' }, false, true)) },
    { defect: '9 smaller', path: 'HTTP', name: 'a signed token without sub', run: async () => unauthenticated(await signed({ role: 'ADMIN' }, true, false)) },
  ];
};

const webSocketAttacks = (platform: Platform, tokens: Record<string, string>): Attack[] => [
  {
    defect: '7 subscriptions',
    path: 'WebSocket',
    name: 'one ANALYST token opens 5,000 comparisonChanged subscriptions on one connection',
    async run() {
      const client = createClient({ url: platform.url.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${tokens.analyst}` }, lazy: false });
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
                    codes.add(String((first as { extensions?: { code?: string } })?.extensions?.code ?? (first as Error)?.message ?? 'error').slice(0, 40));
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
      return { refused: refusedCount > 0 && accepted <= 1000, detail: `${accepted} accepted, ${refusedCount} refused (${[...codes].join(', ')})` };
    },
  },
];

const cliAttacks = (platform: Platform): Attack[] => [
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
const fileAttacks = (platform: Platform): Attack[] => {
  const verify = (file: string) =>
    spawnSync(process.execPath, [join(ROOT, 'apps/cli/dist/main.js'), 'verify', '--data-dir', file], { encoding: 'utf8', env: { ...process.env, MONITOR_DATA_DIR: file } });
  const tampered = (name: string, sql: string | null, bytes?: (buffer: Buffer) => void): Attack => ({
    defect: '8 tamper evidence',
    path: 'files',
    name,
    async run() {
      const copy = mkdtempSync(join(tmpdir(), 'monitor-tamper-'));
      for (const file of ['events.sqlite', 'audit-key', 'jwt-secret']) {
        try {
          copyFileSync(join(platform.dataDir, file), join(copy, file));
        } catch {
          // the platform may keep no such file
        }
      }
      if (sql) {
        const db = new Database(join(copy, 'events.sqlite'));
        db.exec(sql);
        db.close();
      }
      if (bytes) {
        const buffer = readFileSync(join(copy, 'events.sqlite'));
        bytes(buffer);
        writeFileSync(join(copy, 'events.sqlite'), buffer);
      }
      const result = verify(copy);
      const firstLine = `${result.stdout}\n${result.stderr}`.split('\n').find((line) => line.trim()) ?? '';
      const stack = /\n\s+at /.test(result.stderr);
      return { refused: result.status !== 0 && !stack, detail: `exit ${result.status}${stack ? ' with a stack trace' : ''}: ${firstLine.slice(0, 100)}` };
    },
  });
  return [
    tampered('the store cut: its last 5 events deleted', 'DELETE FROM events WHERE position > (SELECT MAX(position) - 5 FROM events)'),
    tampered('a corrupted file (bytes overwritten in its header)', null, (buffer) => buffer.fill(0x41, 0, 100)),
  ];
};

const kafkaAttacks = (platform: Platform, tokens: Record<string, string>, prefix: string): Attack[] => [
  {
    defect: '2 Kafka poison message',
    path: 'Kafka',
    name: 'a schema-valid PlanIssued dated "0050-01", then a valid plan behind it on the same partition',
    async run() {
      const kafka = new Kafka({ brokers: ['127.0.0.1:9092'], clientId: 'attack-report', logLevel: logLevel.NOTHING });
      const producer = kafka.producer();
      await producer.connect();
      const message = (planId: string, issuedOn: string) => ({
        key: 'ha-nam',
        headers: { authorization: `Bearer ${tokens.haNam}` },
        value: JSON.stringify({ version: 1, messageId: randomUUID(), province: 'ha-nam', type: 'PlanIssued', actor: { name: 'Nguyễn Văn A', role: 'Phó Chủ tịch UBND tỉnh' }, payload: { planId, title: 'Kế hoạch thử', issuerUnitId: 'ha-nam.ubnd-tinh', issuedOn, implements: ['696/QĐ-TTg'] } }),
      });
      const valid = `ha-nam.after-poison-${randomUUID().slice(0, 8)}`;
      await producer.send({ topic: `${prefix}.provincial-commands.v1`, messages: [message(`ha-nam.poison-${randomUUID().slice(0, 8)}`, '0050-01'), message(valid, '2021-03-01')] });
      await producer.disconnect();
      for (let waited = 0; waited < 30_000; waited += 500) {
        const found = await platform.gql('query($id: ID!) { plan(id: $id) { id } }', { id: valid }, tokens.analyst);
        if ((found.data as { plan?: unknown } | undefined)?.plan) {
          const ready = await platform.status('/ready');
          const admin = kafka.admin();
          await admin.connect();
          const offsets = await admin.fetchTopicOffsets(`${prefix}.provincial-commands.v1.dlq`);
          await admin.disconnect();
          const deadLetters = offsets.reduce((sum, partition) => sum + Number(partition.high) - Number(partition.low), 0);
          return { refused: ready === 200 && deadLetters === 1, detail: `the poison dead-lettered (${deadLetters} dead letter), the valid plan behind it recorded after ${waited} ms; /ready ${ready}` };
        }
        await sleep(500);
      }
      return { refused: false, detail: `the valid plan behind it was not recorded within 30 s; alive ${platform.alive}; /ready ${await platform.status('/ready')}` };
    },
  },
];

const main = async () => {
  const kafkaUp = await listening(9092);
  const prefix = `attack-${Date.now()}`;
  const platform = new Platform(kafkaUp ? { KAFKA_BROKERS: '127.0.0.1:9092', MONITOR_KAFKA_TOPIC_PREFIX: prefix, MONITOR_KAFKA_PARTITIONS: '1', MONITOR_LOG_FORMAT: 'text' } : { MONITOR_LOG_FORMAT: 'text' });
  await platform.start();
  const tokens = {
    analyst: platform.token('ANALYST').token,
    haNam: platform.token('PROVINCE', 'ha-nam').token,
    admin: platform.token('ADMIN').token,
  };
  const secret = readFileSync(join(platform.dataDir, 'jwt-secret'), 'utf8').trim();
  const attacks = [
    ...graphqlAttacks(platform, tokens),
    ...httpAttacks(platform, tokens, secret),
    ...webSocketAttacks(platform, tokens),
    ...(kafkaUp ? kafkaAttacks(platform, tokens, prefix) : []),
    ...cliAttacks(platform),
  ];
  const rows: { attack: Attack; outcome: Outcome }[] = [];
  for (const attack of attacks) {
    if (!platform.alive) {
      rows.push({ attack, outcome: { refused: false, detail: 'not tried: the platform had died' } });
      continue;
    }
    let outcome: Outcome;
    try {
      outcome = await attack.run();
    } catch (error) {
      outcome = { refused: false, detail: `the try itself failed: ${(error as Error).message}` };
    }
    rows.push({ attack, outcome });
    console.log(`${outcome.refused ? 'refused ' : 'ACCEPTED'}  [${attack.path}] ${attack.name}\n          ${outcome.detail}`);
  }
  await platform.stop();
  for (const attack of fileAttacks(platform)) {
    const outcome = await attack.run();
    rows.push({ attack, outcome });
    console.log(`${outcome.refused ? 'refused ' : 'ACCEPTED'}  [${attack.path}] ${attack.name}\n          ${outcome.detail}`);
  }
  const accepted = rows.filter((row) => !row.outcome.refused);
  console.log(`\n${kafkaUp ? '' : 'Kafka tries skipped: no broker on 127.0.0.1:9092 (npm run kafka:start).\n'}tries ${rows.length}, refused ${rows.length - accepted.length}, accepted wrongly ${accepted.length}`);
  for (const { attack } of accepted) console.log(`  accepted wrongly: defect ${attack.defect}: ${attack.name}`);
};

await main();
