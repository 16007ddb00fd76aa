/**
 * Metadata inference: reads a report's opening, headings and any stated
 * values and decides title, unit, level, year, period and kind, each with the
 * phrase or rule that decided it. One module per field; start there to see
 * why a report got its value.
 */
import type { Kind, Level, Period } from '../../../src/lib/report-schema.ts';
import type { Inferred } from '../types.ts';
import { isAnonymised } from './anonymised.ts';
import { buildContext, type InferInput } from './context.ts';
import { inferKind } from './kind.ts';
import { inferLevel } from './level.ts';
import { inferPeriod } from './period.ts';
import { inferTitle } from './title.ts';
import { inferUnit } from './unit.ts';
import { inferYear } from './year.ts';

export type { InferInput } from './context.ts';

export interface InferredMetadata {
  title: Inferred<string>;
  unit: Inferred<string | null>;
  level: Inferred<Level | null>;
  year: Inferred<number | null>;
  anonymised: boolean;
  period: Inferred<Period | null>;
  kind: Inferred<Kind | null>;
}

export function inferMetadata(input: InferInput): InferredMetadata {
  const ctx = buildContext(input);
  const kind = inferKind(ctx);
  const unit = inferUnit(ctx, kind.value);
  const level = inferLevel(unit.value, ctx.head);
  const { year, hidden } = inferYear(ctx, kind.value);
  const period = inferPeriod(ctx, kind.value);
  const title = inferTitle(ctx.written, { unit: unit.value, year: year.value, period: period.value, kind: kind.value });
  const rebuilt = unit.evidence?.startsWith('重建') ?? false;
  const anonymised = isAnonymised(ctx.head, unit.value, rebuilt, hidden);
  return { title, unit, level, year, anonymised, period, kind };
}
