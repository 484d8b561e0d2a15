// Checks the relative links of README.md and docs/**/*.md: each file exists and each #anchor is a
// heading of its target (GitHub's slugs). Usage: node .ci/check-links.mjs; exit 1 on a broken link.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const markdown = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdown(path) : name.endsWith('.md') ? [path] : [];
  });
const slug = (heading) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
const anchors = (file) => {
  const seen = new Map();
  return new Set(
    readFileSync(file, 'utf8')
      .replace(/```[\s\S]*?```/g, '')
      .split('\n')
      .filter((line) => /^#{1,6} /.test(line))
      .map((line) => {
        const base = slug(line.replace(/^#+ /, ''));
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        return n ? `${base}-${n}` : base;
      }),
  );
};

let broken = 0;
for (const file of [join(root, 'README.md'), ...markdown(join(root, 'docs'))]) {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/.test(target)) continue; // https:, mailto:
    const [path, anchor] = target.split('#');
    const to = path ? resolve(dirname(file), path) : file;
    const fault = !existsSync(to) ? 'no such file' : anchor && to.endsWith('.md') && !anchors(to).has(anchor) ? 'no such heading' : null;
    if (fault) {
      broken++;
      console.log(`${relative(root, file)}: ${target}: ${fault}`);
    }
  }
}
console.log(broken ? `${broken} broken links` : 'every relative link resolves');
process.exit(broken ? 1 : 0);
