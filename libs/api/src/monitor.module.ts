import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { CommandRunner, FileSnapshotStore, monitoringProjection, type SnapshotStore } from '@monitor/application';
import { SqliteEventStore, type EventStore } from '@monitor/event-store';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { GraphQLModule } from '@nestjs/graphql';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { join } from 'node:path';
import { authenticate } from './auth/authenticate.js';
import { RolesGuard } from './auth/roles.js';
import { resolveJwtSecret, TokenService } from './auth/token.service.js';
import { IssuePlanHandler, RegisterDirectiveHandler } from './commands/plan.handlers.js';
import { taskHandlers } from './commands/task.handlers.js';
import { PLATFORM_CONFIG, type PlatformConfig } from './config/platform-config.js';
import { formatError } from './graphql/error-format.js';
import { ExpectedErrorsFilter } from './graphql/expected-errors.filter.js';
import { loadSchema } from './graphql/schema.js';
import { HealthController } from './health/health.controller.js';
import { MonitoringProjector, MonitoringViews } from './platform/monitoring-views.js';
import { KafkaBridge } from './platform/kafka-bridge.js';
import { PlatformLifecycle } from './platform/platform-lifecycle.js';
import { ProgressReportsReader } from './platform/progress-reports.reader.js';
import { EVENT_STORE, SNAPSHOT_STORE } from './platform/tokens.js';
import { AuditTrailHandler } from './queries/audit-trail.query.js';
import { monitoringQueryHandlers } from './queries/monitoring.queries.js';
import { entityResolvers } from './resolvers/entity.resolvers.js';
import { MutationResolver } from './resolvers/mutation.resolver.js';
import { QueryResolver } from './resolvers/query.resolver.js';

/** The embedded platform: SQLite event store, in-memory read models with snapshots, GraphQL. */
@Module({})
export class MonitorModule {
  static forRoot(config: PlatformConfig): DynamicModule {
    const tokenService = new TokenService(resolveJwtSecret(config.jwtSecret, config.dataDir));
    return {
      module: MonitorModule,
      imports: [
        CqrsModule.forRoot(),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          typeDefs: loadSchema(),
          resolvers: { DateTime: DateTimeResolver, JSON: JSONResolver },
          path: '/graphql',
          introspection: true,
          context: async ({ req }: { req: { headers: { authorization?: string } } }) => ({ principal: await authenticate(tokenService, req.headers.authorization) }),
          formatError,
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: PLATFORM_CONFIG, useValue: config },
        { provide: TokenService, useValue: tokenService },
        { provide: EVENT_STORE, useFactory: (): EventStore => new SqliteEventStore(join(config.dataDir, 'events.sqlite')) },
        { provide: SNAPSHOT_STORE, useFactory: (): SnapshotStore => new FileSnapshotStore(join(config.dataDir, 'read-models')) },
        { provide: CommandRunner, inject: [EVENT_STORE], useFactory: (store: EventStore) => new CommandRunner(store) },
        {
          provide: MonitoringProjector,
          inject: [EVENT_STORE, SNAPSHOT_STORE],
          useFactory: (store: EventStore, snapshots: SnapshotStore) =>
            new MonitoringProjector(store, monitoringProjection, snapshots, { snapshotWhenIdleMs: config.snapshotWhenIdleMs }),
        },
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: APP_FILTER, useClass: ExpectedErrorsFilter },
        MonitoringViews,
        ProgressReportsReader,
        PlatformLifecycle,
        KafkaBridge,
        RegisterDirectiveHandler,
        IssuePlanHandler,
        ...taskHandlers,
        ...monitoringQueryHandlers,
        AuditTrailHandler,
        QueryResolver,
        MutationResolver,
        ...entityResolvers,
      ],
      exports: [TokenService, MonitoringProjector, PlatformLifecycle],
    };
  }
}
