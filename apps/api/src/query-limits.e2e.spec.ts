import { ProgressReportsReader } from '@monitor/api';
import { jest } from '@jest/globals';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startPlatform, type RunningPlatform } from './testing/platform-harness.js';

const lineage = (levels: number) => {
  let selection = 'id';
  for (let i = 0; i < levels; i++) selection = `predecessors { successor { ${selection} } }`;
  return `{ provinces { id ${selection} } }`;
};

const post = async (platform: RunningPlatform, body: unknown, token: string) => {
  const response = await fetch(`${platform.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
};

describe('GraphQL limits and refusals through the public API', () => {
  let platform: RunningPlatform;
  let analyst: string;

  beforeAll(async () => {
    platform = await startPlatform();
    analyst = await platform.token('ANALYST');
  });
  afterAll(() => platform.stop());

  it('answers the 20-level lineage query at once with QUERY_TOO_COMPLEX, and keeps answering others', async () => {
    const started = Date.now();
    const refused = await platform.gql(lineage(20), {}, analyst);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(refused.status).toBe(400);
    expect(refused.data).toBeUndefined();
    expect(refused.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: 12, found: 42 });
    const deepest = await platform.gql(lineage(5), {}, analyst);
    expect(deepest.status).toBe(200);
    expect(deepest.errors).toBeUndefined();
    expect(deepest.data!.provinces.length).toBeGreaterThan(0);
  });

  it('refuses too many aliases, too many tokens and batched operations before any work', async () => {
    const aliases = await platform.gql(`{ ${Array.from({ length: 16 }, (_, i) => `a${i}: provinces { id }`).join(' ')} }`, {}, analyst);
    expect([aliases.status, aliases.errors![0].extensions]).toEqual([
      400,
      expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases' }),
    ]);
    const tokens = await platform.gql(`{ provinces { ${'id '.repeat(6000)} } }`, {}, analyst);
    expect([tokens.status, tokens.errors![0].extensions]).toEqual([
      400,
      expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max: 5000 }),
    ]);
    const batch = await post(platform, [{ query: '{ provinces { id } }' }, { query: '{ provinces { id } }' }], analyst);
    expect(batch.status).toBe(400);
    const huge = await post(platform, { query: `{ provinces { id } } # ${'x'.repeat(200_000)}` }, analyst);
    expect(huge.status).toBe(413);
  });

  it('answers 403 to an operation refused entirely for its role, and 401 without a valid token', async () => {
    const refused = await platform.gql('{ auditTrail(entity: "ha-nam") { type } }', {}, analyst);
    expect([refused.status, refused.errors![0].extensions!.code]).toEqual([403, 'FORBIDDEN']);
    const anonymous = await platform.gql('{ provinces { id } }', {}, 'not-a-token');
    expect([anonymous.status, anonymous.errors![0].extensions!.code]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('holds subscriptions over graphql-ws to the same limits', async () => {
    const client = createClient({
      url: platform.url.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${analyst}` },
      retryAttempts: 0,
    });
    try {
      const selection = lineage(20).replace('{ provinces', '{ province');
      const errors = await new Promise<unknown>((resolve) => {
        client.subscribe(
          { query: `subscription { comparisonChanged(directive: "696/QD-TTg") { rows ${selection} } }` },
          { next: resolve, error: resolve, complete: () => resolve(null) },
        );
      });
      expect(errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', limit: 'depth' }) }),
        ]),
      );
    } finally {
      await client.dispose();
    }
  });

  it('reads each task’s reports once per query, however many paths reach it', async () => {
    const reported = await platform.gql(
      'mutation($i: ReportProgressInput!) { reportProgress(input: $i) { id } }',
      {
        i: {
          taskId: 'ha-nam.2811-kh-ubnd.t07',
          reportId: 'e2e-once',
          unitId: 'ha-nam.so-khcn',
          reportedBy: { name: 'Cán bộ Sở', role: 'Chuyên viên' },
          occurredAt: '2021-11-30T02:00:00Z',
        },
      },
      await platform.token('PROVINCE', 'ha-nam'),
    );
    expect(reported.errors).toBeUndefined();
    const reads = jest.spyOn(platform.app.get(ProgressReportsReader), 'forTask');
    const answer = await platform.gql(
      '{ plan(id: "ha-nam.2811-kh-ubnd") { tasks { id progress { id } plan { tasks { id status progress { id } plan { tasks { progress { id } } } } } } } }',
      {},
      analyst,
    );
    expect(answer.errors).toBeUndefined();
    const t07 = answer.data!.plan.tasks.find((t: { id: string }) => t.id === 'ha-nam.2811-kh-ubnd.t07');
    expect(t07.progress).toEqual([{ id: 'e2e-once' }]);
    expect(reads.mock.calls).toEqual([['ha-nam.2811-kh-ubnd.t07']]);
    reads.mockRestore();
  });
});
