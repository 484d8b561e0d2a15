import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import {
  CommandRunner,
  DocumentFiles,
  DraftApproval,
  FileSnapshotStore,
  monitoringProjection,
  type SnapshotStore,
} from '@monitor/application';
import type { EventStore } from '@monitor/event-store';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { GraphQLModule } from '@nestjs/graphql';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { join } from 'node:path';
import { parkedEventsProviders } from './admin/parked-events.resolver.js';
import { requestContext } from './auth/request-context.js';
import { RolesGuard } from './auth/roles.js';
import { RegisteredProvinces, RegisteredProvincesOnly } from './auth/registered-provinces.js';
import { TokenService } from './auth/token.service.js';
import { tokenVerifier } from './auth/token-verifier.factory.js';
import { TOKEN_VERIFIER } from './auth/token-verifier.js';
import { ApproveDraftHandler } from './commands/approve-draft.js';
import { RecordMutationHandler } from './commands/record-mutation.js';
import { DRAFT_DOCUMENT, type DraftDocument } from './documents/draft-document.js';
import { planReader } from './documents/plan-reader.js';
import { DocumentDraftResolver, DraftStreams, PlanSourceResolver, TaskSourceResolver } from './documents/draft.fields.js';
import { DraftResolver } from './documents/draft.resolver.js';
import { DocumentsController } from './documents/documents.controller.js';
import { PLATFORM_CONFIG, type PlatformConfig } from './config/platform-config.js';
import { openEventStore } from './platform/event-store.factory.js';
import { formatError } from './graphql/error-format.js';
import { ExpectedErrorsFilter } from './graphql/expected-errors.filter.js';
import { queryLimitRules } from './graphql/query-limits.js';
import { refusalStatusPlugin } from './graphql/refusal-status.plugin.js';
import { loadSchema } from './graphql/schema.js';
import { HealthController } from './health/health.controller.js';
import { MonitoringReads } from './platform/monitoring-reads.js';
import { logParkedEvent, MonitoringProjector } from './platform/monitoring-views.js';
import { KafkaBridge } from './platform/kafka-bridge.js';
import { PlatformLifecycle } from './platform/platform-lifecycle.js';
import { ProgressReportsReader } from './platform/progress-reports.reader.js';
import { EVENT_STORE, SNAPSHOT_STORE } from './platform/tokens.js';
import { AuditTrail } from './queries/audit-trail.query.js';
import { LateReportCorrections } from './queries/late-report-corrections.query.js';
import { AuditCheckpoints } from './platform/audit-checkpoints.js';
import { VerificationResolver } from './resolvers/verification.resolver.js';
import { entityResolvers } from './resolvers/entity.resolvers.js';
import { MutationResolver } from './resolvers/mutation.resolver.js';
import { OrgUnitMutationResolver } from './resolvers/org-unit.resolver.js';
import { QueryResolver } from './resolvers/query.resolver.js';
import { graphqlWsOptions } from './subscriptions/graphql-ws.options.js';
import { LiveFeeds } from './subscriptions/live-feeds.js';
import { SubscriptionLimits } from './subscriptions/subscription-limits.js';
import { SubscriptionResolver } from './subscriptions/subscription.resolver.js';

/** What a caller of forRoot may plug in. */
export interface MonitorModuleOptions {
  /** The document reader proposeDraft calls; the platform's plan reader unless a caller plugs in another. */
  readonly draftDocument?: DraftDocument;
}

/** The embedded platform: SQLite event store, in-memory read models with snapshots, GraphQL. */
@Module({})
export class MonitorModule {
  static forRoot(config: PlatformConfig, options: MonitorModuleOptions = {}): DynamicModule {
    const verifier = tokenVerifier(config);
    // HTTP, WebSocket and Kafka callers all go through it; a province must be registered in the read models.
    const provinces = new RegisteredProvinces();
    const tokens = new RegisteredProvincesOnly(verifier, provinces);
    // The embedded default's development tokens, for its tests and tools; none with OIDC.
    const developmentTokens = verifier instanceof TokenService ? [{ provide: TokenService, useValue: verifier }] : [];
    const subscriptionLimits = new SubscriptionLimits(config.subscriptionLimits);
    return {
      module: MonitorModule,
      imports: [
        CqrsModule.forRoot(),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          typeDefs: loadSchema(),
          resolvers: { DateTime: DateTimeResolver, JSON: JSONResolver },
          path: '/graphql',
          // Nest's GraphiQL page loads React and GraphiQL from a public CDN: blank on a closed network. The
          // web app (apps/web, served at /) is the way in for people.
          graphiql: false,
          introspection: true,
          context: requestContext(tokens),
          subscriptions: { 'graphql-ws': graphqlWsOptions(tokens, subscriptionLimits, config.graphql) },
          // Refused before any resolver runs: too many tokens while parsing, then depth, aliases, cost.
          parseOptions: { maxTokens: config.graphql.maxTokens },
          validationRules: queryLimitRules(config.graphql),
          // One operation per request: a JSON array of them is refused (400).
          allowBatchedHttpRequests: false,
          // The status comes from refusalStatusPlugin alone (Nest's own plugin would set 200 after it).
          plugins: [refusalStatusPlugin],
          preserveHttpStatusForExecutionErrors: false,
          // A refused query says what is wrong; the server's stack is for its log, whatever NODE_ENV says.
          includeStacktraceInErrorResponses: false,
          formatError,
        }),
      ],
      controllers: [HealthController, DocumentsController],
      providers: [
        { provide: PLATFORM_CONFIG, useValue: config },
        { provide: TOKEN_VERIFIER, useValue: tokens },
        ...developmentTokens,
        { provide: SubscriptionLimits, useValue: subscriptionLimits },
        { provide: EVENT_STORE, useFactory: (): EventStore => openEventStore(config) },
        { provide: SNAPSHOT_STORE, useFactory: (): SnapshotStore => new FileSnapshotStore(join(config.dataDir, 'read-models')) },
        { provide: CommandRunner, inject: [EVENT_STORE], useFactory: (store: EventStore) => new CommandRunner(store) },
        {
          provide: DraftApproval,
          inject: [EVENT_STORE, CommandRunner],
          useFactory: (store: EventStore, runner: CommandRunner) => new DraftApproval(store, runner),
        },
        // Uploaded documents, content-addressed, beside the SQLite file (see docs/importer-review.md).
        { provide: DocumentFiles, useFactory: () => new DocumentFiles(join(config.dataDir, 'documents')) },
        { provide: DRAFT_DOCUMENT, useValue: options.draftDocument ?? planReader },
        {
          provide: MonitoringProjector,
          inject: [EVENT_STORE, SNAPSHOT_STORE],
          useFactory: (store: EventStore, snapshots: SnapshotStore) =>
            provinces.follow(
              new MonitoringProjector(store, monitoringProjection, snapshots, {
                snapshotWhenIdleMs: config.snapshotWhenIdleMs,
                onError: logParkedEvent,
              }),
            ),
        },
        {
          provide: MonitoringReads,
          inject: [MonitoringProjector],
          useFactory: (projector: MonitoringProjector) => MonitoringReads.of(projector),
        },
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: APP_FILTER, useClass: ExpectedErrorsFilter },
        ProgressReportsReader,
        PlatformLifecycle,
        AuditCheckpoints,
        KafkaBridge,
        RecordMutationHandler,
        ApproveDraftHandler,
        DraftStreams,
        DraftResolver,
        DocumentDraftResolver,
        TaskSourceResolver,
        PlanSourceResolver,
        AuditTrail,
        LateReportCorrections,
        QueryResolver,
        VerificationResolver,
        MutationResolver,
        OrgUnitMutationResolver,
        ...entityResolvers,
        LiveFeeds,
        SubscriptionResolver,
        ...parkedEventsProviders,
      ],
      exports: [TOKEN_VERIFIER, ...developmentTokens.map((p) => p.provide), MonitoringProjector, PlatformLifecycle, AuditCheckpoints],
    };
  }
}
