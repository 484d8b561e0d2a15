// Jest globalSetup: a real PostgreSQL server for the specs. infra/postgres/postgres.sh start reuses
// the one running (the developer's, or another project's run) or installs and starts one; when it
// cannot, the run FAILS here with the reason: the PostgreSQL leg is never skipped.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const script = path.join(__dirname, '../../../../infra/postgres/postgres.sh');

const run = (command) => execFileSync('bash', [script, command], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 600_000 });

module.exports = async () => {
  let wasRunning = true;
  try {
    run('status');
  } catch {
    wasRunning = false;
  }
  try {
    process.env.POSTGRES_TEST_URL = run('start').trim();
  } catch (error) {
    const said = `${error.stderr ?? ''}${error.stdout ?? ''}`.trim();
    throw new Error(
      `PostgreSQL could not be installed or started for the tests (infra/postgres/postgres.sh start):\n${said || error.message}\n` +
        "It needs Debian's postgresql package (apt-get install -y postgresql, run as root) and a free port 25432 (POSTGRES_PORT).",
    );
  }
  if (!wasRunning) globalThis.__postgresStartedByTests = true;
};
