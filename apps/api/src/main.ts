import 'reflect-metadata';
import { ConfigError, loadConfig, MonitorModule, serveWebApp } from '@monitor/api';
import { ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The web app as `npm run build` leaves it beside this app (apps/web/dist).
const webDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist');

/** Starts the embedded platform: one process, SQLite event store, GraphQL at /graphql, the web app at /. */
const main = async () => {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = new ConsoleLogger({ json: config.logFormat === 'json' });
  const app = await NestFactory.create<NestExpressApplication>(MonitorModule.forRoot(config), { logger });
  app.useBodyParser('json', { limit: config.graphql.maxBodyBytes });
  const web = serveWebApp(app, webDir, { oidc: config.oidc });
  app.enableShutdownHooks();
  await app.listen(config.port, config.host);
  const url = (await app.getUrl()).replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
  logger.log(
    {
      message: 'platform ready',
      web: web ? `${url}/` : `not built (${webDir}): npm run build`,
      graphql: `${url}/graphql`,
      health: `${url}/health`,
      dataDir: config.dataDir,
      tokens: config.oidc
        ? `tokens from ${config.oidc.issuer} for audience ${config.oidc.audience} only (role claim "${config.oidc.roleClaim}", province claim "${config.oidc.provinceClaim}")`
        : 'development tokens for this data directory: npm run -s token -- <ANALYST|PROVINCE|AUDITOR|ADMIN> [province-id]',
    },
    'Platform',
  );
};

await main();
