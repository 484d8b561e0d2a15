import { LiveFeeds, MonitoringProjector, SubscriptionLimits, TokenService } from '@monitor/api';
import { createClient, type Client } from 'graphql-ws';
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { startPlatform, type RunningPlatform } from './testing/platform-harness.js';

type Refusal = { message: string; extensions?: { code?: string; limit?: number } };

/** What one subscription received: pushes, or the errors (or close event) that ended it. */
interface Subscribed {
  readonly pushes: unknown[];
  ended: Refusal[] | { code: number; reason: string } | null;
  stop: () => void;
}

const COMPARISON_CHANGED = 'subscription($d: ID!) { comparisonChanged(directive: $d) { rows { province { id } tasks } } }';
const DEFINE = 'mutation($input: DefineTaskInput!) { defineTask(input: $input) { id } }';

const until = async (done: () => boolean, what: string, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await sleep(10);
  }
};

describe('subscriptions are bounded per connection and per token, and share one comparison per directive', () => {
  let platform: RunningPlatform;
  let feeds: LiveFeeds;
  let limits: SubscriptionLimits;
  let tokens: TokenService;
  let haNam: string;
  const clients: Client[] = [];
  let written = 0;

  beforeAll(async () => {
    platform = await startPlatform(undefined, {
      MONITOR_WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: '4',
      MONITOR_WS_MAX_SUBSCRIPTIONS_PER_TOKEN: '6',
      MONITOR_WS_MAX_CONNECTIONS_PER_TOKEN: '2',
    });
    feeds = platform.app.get(LiveFeeds);
    limits = platform.app.get(SubscriptionLimits);
    tokens = platform.app.get(TokenService);
    haNam = await platform.token('PROVINCE', 'ha-nam');
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await platform.stop();
  });

  const connect = async (subject: string) => {
    const token = await tokens.issue('ANALYST', null, subject);
    const client = createClient({
      url: platform.url.replace(/^http/, 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    clients.push(client);
    return client;
  };
  const subscribe = (client: Client, directive = '696/QĐ-TTg'): Subscribed => {
    const subscribed: Subscribed = { pushes: [], ended: null, stop: () => undefined };
    subscribed.stop = client.subscribe(
      { query: COMPARISON_CHANGED, variables: { d: directive } },
      {
        next: (message) => subscribed.pushes.push(message.data),
        error: (error) => (subscribed.ended = error as Subscribed['ended']),
        complete: () => undefined,
      },
    );
    return subscribed;
  };
  /** The server holds `count` comparison subscribers. */
  const subscribers = (count: number) =>
    until(() => feeds.stats.comparisonSubscribers === count, `${count} comparison subscribers (${feeds.stats.comparisonSubscribers})`);
  const write = async () => {
    const id = `ha-nam.2811-kh-ubnd.limits-${written++}`;
    const answer = await platform.gql(
      DEFINE,
      { input: { id, planId: 'ha-nam.2811-kh-ubnd', title: id, occurredAt: '2021-01-05T02:00:00Z' } },
      haNam,
    );
    expect(answer.errors).toBeUndefined();
  };

  it('refuses the subscription beyond the limit of a connection with TOO_MANY_SUBSCRIPTIONS, the others still pushed', async () => {
    const client = await connect('analyst:one-connection');
    const admitted = [1, 2, 3, 4].map(() => subscribe(client));
    await subscribers(4);
    const fifth = subscribe(client);
    await until(() => fifth.ended !== null, 'the fifth refused');
    expect(fifth.ended).toEqual([
      expect.objectContaining({
        message: 'too many subscriptions on this connection: at most 4 at once; complete one first',
        extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit: 4 },
      }),
    ]);

    await write();
    await until(() => admitted.every((s) => s.pushes.length === 1), 'a push to each admitted subscription');
    expect(admitted.map((s) => s.ended)).toEqual([null, null, null, null]);

    admitted[0].stop();
    await subscribers(3);
    const again = subscribe(client);
    await subscribers(4);
    expect(again.ended).toBeNull();
    await client.dispose();
    await subscribers(0);
  });

  it("refuses the subscription beyond a token's limit over its connections, and a connection beyond its limit with 4403; another token is not affected", async () => {
    const [first, second] = [await connect('analyst:two-connections'), await connect('analyst:two-connections')];
    [1, 2, 3, 4].forEach(() => subscribe(first));
    [1, 2].forEach(() => subscribe(second));
    await subscribers(6);
    const seventh = subscribe(second);
    await until(() => seventh.ended !== null, 'the seventh refused');
    expect(seventh.ended).toEqual([expect.objectContaining({ extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit: 6 } })]);

    const third = subscribe(await connect('analyst:two-connections'));
    await until(() => third.ended !== null, 'the third connection closed');
    expect(third.ended).toMatchObject({ code: 4403, reason: 'Forbidden: too many connections for this token: at most 2 at once' });

    const other = subscribe(await connect('analyst:another'));
    await subscribers(7);
    expect(other.ended).toBeNull();
    await Promise.all(clients.splice(0).map((c) => c.dispose()));
    await subscribers(0);
    await until(() => limits.stats.connections === 0, 'every connection forgotten');
  });

  it('computes one comparison per window for 200 subscribers of a directive, pushes it to each, and holds nothing once they leave', async () => {
    const projector = platform.app.get(MonitoringProjector);
    const listeners = projector.appliedListenerCount;
    const all: Subscribed[] = [];
    for (let t = 0; t < 50; t++) {
      const client = await connect(`analyst:crowd-${t}`);
      for (let s = 0; s < 4; s++) all.push(subscribe(client));
    }
    await subscribers(200);
    expect(projector.appliedListenerCount).toBe(listeners + 1);
    const computed = feeds.stats.comparisonsComputed;

    await write();
    await until(() => all.every((s) => s.pushes.length === 1), 'a push to every subscriber');
    await sleep(300);
    expect(feeds.stats.comparisonsComputed - computed).toBe(1);
    expect(all.filter((s) => s.ended !== null)).toEqual([]);

    await Promise.all(clients.splice(0).map((c) => c.dispose()));
    await until(() => limits.stats.connections === 0 && feeds.stats.directives === 0, 'everything released');
    expect(feeds.stats).toMatchObject({ directives: 0, comparisonSubscribers: 0 });
    expect(limits.stats).toEqual({ subjects: 0, connections: 0 });
    expect(projector.appliedListenerCount).toBe(listeners);
  });
});
