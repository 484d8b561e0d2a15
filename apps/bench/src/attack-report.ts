// The hardening report: `npm run report:attacks`. Starts the real embedded platform as a process of its
// own (a try that kills it is seen as such), makes every attack the hardening issue lists over GraphQL,
// WebSocket, Kafka (when a broker listens on 127.0.0.1:9092), the CLI and the store's files, and prints
// tries, refusals and anything accepted wrongly. Nothing here asserts: the suite's specs do; this prints.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliAttacks, httpAttacks, webSocketAttacks } from './attacks/access.attacks.js';
import { fileAttacks } from './attacks/files.attacks.js';
import { graphqlAttacks } from './attacks/graphql.attacks.js';
import { kafkaAttacks } from './attacks/kafka.attacks.js';
import { listening, Platform, type Attack, type Outcome } from './attacks/platform-process.js';

const main = async () => {
  const kafkaUp = await listening(9092);
  const prefix = `attack-${Date.now()}`;
  const platform = new Platform(
    kafkaUp
      ? { KAFKA_BROKERS: '127.0.0.1:9092', MONITOR_KAFKA_TOPIC_PREFIX: prefix, MONITOR_KAFKA_PARTITIONS: '1', MONITOR_LOG_FORMAT: 'text' }
      : { MONITOR_LOG_FORMAT: 'text' },
  );
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
  console.log(
    `\n${kafkaUp ? '' : 'Kafka tries skipped: no broker on 127.0.0.1:9092 (npm run kafka:start).\n'}tries ${rows.length}, refused ${rows.length - accepted.length}, accepted wrongly ${accepted.length}`,
  );
  for (const { attack } of accepted) console.log(`  accepted wrongly: defect ${attack.defect}: ${attack.name}`);
};

await main();
