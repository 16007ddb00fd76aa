/**
 * The one schema of a report's frontmatter, shared by the ingest CLI
 * (`scripts/ingest`) and the site (`src/content.config.ts`).
 * It must not import `astro:content`, so plain Node can load it.
 */
import { z } from 'zod';

/** Administrative levels, from the top down. */
export const LEVELS = ['中央', '省', '市', '区', '县', '乡镇'] as const;
/** Reporting periods a summary can cover. */
export const PERIODS = [
  '全年',
  '上半年',
  '下半年',
  '第一季度',
  '第二季度',
  '第三季度',
  '第四季度',
] as const;
/** What a document is: a summary, a plan, both, or a formal report. */
export const KINDS = ['总结', '计划', '总结和计划', '报告'] as const;
/** Fields whose value ingest infers and an editor may override. */
export const INFERRED_FIELDS = ['title', 'unit', 'level', 'year', 'period', 'kind'] as const;

export const levelSchema = z.enum(LEVELS);
export const periodSchema = z.enum(PERIODS);
export const kindSchema = z.enum(KINDS);

/** Where a report came from; never an absolute path (it is shown on public pages). */
export const sourceSchema = z.strictObject({
  /** Input path relative to the file or folder named on the command line, with `/` separators. */
  file: z
    .string()
    .min(1)
    .refine((p) => !p.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(p) && !p.split('/').includes('..'), {
      message: 'must be a relative path inside the input folder',
    }),
  /** SHA-256 of the input file's bytes, hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits'),
  /** Encoding the input was decoded from, e.g. `utf-8`, `utf-8-bom`, `gb18030`, `utf-16le`, `big5`, `docx`. */
  encoding: z.string().min(1),
  /** 1-based index of this report among the reports found in the file (CSV: the data row). */
  part: z.number().int().min(1),
  /** First and last line of the report in the decoded input, 1-based and inclusive. */
  lines: z.tuple([z.number().int().min(1), z.number().int().min(1)]),
});

/** The phrase (or rule) that decided each inferred field. */
export const evidenceSchema = z.partialRecord(z.enum(INFERRED_FIELDS), z.string());

/** A year as the archive accepts it. */
const yearNumber = z.number().int().min(1900).max(2100);

/** One clue of a year estimate: a phrase of the text naming a dated event, and the years it allows. */
export const yearEstimateClueSchema = z.strictObject({
  /** The phrase as written, an exact substring of the report text (it may include the word around the event, e.g. 抗击). */
  text: z.string().min(1),
  /** The dated event it names, e.g. `芦山地震`. */
  event: z.string().min(1),
  /** When the event happened (`2013-04-20`, `2013-04`, `2013`) or its period (`2011/2015`). */
  date: z.string().regex(/^\d{4}(?:-\d{2}){0,2}(?:\/\d{4}(?:-\d{2}){0,2})?$/, 'must be YYYY, YYYY-MM, YYYY-MM-DD or a period A/B'),
  /** The years this clue allows; `to` is null when it sets no upper bound. */
  constraint: z.strictObject({ from: yearNumber, to: yearNumber.nullable() }),
  /** Why the phrase bounds the year so, in a few words (`规划开局之年`, `提及：不早于其时`). */
  rule: z.string().min(1),
});

/**
 * The year of a report whose text hides it, estimated from the dated events
 * it mentions (`scripts/ingest/infer/year-estimate.ts`). An estimate, never a
 * stated year: `year` stays null beside it.
 */
export const yearEstimateSchema = z
  .strictObject({
    /** The year, when the clues pin a single one; null when they leave a range. */
    year: yearNumber.nullable(),
    /** Earliest year the clues allow. */
    from: yearNumber,
    /** Latest year the clues allow; null when no clue bounds it from above. */
    to: yearNumber.nullable(),
    /** The clues the estimate rests on, those that set its bounds first. */
    evidence: z.array(yearEstimateClueSchema).min(1),
    /** Clues that contradict the estimate and were left out; absent when none did. */
    setAside: z.array(yearEstimateClueSchema).min(1).optional(),
  })
  .refine((e) => e.to === null || e.from <= e.to, { message: 'from must not be after to', path: ['to'] })
  .refine((e) => e.year === null || (e.year === e.from && e.year === e.to), {
    message: 'year is set only when from and to are that year',
    path: ['year'],
  });

export const reportSchema = z.strictObject({
  /** Title as written, or made from unit, period and kind when the text has none. */
  title: z.string().trim().min(1),
  /** Issuing body as written (e.g. `xx区科技局`); null when the text does not say. */
  unit: z.string().trim().min(1).nullable(),
  /** Administrative level of the issuing body; null when unknown. */
  level: levelSchema.nullable(),
  /** Year the report covers, stated in the text or source; null when unstated or anonymised. */
  year: yearNumber.nullable(),
  /** True when the text hides its year or names behind placeholders such as xx or 20xx. */
  anonymised: z.boolean(),
  /** Period covered; null when unknown. */
  period: periodSchema.nullable(),
  /** Summary, plan, both, or a formal report; null when unknown. */
  kind: kindSchema.nullable(),
  /** Where the report was read from. */
  source: sourceSchema,
  /** For each inferred field, the phrase or rule that decided it. */
  evidence: evidenceSchema,
  /**
   * When `year` is null: the year (or range) estimated from the dated events
   * the text mentions, with the phrases it rests on. Absent when nothing in
   * the text dates the report; ingest leaves it out when an editor sets `year`,
   * and the site ignores it beside a known year.
   */
  yearEstimate: yearEstimateSchema.optional(),
});

export type Report = z.infer<typeof reportSchema>;
export type ReportSource = z.infer<typeof sourceSchema>;
export type Level = z.infer<typeof levelSchema>;
export type Period = z.infer<typeof periodSchema>;
export type Kind = z.infer<typeof kindSchema>;
export type InferredField = (typeof INFERRED_FIELDS)[number];
export type Evidence = z.infer<typeof evidenceSchema>;
export type YearEstimate = z.infer<typeof yearEstimateSchema>;
export type YearEstimateClue = z.infer<typeof yearEstimateClueSchema>;

/** Field names an overrides file may set. */
export const overrideSchema = z.strictObject({
  title: reportSchema.shape.title.optional(),
  unit: reportSchema.shape.unit.optional(),
  level: reportSchema.shape.level.optional(),
  year: reportSchema.shape.year.optional(),
  period: reportSchema.shape.period.optional(),
  kind: reportSchema.shape.kind.optional(),
});
export type Override = z.infer<typeof overrideSchema>;

/** One line per problem: `field.path: message`, for people rather than machines. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.length ? issue.path.join('.') : '(frontmatter)';
    return `${path}: ${issue.message}`;
  });
}
