// Stops the server only if postgres-global-setup.cjs started it.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = async () => {
  if (!globalThis.__postgresStartedByTests) return;
  execFileSync('bash', [path.join(__dirname, '../../../../infra/postgres/postgres.sh'), 'stop'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
};
