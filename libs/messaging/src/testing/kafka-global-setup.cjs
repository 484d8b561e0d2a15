// Jest globalSetup: a real Kafka broker for the integration specs. Uses the one already listening on
// KAFKA_TEST_PORT (default 9092, the developer's `npm run kafka:start`); otherwise starts one with
// infra/kafka/kafka.sh (which fetches the jars through mvn on a fresh machine) and stops it afterwards.
const { execFileSync } = require('node:child_process');
const net = require('node:net');
const path = require('node:path');

const repoRoot = path.join(__dirname, '../../../..');
const port = Number(process.env.KAFKA_TEST_PORT || 9092);

const listening = () =>
  new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => (socket.destroy(), resolve(true)));
    socket.on('error', () => resolve(false));
  });

module.exports = async () => {
  process.env.KAFKA_TEST_BROKERS = `127.0.0.1:${port}`;
  process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';
  if (await listening()) return;
  const env = { ...process.env, KAFKA_PORT: String(port), KAFKA_CONTROLLER_PORT: String(port + 1) };
  execFileSync('bash', [path.join(repoRoot, 'infra/kafka/kafka.sh'), 'start'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  globalThis.__kafkaStartedByTests = env;
};
