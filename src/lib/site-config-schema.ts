/**
 * The schema of the site settings file (`content/site.json`).
 * Plain zod, no Astro imports, so `astro.config.mjs`, pages and tests share it.
 */
import { z } from 'zod';

/** Footer fields required of Chinese government sites; each is shown only when set. */
export const footerSchema = z.strictObject({
  /** 主办单位: the body that runs the site, e.g. `xx市人民政府办公室`. */
  sponsor: z.string().trim().min(1).optional(),
  /** 网站标识码 issued by the State Council's site registry, e.g. `1101000001`. */
  siteCode: z.string().trim().min(1).optional(),
  /** ICP备案号, e.g. `京ICP备05070218号`; linked to beian.miit.gov.cn. */
  icp: z.string().trim().min(1).optional(),
  /** 公安备案号, e.g. `京公网安备11010202000001号`; linked to beian.mps.gov.cn. */
  psb: z.string().trim().min(1).optional(),
  /** Contact line, e.g. an e-mail address or telephone number. */
  contact: z.string().trim().min(1).optional(),
});

export const siteConfigSchema = z.strictObject({
  /** Site title shown in the header and `<title>`. Default `汇报`. */
  title: z.string().trim().min(1).default('汇报'),
  /** One sentence about the archive, for the home page and the feed. */
  description: z.string().trim().min(1).default('政府工作总结与工作报告公开档案'),
  /** Who publishes the archive; named in the 引用格式 line and the feed. Optional. */
  publisher: z.string().trim().min(1).optional(),
  /** Public origin, e.g. `https://example.gov.cn`; needed for absolute URLs in the feed and sitemap. Env `HUIBAO_SITE`. */
  site: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://example.gov.cn' })
    .optional(),
  /** Sub-path the site is served under, e.g. `/archive/`. Default `/`. Env `HUIBAO_BASE`. */
  base: z
    .string()
    .regex(/^\/([A-Za-z0-9._~-]+\/)*$/, 'must start and end with "/" and use only A-Z a-z 0-9 . _ ~ -')
    .default('/'),
  /** Folder of report Markdown files, relative to the project root. Default `content/reports`. Env `HUIBAO_CONTENT`. */
  content: z.string().trim().min(1).default('content/reports'),
  /**
   * Write `reports/<id>.txt`, each report's plain text, for download. Default `true`. Env
   * `HUIBAO_REPORT_TEXT_FILES`. `false` halves the number of files (for hosts that cap a deploy);
   * the full texts stay in `data/reports.jsonl`.
   */
  reportTextFiles: z.boolean().default(true),
  /** Footer fields. */
  footer: footerSchema.default({}),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;
export type SiteConfigInput = z.input<typeof siteConfigSchema>;

/** How to fix a bad value, by top-level field. */
const HINTS: Record<string, string> = {
  title: 'set "title" to a non-empty string, e.g. "汇报"',
  description: 'set "description" to one sentence, or remove it',
  publisher: 'set "publisher" to the publishing body, or remove it',
  site: 'set "site" (or HUIBAO_SITE) to the public origin, e.g. "https://example.gov.cn"',
  base: 'set "base" (or HUIBAO_BASE) to a sub-path such as "/archive/", or "/" for the root',
  content: 'set "content" (or HUIBAO_CONTENT) to the folder of report .md files',
  reportTextFiles: 'set "reportTextFiles" to true or false (HUIBAO_REPORT_TEXT_FILES: "true" or "false")',
  footer: 'footer takes only sponsor, siteCode, icp, psb and contact, each a non-empty string',
};

/** One line per problem: `<file>: <field>: <message> (hint: ...)`. */
export function formatConfigIssues(error: z.ZodError, file: string): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.length ? issue.path.join('.') : '(file)';
    const hint =
      issue.path.length === 0 && issue.code === 'unrecognized_keys'
        ? `remove it; the known fields are ${Object.keys(siteConfigSchema.shape).join(', ')}`
        : (HINTS[String(issue.path[0])] ?? 'see the site settings in README.md');
    return `${file}: ${path}: ${issue.message} (hint: ${hint})`;
  });
}
