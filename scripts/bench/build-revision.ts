import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Builds the Chromium extension of a git revision (`npm run build` in a
 * temporary worktree sharing this checkout's node_modules) and copies it to
 * `outDir`. The worktree is removed afterwards, whatever happens.
 */
export function buildRevision(revision: string, outDir: string): void {
  const tree = mkdtempSync(join(tmpdir(), 'interview-lens-rev-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, stdio: 'pipe' });
  git('worktree', 'add', '--detach', '--force', tree, revision);
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
    execFileSync('npm', ['run', '-s', 'build'], { cwd: tree, stdio: 'pipe' });
    cpSync(join(tree, '.output/chrome-mv3'), outDir, { recursive: true });
  } finally {
    git('worktree', 'remove', '--force', tree);
    rmSync(tree, { recursive: true, force: true });
  }
}
