import type { Consumer } from 'kafkajs';
import { describeError } from './write-failures.js';

/**
 * What the ingest's consumer is doing, for `/health` and `/ready`. `restarting`: it crashed and
 * kafkajs starts it again by itself; `stopped`: it consumes nothing any more and nothing will start
 * it again but a restart of the process (or it was stopped on purpose, when the process shuts down).
 */
export type IngestState =
  | { readonly status: 'starting' }
  | { readonly status: 'running'; readonly since: string }
  | { readonly status: 'restarting'; readonly since: string; readonly error: string; readonly crashes: number }
  | { readonly status: 'stopped'; readonly since: string; readonly reason: string };

export interface ConsumerWatch {
  /** The consumer is being stopped on purpose: its STOP event is not a failure. */
  readonly stopping: () => boolean;
  readonly change: (state: IngestState) => void;
  /** kafkajs gave up on the consumer: it will not restart it. */
  readonly fatal: (error: Error) => void;
}

/**
 * Follows the consumer's kafkajs events. A crash stops the consumer (STOP) before kafkajs says
 * whether it restarts it (CRASH): the state is `stopped` in between, then `restarting` or stays.
 */
export const watchConsumer = (consumer: Consumer, watch: ConsumerWatch): void => {
  const now = () => new Date().toISOString();
  let crashes = 0;
  consumer.on(consumer.events.GROUP_JOIN, () => {
    crashes = 0;
    watch.change({ status: 'running', since: now() });
  });
  consumer.on(consumer.events.CRASH, ({ payload }) => {
    crashes += 1;
    if (payload.restart) {
      watch.change({ status: 'restarting', since: now(), error: describeError(payload.error), crashes });
      return;
    }
    watch.change({
      status: 'stopped',
      since: now(),
      reason: `the consumer crashed and kafkajs will not restart it: ${describeError(payload.error)}`,
    });
    watch.fatal(payload.error);
  });
  consumer.on(consumer.events.STOP, () => {
    if (!watch.stopping())
      watch.change({ status: 'stopped', since: now(), reason: 'the consumer stopped and left its group without being asked to' });
  });
};
