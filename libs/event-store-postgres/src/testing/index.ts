// Test-only entry point (`@monitor/event-store-postgres/testing`, resolved to the sources, never built).
import { randomUUID } from 'node:crypto';
import pg from 'pg';

/** The server the global setup started (postgres-global-setup.cjs): a spec without it fails, never skips. */
export const postgresTestUrl = (): string => {
  const url = process.env['POSTGRES_TEST_URL'];
  if (!url)
    throw new Error(
      'POSTGRES_TEST_URL is not set: the jest config must use libs/event-store-postgres/src/testing/postgres-global-setup.cjs',
    );
  return url;
};

/** A schema name no other test has used: each store of a test gets empty tables of its own. */
export const freshSchema = (purpose = 't'): string => `${purpose}_${randomUUID().replaceAll('-', '').slice(0, 16)}`;

/** Drops a test's schema and everything in it. */
export const dropSchema = async (schema: string): Promise<void> => {
  const client = new pg.Client({ connectionString: postgresTestUrl() });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(schema)} CASCADE`);
  } finally {
    await client.end();
  }
};
