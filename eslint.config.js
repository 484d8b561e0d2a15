import nx from '@nx/eslint-plugin';
import prettierRecommended from 'eslint-plugin-prettier/recommended';

// Frameworks, stores and brokers stay at the edges: the pure layers may not import them.
const infrastructure = [
  '@nestjs/*',
  '@apollo/*',
  'graphql',
  'graphql-*',
  'kafkajs',
  'better-sqlite3',
  '@kurrent/*',
  '@eventstore/*',
  'jose',
  'express',
  'ws',
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '**/*.cjs', 'tools/**/*.js'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: infrastructure },
            // The one way in: sources' plain inputs to complete commands, pure mapping over the domain.
            { sourceTag: 'type:intake', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: infrastructure },
            { sourceTag: 'type:read-model', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: infrastructure },
            // The seeds are read from their documents by the plan reader (intake), as a province's upload is.
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:domain', 'type:intake'], bannedExternalImports: infrastructure },
            {
              sourceTag: 'type:data-access',
              onlyDependOnLibsWithTags: ['type:domain', 'type:data-access'],
              bannedExternalImports: ['@nestjs/*', '@apollo/*', 'graphql', 'kafkajs'],
            },
            {
              sourceTag: 'type:application',
              onlyDependOnLibsWithTags: ['type:domain', 'type:read-model', 'type:data-access', 'type:data', 'type:application'],
              bannedExternalImports: ['@nestjs/*', '@apollo/*', 'graphql', 'kafkajs', 'better-sqlite3', '@kurrent/*'],
            },
            {
              sourceTag: 'type:messaging',
              onlyDependOnLibsWithTags: ['type:domain', 'type:intake', 'type:data', 'type:data-access', 'type:application'],
              bannedExternalImports: ['@nestjs/*', '@apollo/*', 'graphql'],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: [
                'type:domain',
                'type:intake',
                'type:read-model',
                'type:data-access',
                'type:application',
                'type:data',
                'type:messaging',
              ],
            },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:feature',
                'type:domain',
                'type:intake',
                'type:read-model',
                'type:data-access',
                'type:application',
                'type:data',
                'type:messaging',
              ],
            },
            // Bounded areas. The domain is the shared kernel; a read model sees only it; recording (the
            // store, the command runner, the projector, the seeds) feeds the read models; audit verifies
            // what recording wrote; integration (Kafka) and the API are ways in. The type tags above keep
            // the layers in order within an area: the messaging library cannot reach the API's features.
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:monitoring', onlyDependOnLibsWithTags: ['scope:shared', 'scope:monitoring'] },
            { sourceTag: 'scope:recording', onlyDependOnLibsWithTags: ['scope:shared', 'scope:monitoring', 'scope:recording'] },
            { sourceTag: 'scope:audit', onlyDependOnLibsWithTags: ['scope:shared', 'scope:monitoring', 'scope:recording', 'scope:audit'] },
            // The ingest app is wired with the API's configuration and store factory.
            {
              sourceTag: 'scope:integration',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:monitoring', 'scope:recording', 'scope:integration', 'scope:api'],
            },
            {
              sourceTag: 'scope:api',
              onlyDependOnLibsWithTags: [
                'scope:shared',
                'scope:monitoring',
                'scope:recording',
                'scope:audit',
                'scope:integration',
                'scope:api',
              ],
            },
            // The web app talks to the platform only through its public GraphQL API: it imports no library of it.
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: [] },
            {
              sourceTag: 'scope:bench',
              onlyDependOnLibsWithTags: [
                'scope:shared',
                'scope:monitoring',
                'scope:recording',
                'scope:audit',
                'scope:integration',
                'scope:api',
              ],
            },
          ],
        },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `const { a, ...rest } = x` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true }],
    },
  },
  {
    // The domain and the intake are pure: no file system, clock sources or crypto of the platform (Nx's rule covers packages only).
    files: ['libs/domain/**/*.ts', 'libs/intake/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'crypto', 'os', 'child_process'],
              message: 'the domain is pure TypeScript: no Node built-ins',
            },
          ],
        },
      ],
    },
  },
  {
    // One way to read: the API looks the views up through MonitoringReads alone (platform/monitoring-reads.ts),
    // and reads need no query bus (why: see there). Writes go through the command bus.
    files: ['libs/api/src/**/*.ts'],
    ignores: ['libs/api/src/platform/monitoring-reads.ts', '**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='state'][object.name=/^(projector|views)$/]",
          message: 'read the views through MonitoringReads',
        },
        {
          selector: "MemberExpression[property.name='state'][object.property.name=/^(projector|views)$/]",
          message: 'read the views through MonitoringReads',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@nestjs/cqrs',
              importNames: ['QueryBus', 'QueryHandler', 'Query', 'IQueryHandler'],
              message: 'reads go through MonitoringReads, not a query bus',
            },
          ],
        },
      ],
    },
  },
  // Read models: meaning first, speed beside it. Figures and views never reach for the columns or
  // the queries; the columns (kept from the views) never for the queries.
  ...[
    ['libs/read-models/src/figures/**/*.ts', ['../columns/*', '../queries/*'], ['**/*.spec.ts']],
    ['libs/read-models/src/views/**/*.ts', ['../columns/*', '../queries/*'], ['**/*.spec.ts']],
    ['libs/read-models/src/columns/**/*.ts', ['../queries/*'], ['**/*.spec.ts']],
  ].map(([files, group, ignores = []]) => ({
    files: [files],
    ignores,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group, message: 'read models: columns depend on views and figures, queries on both, never the reverse' }] },
      ],
    },
  })),
  // One format, Prettier's (.prettierrc.json), checked by lint; last, so no other rule argues with it.
  prettierRecommended,
];
