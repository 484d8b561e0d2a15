// Test-only: the library as compiled JavaScript, for child processes (plain `node` cannot run TypeScript).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const libraryRoot = fileURLToPath(new URL('../..', import.meta.url));
const sourceDirectory = join(libraryRoot, 'src');
const compiledIndex = join(libraryRoot, 'dist', 'index.js');
/** Written by every build that changed something, unlike the outputs of files that did not change. */
const buildInfo = join(libraryRoot, 'dist', 'tsconfig.tsbuildinfo');

/** Production sources only: specs and test helpers are not compiled. */
const newestSourceChange = (): number =>
  readdirSync(sourceDirectory)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts') && !name.endsWith('.contract.ts'))
    .reduce((newest, name) => Math.max(newest, statSync(join(sourceDirectory, name)).mtimeMs), 0);

/**
 * The URL of the compiled library index. `npm test` builds before testing; when the build is
 * missing or older than the sources (a test run straight after an edit), it builds it first, so
 * the child never runs stale code.
 */
export const compiledEventStoreUrl = (): string => {
  if (!existsSync(compiledIndex) || !existsSync(buildInfo) || statSync(buildInfo).mtimeMs < newestSourceChange()) buildProject(libraryRoot);
  return pathToFileURL(compiledIndex).href;
};

/**
 * Builds a project of the workspace and those it references (`tsc -b`: incremental, quick when
 * `npm test` has built it), for code a test runs outside Jest: a child process, a worker thread.
 */
export const buildProject = (projectDirectory: string): void => {
  const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
  try {
    execFileSync(process.execPath, [tsc, '-b', projectDirectory], { stdio: 'pipe' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`building ${projectDirectory} failed:\n${stdout?.toString() ?? ''}${stderr?.toString() ?? ''}`);
  }
};

const workspaceRoot = fileURLToPath(new URL('../../../..', import.meta.url));
const builtProjects = new Set<string>();

/**
 * A worker module of a workspace project as compiled, for a test that starts the worker thread: a
 * thread runs JavaScript, and Jest runs the sources. The project is built first (once per test
 * file), so the worker is never older than the sources. `project`: its folder from the workspace
 * root (`libs/messaging`); `module`: the worker's path under `src`, compiled (`ingest/x.worker.js`).
 */
export const compiledWorker = (project: string, module: string): URL => {
  const projectDirectory = join(workspaceRoot, project);
  if (!builtProjects.has(projectDirectory)) buildProject(projectDirectory);
  builtProjects.add(projectDirectory);
  const file = join(projectDirectory, 'dist', module);
  if (!existsSync(file)) throw new Error(`no compiled worker ${file}`);
  return pathToFileURL(file);
};
