/**
 * Reads the site settings: `content/site.json` (or the file named by
 * `HUIBAO_CONFIG`), then the `HUIBAO_*` environment variables, which win.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatConfigIssues, siteConfigSchema, type SiteConfig } from './site-config-schema.ts';

export const DEFAULT_CONFIG_FILE = 'content/site.json';

/** A site settings problem; `lines` has one line per field, ready to print. */
export class SiteConfigError extends Error {
  lines: string[];
  constructor(lines: string[], options?: { cause?: unknown }) {
    super(`Invalid site settings:\n  ${lines.join('\n  ')}`, options);
    this.name = 'SiteConfigError';
    this.lines = lines;
  }
}

type Env = Record<string, string | undefined>;

function readSettingsFile(path: string, file: string, explicit: boolean): Record<string, unknown> {
  if (!existsSync(path)) {
    if (explicit) {
      throw new SiteConfigError([`${file}: file not found (hint: fix HUIBAO_CONFIG or create the file)`]);
    }
    return {};
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new SiteConfigError([`${file}: not valid JSON: ${why} (hint: check commas and quotes)`], { cause });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new SiteConfigError([`${file}: must hold a JSON object such as {"title": "汇报"}`]);
  }
  return parsed as Record<string, unknown>;
}

/** Loads and validates the settings; throws `SiteConfigError` listing every bad field. */
export function loadSiteConfig(env: Env = process.env, root: string = process.cwd()): SiteConfig {
  const file = env.HUIBAO_CONFIG || DEFAULT_CONFIG_FILE;
  const raw = readSettingsFile(resolve(root, file), file, Boolean(env.HUIBAO_CONFIG));
  const fromEnv: Record<string, unknown> = {};
  if (env.HUIBAO_CONTENT) fromEnv.content = env.HUIBAO_CONTENT;
  if (env.HUIBAO_BASE) fromEnv.base = normaliseBase(env.HUIBAO_BASE);
  if (env.HUIBAO_SITE) fromEnv.site = env.HUIBAO_SITE;
  if (env.HUIBAO_REPORT_TEXT_FILES) fromEnv.reportTextFiles = envBoolean(env.HUIBAO_REPORT_TEXT_FILES);
  const result = siteConfigSchema.safeParse({ ...raw, ...fromEnv });
  if (!result.success) throw new SiteConfigError(formatConfigIssues(result.error, file));
  return result.data;
}

/** `true`/`1`/`yes` and `false`/`0`/`no`, any case; anything else is left as text for the schema to reject. */
export function envBoolean(value: string): boolean | string {
  const v = value.trim().toLowerCase();
  if (['true', '1', 'yes'].includes(v)) return true;
  if (['false', '0', 'no'].includes(v)) return false;
  return value;
}

/** `archive` and `/archive` mean `/archive/`: forgive the slashes people leave off. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The settings astro.config.mjs validated, put into the site's code by Vite's
 * `define`: pages see exactly those, whatever folder `astro build` runs in
 * (a build into a folder outside the project runs there; see
 * scripts/site/astro-command.ts). Undefined outside an Astro build.
 */
declare const __HUIBAO_SITE_CONFIG__: SiteConfig | undefined;

let cached: SiteConfig | undefined;

/** The settings of this build, read once. */
export function siteConfig(): SiteConfig {
  cached ??= typeof __HUIBAO_SITE_CONFIG__ === 'undefined' ? loadSiteConfig() : __HUIBAO_SITE_CONFIG__;
  return cached;
}

/** The report folder must exist; an empty folder is fine (an archive before its first ingest). */
export function checkContentFolder(config: SiteConfig, root: string = process.cwd()): void {
  if (!existsSync(resolve(root, config.content))) {
    throw new SiteConfigError([
      `content: folder "${config.content}" not found (hint: run "npm run ingest" to create it, or set HUIBAO_CONTENT to the folder of report .md files)`,
    ]);
  }
}
