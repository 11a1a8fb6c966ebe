import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The content-world budget (content/content-world.ts): everything a page's
 * content world evaluates before the first hover, across every script and every
 * part it loads, and within that what a page without Chinese evaluates. That
 * second figure holds the stylesheet of every mark look, which must be in place
 * before the page first renders (lib/page/mark-looks.ts): about 400 bytes of it.
 */
export const CONTENT_WORLD_BUDGET = { beforeFirstHover: 25_000, withoutChinese: 2_560 };

/** When a page evaluates a file of the content world. */
export type ContentWorldStage = 'every page' | 'pages with Chinese' | 'first hover';

/**
 * Parts loaded on demand, by the file each is built to, and when they load.
 * A web-accessible script not named here fails the budget check, so a new
 * part cannot slip past it unclassified.
 */
const PART_STAGES: Record<string, ContentWorldStage> = {
  'content-lens.js': 'pages with Chinese',
  'content-card.js': 'first hover',
};

export interface ContentWorldFile {
  file: string;
  stage: ContentWorldStage;
  gzip_bytes: number;
}

interface ManifestFields {
  content_scripts?: { js?: string[] }[];
  web_accessible_resources?: (string | { resources: string[] })[];
}

/** Every script of the content world in a built extension, read from its manifest. */
export function contentWorldFiles(extensionDir: string): ContentWorldFile[] {
  const manifest: ManifestFields = JSON.parse(
    readFileSync(join(extensionDir, 'manifest.json'), 'utf8'),
  );
  const gzipBytes = (file: string) =>
    gzipSync(readFileSync(join(extensionDir, file)), { level: 9 }).length;
  const declared = (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);
  const accessible = (manifest.web_accessible_resources ?? [])
    .flatMap((entry) => (typeof entry === 'string' ? [entry] : entry.resources))
    .filter((file) => file.endsWith('.js'));
  return [
    ...declared.map((file) => ({ file, stage: 'every page' as const })),
    ...accessible.map((file) => {
      const stage = PART_STAGES[file];
      if (!stage) throw new Error(`${file} is web-accessible but not a known content-world part`);
      return { file, stage };
    }),
  ].map((entry) => ({ ...entry, gzip_bytes: gzipBytes(entry.file) }));
}

/** The two budget figures: before the first hover, and on a page without Chinese. */
export function contentWorldTotals(files: readonly ContentWorldFile[]): {
  beforeFirstHover: number;
  withoutChinese: number;
} {
  const sum = (stages: ContentWorldStage[]) =>
    files.filter((f) => stages.includes(f.stage)).reduce((n, f) => n + f.gzip_bytes, 0);
  return {
    beforeFirstHover: sum(['every page', 'pages with Chinese']),
    withoutChinese: sum(['every page']),
  };
}
