/**
 * Editors' corrections, which always win over inference:
 * - one overrides file (default `<out>/_overrides.yaml`) keyed by report id;
 * - or a sidecar beside a source file, `<file>.meta.yaml`, whose top-level
 *   fields apply to every report in that file and whose `parts:` map sets one part.
 * The overrides file wins over a sidecar.
 */
import { readFile } from 'node:fs/promises';
import { parse, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { formatIssues, overrideSchema, type Override } from '../../src/lib/report-schema.ts';
import { IngestError } from './problems.ts';

export const OVERRIDES_NAME = '_overrides.yaml';
export const SIDECAR_SUFFIX = '.meta.yaml';

const overridesFileSchema = z.record(z.string(), overrideSchema);
const sidecarSchema = overrideSchema.extend({
  /** Per-part overrides, keyed by the 1-based part number. */
  parts: z.record(z.string().regex(/^\d+$/, 'part numbers are whole numbers'), overrideSchema).optional(),
});

export type OverridesById = Record<string, Override>;
export type Sidecar = z.infer<typeof sidecarSchema>;

async function readYaml(file: string, label: string): Promise<unknown | undefined> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return parse(raw) ?? {};
  } catch (err) {
    const line = err instanceof YAMLParseError ? err.linePos?.[0]?.line : undefined;
    throw new IngestError(
      {
        file: label,
        line,
        message: `the YAML cannot be read: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
        hint: 'fix the YAML syntax (indent with spaces, quote values containing ":"), then re-run',
      },
      { cause: err },
    );
  }
}

function validate<T>(schema: z.ZodType<T>, data: unknown, label: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new IngestError({
    file: label,
    message: `invalid override: ${formatIssues(result.error).join('; ')}`,
    hint: 'allowed fields are title, unit, level, year, period, kind, with values as in the frontmatter',
  });
}

/** Reads the overrides file; a missing file means no overrides. */
export async function readOverrides(file: string, label: string): Promise<OverridesById> {
  const data = await readYaml(file, label);
  return data === undefined ? {} : validate(overridesFileSchema, data, label);
}

/** Reads the sidecar of a source file, if there is one. */
export async function readSidecar(sourceAbsPath: string, label: string): Promise<Sidecar | undefined> {
  const data = await readYaml(sourceAbsPath + SIDECAR_SUFFIX, label + SIDECAR_SUFFIX);
  return data === undefined ? undefined : validate(sidecarSchema, data, label + SIDECAR_SUFFIX);
}

/** The override for one report: sidecar (whole file, then part) overlaid by the overrides file. */
export function overrideFor(
  id: string,
  part: number,
  sidecar: Sidecar | undefined,
  byId: OverridesById,
): Override {
  const { parts, ...wholeFile } = sidecar ?? {};
  return { ...wholeFile, ...(parts?.[String(part)] ?? {}), ...(byId[id] ?? {}) };
}
