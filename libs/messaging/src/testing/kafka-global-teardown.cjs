// Stops the broker only if kafka-global-setup.cjs started it.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = async () => {
  const env = globalThis.__kafkaStartedByTests;
  if (!env) return;
  execFileSync('bash', [path.join(__dirname, '../../../../infra/kafka/kafka.sh'), 'stop'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
};
