import { ConfigError, loadConfig } from './platform-config.js';

describe('Kafka configuration', () => {
  it('is off without KAFKA_BROKERS: the embedded default', () => {
    expect(loadConfig({}).kafka).toBeNull();
    expect(loadConfig({ KAFKA_BROKERS: '' }).kafka).toBeNull();
  });

  it('KAFKA_BROKERS switches it on, ingest and relay both, with the platform topics and group', () => {
    expect(loadConfig({ KAFKA_BROKERS: 'kafka-1:9092, kafka-2:9092' }).kafka).toEqual({
      brokers: ['kafka-1:9092', 'kafka-2:9092'],
      topicPrefix: 'monitor',
      groupId: 'monitor-ingest',
      partitions: 3,
      sessionTimeoutMs: 30_000,
      messagesPerCommit: null,
      ingest: true,
      relay: true,
    });
    expect(
      loadConfig({
        KAFKA_BROKERS: '127.0.0.1:9092',
        MONITOR_KAFKA_INGEST: 'false',
        MONITOR_KAFKA_PARTITIONS: '12',
        MONITOR_KAFKA_MESSAGES_PER_COMMIT: '250',
      }).kafka,
    ).toMatchObject({
      ingest: false,
      relay: true,
      partitions: 12,
      messagesPerCommit: 250,
    });
  });

  it('names what is wrong', () => {
    expect(() => loadConfig({ KAFKA_BROKERS: 'kafka' })).toThrow(ConfigError);
    expect(() => loadConfig({ KAFKA_BROKERS: 'kafka' })).toThrow(/KAFKA_BROKERS.*each broker as host:port/);
    expect(() => loadConfig({ KAFKA_BROKERS: 'k:9092', MONITOR_KAFKA_TOPIC_PREFIX: 'a b' })).toThrow(/MONITOR_KAFKA_TOPIC_PREFIX/);
    expect(() => loadConfig({ KAFKA_BROKERS: 'k:9092', MONITOR_KAFKA_SESSION_TIMEOUT_MS: '1000' })).toThrow(
      /MONITOR_KAFKA_SESSION_TIMEOUT_MS/,
    );
    expect(() => loadConfig({ KAFKA_BROKERS: 'k:9092', MONITOR_KAFKA_MESSAGES_PER_COMMIT: '0' })).toThrow(
      /MONITOR_KAFKA_MESSAGES_PER_COMMIT/,
    );
  });
});
