import { Kafka, logLevel } from 'kafkajs';

/** A kafkajs client for the platform: only warnings and errors in the log. */
export const createKafka = (brokers: readonly string[], clientId: string): Kafka =>
  new Kafka({ clientId, brokers: [...brokers], logLevel: logLevel.WARN, retry: { retries: 8 } });
