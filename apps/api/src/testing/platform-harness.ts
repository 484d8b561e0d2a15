import 'reflect-metadata';
import { loadConfig, MonitorModule, TokenService, type MonitorModuleOptions, type Role } from '@monitor/api';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Tests read answers by path; a loose default type keeps them short.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

export interface RunningPlatform {
  readonly url: string;
  /** The Nest application, for tests that look inside (e.g. a projector's listeners). */
  readonly app: INestApplication;
  readonly dataDir: string;
  token(role: Role, provinceId?: string): Promise<string>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

export const freshDataDir = () => mkdtempSync(join(tmpdir(), 'monitor-e2e-'));

/** Starts the real embedded platform (SQLite file, seeds, GraphQL over HTTP) on a free port. */
export const startPlatform = async (
  dataDir = freshDataDir(),
  env: Record<string, string> = {},
  options: MonitorModuleOptions = {},
): Promise<RunningPlatform> => {
  const config = loadConfig({ PORT: '0', MONITOR_DATA_DIR: dataDir, MONITOR_SNAPSHOT_IDLE_MS: '0', ...env });
  const app = await NestFactory.create<NestExpressApplication>(MonitorModule.forRoot(config, options), { logger: ['error', 'warn'] });
  app.useBodyParser('json', { limit: config.graphql.maxBodyBytes });
  app.enableShutdownHooks();
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  // Development tokens exist only without OIDC (then the test signs in at its provider).
  const tokens = config.oidc ? null : app.get(TokenService);
  return {
    url,
    app,
    dataDir,
    token: async (role, provinceId) => {
      if (!tokens) throw new Error('this platform signs in through its OIDC provider: no development tokens');
      return tokens.issue(role, provinceId ?? null, `${role.toLowerCase()}:e2e`);
    },
    async gql(query, variables = {}, token = null) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    stop: () => app.close(),
  };
};
