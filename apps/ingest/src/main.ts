import { ConfigError, loadConfig, openEventStore, openIngestWriter, tokenVerifier } from '@monitor/api';
import { KafkaPipeline } from '@monitor/messaging';
import { join } from 'node:path';

/**
 * The ingest as a process of its own (scaled out beside the API): consumes provincial messages into
 * the event store the API serves from, and, unless MONITOR_KAFKA_RELAY=false, relays recorded events.
 * Same configuration as the platform; KAFKA_BROKERS is required here.
 */
const log = (fields: Record<string, unknown>) =>
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), context: 'Ingest', ...fields })}\n`);

const main = async () => {
  let config;
  try {
    config = loadConfig();
    if (!config.kafka) throw new ConfigError('invalid configuration: KAFKA_BROKERS: the ingest needs a broker (host:port,...)');
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const relayStore = openEventStore(config);
  const pipeline = new KafkaPipeline(
    { ...config.kafka, clientId: 'monitor-ingest' },
    {
      ingestWriter: openIngestWriter(config),
      relayStore,
      // The platform's verifier (development tokens, or the OIDC provider's); this process keeps no read
      // models, so it does not check that a token's province is registered (the platform process does).
      verifier: tokenVerifier(config),
      relayCheckpointFile: join(config.dataDir, 'kafka-relay-checkpoint.json'),
      onError: (error, part) => log({ level: 'warn', message: `${part} failed, retrying`, error: String(error) }),
      onIngestState: (state) => log({ level: state.status === 'running' ? 'info' : 'warn', message: 'kafka ingest', ...state }),
      // Exit so that the supervisor (compose, systemd) starts a fresh process: nothing is lost.
      onFatal: (error) => {
        log({ level: 'error', message: 'the Kafka consumer stopped for good', error: String(error) });
        process.exit(1);
      },
    },
  );
  await pipeline.start();
  log({
    message: 'ingest ready',
    brokers: config.kafka.brokers,
    topics: pipeline.topics,
    group: config.kafka.groupId,
    relay: config.kafka.relay,
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    await pipeline.stop();
    await relayStore.close();
    log({ message: 'ingest stopped', signal, ...pipeline.ingest?.counts });
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
};

await main();
