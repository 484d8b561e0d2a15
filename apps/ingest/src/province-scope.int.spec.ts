import { TokenService } from '@monitor/api';
import { CommandRunner, seedPlatform, type RunContext } from '@monitor/application';
import type { PlatformCommand } from '@monitor/domain';
import { SqliteEventStore } from '@monitor/event-store';
import { DEAD_LETTER_HEADERS, headerText, KafkaPipeline, WorkerIngestWriter } from '@monitor/messaging';
import type { WorkloadMessage } from '@monitor/messaging/testing';
import { seedCommands } from '@monitor/seeds';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  dropTopics,
  eventsAfter,
  produce,
  readTopic,
  SEQ_HEADER,
  testBrokers,
  testKafka,
  waitFor,
  ingestWriterWorker,
} from './testing/kafka-harness.js';

const SECRET = 'integration-test-secret-of-at-least-32-characters';
const official = { name: 'Trương Quốc Hùng', role: 'Phó Chủ tịch UBND tỉnh', unitId: 'ha-nam.ubnd-tinh' };
const other = 'bac-giang.so-khcn';
/** A seeded Hà Nam task on which a national administrator made a Bắc Giang unit a coordinator. */
const SEEDED_TASK = 'ha-nam.2811-kh-ubnd.t02';

/** As a national administrator records: through the runner, for no province. */
const asAdmin = (runner: CommandRunner, command: PlatformCommand) => {
  const context: RunContext = {
    actor: null,
    occurredAt: '2021-01-01T00:00:00.000Z',
    occurredAtPrecision: 'INSTANT',
    recordedBy: 'admin:int',
    actingForProvince: null,
    correlationId: randomUUID(),
    causationId: null,
  };
  return runner.run(command, context);
};

describe("Kafka: a province's messages name only its own province's ids and units", () => {
  const kafka = testKafka();
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'monitor-scope-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it("dead-letters each try as FORBIDDEN with its field, records none of them, and records a national partner's assignment", async () => {
    const runId = randomUUID().slice(0, 8);
    const store = new SqliteEventStore(join(dataDir, 'events.sqlite'));
    const runner = new CommandRunner(store);
    await seedPlatform(runner, seedCommands());
    await asAdmin(runner, {
      type: 'RegisterOrgUnit',
      unitId: 'bo-khcn',
      name: 'Bộ Khoa học và Công nghệ',
      kind: 'AGENCY',
      provinceId: null,
      parentUnitId: null,
      aliases: [],
    });
    await asAdmin(runner, { type: 'AssignTask', taskId: SEEDED_TASK, leadUnitIds: [], coordinatorUnitIds: [other] });
    const head = await store.headPosition();
    const service = new TokenService(SECRET);
    const token = await service.issue('PROVINCE', 'ha-nam', 'province:ha-nam');

    const plan = 'ha-nam.kh-kafka-scope';
    const task = `${plan}.nv-1`;
    const duty = {
      id: 'bao-cao-nam',
      reporterUnitIds: ['ha-nam.so-khcn'],
      recipient: 'Bộ Khoa học và Công nghệ',
      recipientUnitId: 'bo-khcn',
      frequency: 'YEARLY',
      dueMonth: 11,
      dueDay: 30,
      text: 'báo cáo trước 30/11 hằng năm',
    };
    const target = { id: 'mo-hinh', indicator: 'Mô hình', kind: 'AT_LEAST', min: 2, unit: 'mô hình', text: 'ít nhất 02 mô hình' };
    const planPayload = {
      planId: plan,
      number: '88/KH-UBND',
      title: 'Kế hoạch thử',
      issuerUnitId: 'ha-nam.ubnd-tinh',
      issuedOn: '2024-01-15',
      implements: ['2245/QĐ-TTg'],
      reportingDuties: [duty],
      targets: [target],
    };
    const at = '2024-02-01T08:00:00+07:00';
    const message = (type: string, payload: object, fields: object = {}) => ({
      version: 1,
      messageId: randomUUID(),
      province: 'ha-nam',
      type,
      actor: official,
      ...(type === 'PlanIssued' ? {} : { occurredAt: at }),
      payload,
      ...fields,
    });
    const valid = [
      message('PlanIssued', planPayload),
      message('TaskDefined', { taskId: task, planId: plan, title: 'Xây dựng mô hình' }),
      message('TaskAssigned', { taskId: task, leadUnitIds: ['ha-nam.so-khcn'], coordinatorUnitIds: ['bo-khcn'] }),
    ];
    const tries: [string, object, string][] = [
      ['issuer unit', message('PlanIssued', { ...planPayload, planId: `${plan}-2`, issuerUnitId: 'bac-giang.ubnd-tinh' }), 'issuerUnitId'],
      [
        "signer's unit",
        message('PlanIssued', { ...planPayload, planId: `${plan}-3` }, { actor: { ...official, unitId: 'bac-giang.ubnd-tinh' } }),
        'actor.unitId',
      ],
      [
        'reporters',
        message('PlanIssued', { ...planPayload, planId: `${plan}-4`, reportingDuties: [{ ...duty, reporterUnitIds: [other] }] }),
        'reportingDuties[0].reporterUnitIds',
      ],
      [
        'report recipient',
        message('PlanIssued', {
          ...planPayload,
          planId: `${plan}-5`,
          reportingDuties: [{ ...duty, recipientUnitId: 'bac-giang.so-khdt' }],
        }),
        'reportingDuties[0].recipientUnitId',
      ],
      [
        "another province's document",
        message('PlanIssued', { ...planPayload, planId: `${plan}-6`, implements: ['185/TB-UBND'] }),
        'implements',
      ],
      ['plan id under another province', message('PlanIssued', { ...planPayload, planId: 'bac-giang.kh-chiem-cho' }), 'id'],
      ['task id under another province', message('TaskDefined', { taskId: 'bac-giang.nv-chiem-cho', planId: plan, title: 'x' }), 'id'],
      ['lead unit', message('TaskAssigned', { taskId: task, leadUnitIds: [other] }), 'leadUnitIds'],
      ['coordinating unit', message('TaskAssigned', { taskId: task, coordinatorUnitIds: ['bac-giang.so-khdt'] }), 'coordinatorUnitIds'],
      [
        "report as another province's unit",
        message('ProgressReported', { taskId: SEEDED_TASK, reportId: 'bc-1', unitId: other, percentComplete: 10 }),
        'unitId',
      ],
      [
        "plan report as another province's unit",
        message('PlanTargetValuesReported', {
          planId: plan,
          reportId: 'bc-kh-1',
          unitId: other,
          values: [{ targetId: 'mo-hinh', value: 1 }],
        }),
        'unitId',
      ],
    ];
    const toSend = (m: { messageId: string }, expect: WorkloadMessage['expect']): WorkloadMessage => ({
      key: 'ha-nam',
      value: JSON.stringify(m),
      headers: { authorization: `Bearer ${token}` },
      expect,
      messageId: m.messageId,
    });
    // Valid first: one key, one partition, so each try reaches the ingest after what it refers to.
    const workload = [...valid.map((m) => toSend(m, 'RECORD')), ...tries.map(([, m]) => toSend(m as { messageId: string }, 'FORBIDDEN'))];

    const pipeline = new KafkaPipeline(
      {
        brokers: testBrokers(),
        clientId: 'scope-test',
        topicPrefix: `test-${runId}`,
        groupId: `scope-${runId}`,
        partitions: 1,
        ingest: true,
        relay: false,
      },
      {
        ingestWriter: new WorkerIngestWriter({ file: join(dataDir, 'events.sqlite'), synchronous: 'NORMAL' }, ingestWriterWorker()),
        relayStore: store,
        verifier: service,
        relayCheckpointFile: join(dataDir, 'relay.json'),
      },
    );
    try {
      await pipeline.start();
      await produce(kafka, pipeline.topics.commands, workload);
      const counts = pipeline.ingest!.counts;
      await waitFor('every message handled', () => counts.recorded + counts.deadLettered === workload.length, 60_000, 100);

      const recorded = await eventsAfter(store, head);
      expect(recorded.map((e) => `${e.stream} ${e.type}`)).toEqual([
        `plan-${plan} PlanIssued`,
        `task-${task} TaskDefined`,
        `task-${task} TaskAssigned`,
      ]);
      expect(recorded[2]!.data).toMatchObject({ leadUnitIds: ['ha-nam.so-khcn'], coordinatorUnitIds: ['bo-khcn'] });

      const letters = await readTopic(kafka, pipeline.topics.deadLetter);
      const refused = letters
        .map((l) => ({
          seq: Number(headerText(l.headers, SEQ_HEADER)),
          reason: headerText(l.headers, DEAD_LETTER_HEADERS.reason),
          field: headerText(l.headers, DEAD_LETTER_HEADERS.field),
        }))
        .sort((a, b) => a.seq - b.seq)
        .map(({ seq, reason, field }) => ({ what: tries[seq - valid.length]?.[0], reason, field }));
      expect(refused).toEqual(tries.map(([what, , field]) => ({ what, reason: 'FORBIDDEN', field })));
    } finally {
      await pipeline.stop();
      await store.close();
      await dropTopics(kafka, pipeline.topics);
    }
  });
});
