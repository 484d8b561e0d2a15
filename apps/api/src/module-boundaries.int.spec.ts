import { ESLint } from 'eslint';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Lints a file as if it stood at `path` in the workspace, with the workspace's own lint rules. */
const lintAs = async (path: string, code: string) => {
  const [result] = await new ESLint({ cwd: root }).lintText(code, { filePath: join(root, path) });
  return result.messages
    .filter((m) => m.ruleId === '@nx/enforce-module-boundaries' || m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
};

// Nx computes its project graph before running any target; the rule needs it (run through `nx`).
describe('module boundaries, as lint enforces them', () => {
  it('fails a domain file that imports a framework, a store client or a Node built-in', async () => {
    for (const library of ['@nestjs/common', '@nestjs/cqrs', 'better-sqlite3', '@kurrent/kurrentdb-client', 'graphql', 'jose', 'kafkajs']) {
      const messages = await lintAs('libs/domain/src/boundary-probe.ts', `import * as x from '${library}';\nexport const probe = x;\n`);
      expect(messages).toEqual([expect.stringContaining(`not allowed to import "${library}"`)]);
    }
    const builtIn = await lintAs(
      'libs/domain/src/boundary-probe.ts',
      `import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n`,
    );
    expect(builtIn).toEqual([expect.stringContaining('the domain is pure TypeScript: no Node built-ins')]);
  });

  it('fails a domain file that imports an outer layer of the workspace', async () => {
    const messages = await lintAs(
      'libs/domain/src/boundary-probe.ts',
      `import { CommandRunner } from '@monitor/application';\nexport const probe = CommandRunner;\n`,
    );
    // Every library depends on the domain, so Nx reports the cycle such an import would close.
    expect(messages).toEqual([
      expect.stringMatching(
        /tagged with "type:domain" can only depend on libs tagged with "type:domain"|Circular dependency between "domain" and "application"/,
      ),
    ]);
  });

  it("keeps each bounded area to the areas it may use: neither integration nor the auditors' CLI reaches where it should not", async () => {
    // The layers allow both imports (messaging may use application libraries, an app messaging); only the scope tags refuse them.
    const messages = await lintAs(
      'libs/messaging/src/boundary-probe.ts',
      `import { verifyStore } from '@monitor/audit';\nexport const probe = verifyStore;\n`,
    );
    expect(messages).toEqual([expect.stringContaining('tagged with "scope:integration" can only depend on libs tagged with')]);
    const cli = await lintAs(
      'apps/cli/src/boundary-probe.ts',
      `import { KafkaPipeline } from '@monitor/messaging';\nexport const probe = KafkaPipeline;\n`,
    );
    expect(cli).toEqual([expect.stringContaining('tagged with "scope:audit" can only depend on libs tagged with')]);
    expect(
      await lintAs('apps/cli/src/boundary-probe.ts', `import { verifyStore } from '@monitor/audit';\nexport const probe = verifyStore;\n`),
    ).toEqual([]);
  });

  it('keeps NestJS out of the messaging library, which may use kafkajs', async () => {
    const nest = await lintAs(
      'libs/messaging/src/boundary-probe.ts',
      `import { Injectable } from '@nestjs/common';\nexport const probe = Injectable;\n`,
    );
    expect(nest).toEqual([expect.stringContaining('not allowed to import "@nestjs/common"')]);
    expect(await lintAs('libs/messaging/src/boundary-probe.ts', `import { Kafka } from 'kafkajs';\nexport const probe = Kafka;\n`)).toEqual(
      [],
    );
  });

  it('lets the API layer import NestJS', async () => {
    expect(
      await lintAs('libs/api/src/boundary-probe.ts', `import { Injectable } from '@nestjs/common';\nexport const probe = Injectable;\n`),
    ).toEqual([]);
  });
});
