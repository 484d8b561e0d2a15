// Over Kafka: a poison message among valid ones on one partition.
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { sleep, type Attack, type Platform } from './platform-process.js';

export const kafkaAttacks = (platform: Platform, tokens: Record<string, string>, prefix: string): Attack[] => [
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
        value: JSON.stringify({
          version: 1,
          messageId: randomUUID(),
          province: 'ha-nam',
          type: 'PlanIssued',
          actor: { name: 'Nguyễn Văn A', role: 'Phó Chủ tịch UBND tỉnh' },
          payload: { planId, title: 'Kế hoạch thử', issuerUnitId: 'ha-nam.ubnd-tinh', issuedOn, implements: ['696/QĐ-TTg'] },
        }),
      });
      const valid = `ha-nam.after-poison-${randomUUID().slice(0, 8)}`;
      await producer.send({
        topic: `${prefix}.provincial-commands.v1`,
        messages: [message(`ha-nam.poison-${randomUUID().slice(0, 8)}`, '0050-01'), message(valid, '2021-03-01')],
      });
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
          return {
            refused: ready === 200 && deadLetters === 1,
            detail: `the poison dead-lettered (${deadLetters} dead letter), the valid plan behind it recorded after ${waited} ms; /ready ${ready}`,
          };
        }
        await sleep(500);
      }
      return {
        refused: false,
        detail: `the valid plan behind it was not recorded within 30 s; alive ${platform.alive}; /ready ${await platform.status('/ready')}`,
      };
    },
  },
];
