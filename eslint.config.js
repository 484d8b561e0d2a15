import nx from '@nx/eslint-plugin';

// Frameworks, stores and brokers stay at the edges: the pure layers may not import them.
const infrastructure = ['@nestjs/*', '@apollo/*', 'graphql', 'graphql-*', 'kafkajs', 'better-sqlite3', '@kurrent/*', '@eventstore/*', 'jose', 'express', 'ws'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '**/*.cjs', 'tools/**/*.js'] },
  {
    files: ['**/*.ts'],
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
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: infrastructure },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:domain', 'type:data-access'], bannedExternalImports: ['@nestjs/*', '@apollo/*', 'graphql', 'kafkajs'] },
            { sourceTag: 'type:application', onlyDependOnLibsWithTags: ['type:domain', 'type:read-model', 'type:data-access', 'type:data'], bannedExternalImports: ['@nestjs/*', '@apollo/*', 'graphql', 'kafkajs', 'better-sqlite3', '@kurrent/*'] },
            { sourceTag: 'type:messaging', onlyDependOnLibsWithTags: ['type:domain', 'type:intake', 'type:data', 'type:data-access', 'type:application'], bannedExternalImports: ['@nestjs/*', '@apollo/*', 'graphql'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:domain', 'type:intake', 'type:read-model', 'type:data-access', 'type:application', 'type:data', 'type:messaging'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:domain', 'type:intake', 'type:read-model', 'type:data-access', 'type:application', 'type:data', 'type:messaging'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:shared', 'scope:api'] },
          ],
        },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The domain and the intake are pure: no file system, clock sources or crypto of the platform (Nx's rule covers packages only).
    files: ['libs/domain/**/*.ts', 'libs/intake/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'crypto', 'os', 'child_process'], message: 'the domain is pure TypeScript: no Node built-ins' }] }],
    },
  },
];
