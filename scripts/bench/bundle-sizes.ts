import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One built script: its path in the extension, raw bytes and gzip bytes (level 9). */
export interface BundleSize {
  file: string;
  bytes: number;
  gzip_bytes: number;
}

function scriptsIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(entry.parentPath, entry.name);
    if (entry.isDirectory()) return scriptsIn(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

/** The size of every script in the build: background, content scripts and chunks. */
export function bundleSizes(extensionDir: string): BundleSize[] {
  return scriptsIn(extensionDir)
    .map((path) => {
      const code = readFileSync(path);
      return {
        file: relative(extensionDir, path),
        bytes: code.length,
        gzip_bytes: gzipSync(code, { level: 9 }).length,
      };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}
