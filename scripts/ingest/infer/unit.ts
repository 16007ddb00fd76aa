/**
 * The issuing body. In order: what the input states (a CSV `province` column
 * becomes that province's 人民政府); for a government report, the government
 * the speaker represents; the name that opens a summary; the unit in its
 * title; a name rebuilt from 我局/我科. Rebuilt names put `xx` where the place
 * name would be and say `重建` in their evidence.
 */
import type { Kind } from '../../../src/lib/report-schema.ts';
import type { Inferred } from '../types.ts';
import type { Context } from './context.ts';
import { quotedRule, statedRule } from './evidence.ts';
import { governmentUnit } from './unit-government.ts';
import { pronounUnit } from './unit-pronoun.ts';
import { writtenUnit } from './unit-written.ts';
import { hasPlace, leadershipPlace, ORG_SUFFIX_SRC } from './unit-names.ts';

/** A region's bare name, as in the provincial CSVs: `云南省`, `宁夏回族自治区`, `北京市`. */
const BARE_REGION = /^[\u4e00-\u9fa5]{2,12}?(?:省|自治区|特别行政区|市)$/u;
/** The unit a title starts with: `xx县教育局2013年工作总结` → xx县教育局. */
const TITLE_UNIT = new RegExp(
  `^([^\\s，,。0-9０-９]{2,24}?(?:${ORG_SUFFIX_SRC}))(?=[0-9０-９xX×]|[一二][〇○零]|上半年|下半年|第?[一二三四]季度|年度|关于|工作|政府工作报告)`,
  'u',
);

function statedUnit(ctx: Context): Inferred<string> | null {
  const unit = ctx.stated.unit?.trim();
  if (!unit) return null;
  // A region alone names a place, not a body; the body that reports to its congress is its government.
  if (BARE_REGION.test(unit)) return { value: `${unit}人民政府`, evidence: statedRule(ctx.fileName, 'province', unit) };
  return { value: unit, evidence: statedRule(ctx.fileName, 'unit', unit) };
}

function titleUnit(ctx: Context): Inferred<string> | null {
  const m = ctx.written ? TITLE_UNIT.exec(ctx.written.value) : null;
  if (!m || m[1] === '政府') return null;
  if (hasPlace(m[1])) return { value: m[1], evidence: ctx.written!.evidence };
  const place = leadershipPlace(ctx.head);
  if (!place) return null;
  return { value: `xx${place.char}${m[1]}`, evidence: quotedRule('重建：标题', [m[1], place.phrase]) };
}

export function inferUnit(ctx: Context, kind: Kind | null): Inferred<string | null> {
  const found =
    statedUnit(ctx) ??
    (kind === '报告' ? governmentUnit(ctx) : null) ??
    writtenUnit(ctx.opening, ctx.head) ??
    titleUnit(ctx) ??
    pronounUnit(ctx.opening, ctx.head, ctx.headings, ctx.text);
  return found ?? { value: null, evidence: '未写发文单位（开头、标题）' };
}
