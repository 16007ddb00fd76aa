/**
 * Evidence strings. A field's evidence is either a phrase quoted from the
 * text (always an exact substring, so a reviewer can search for it) or a rule
 * that names where the value came from (file name, CSV column, composition).
 */

/**
 * How every rule begins, so a reader (or the review page) can tell a rule
 * from a quoted phrase: 重建 (a rebuilt name), 标题行, CSV 列, 来源字段,
 * 文件名, 由… (derived from another field), 类型为…, 「…」「…」 (several quoted
 * phrases together), 未… (nothing found).
 */
const RULE_START = /^(?:重建|标题行|CSV 列|来源字段|文件名|由|类型为|「|未)/;

export function isRuleEvidence(evidence: string): boolean {
  return RULE_START.test(evidence);
}

/** Phrases quoted inside a rule, as 「…」; each is an exact substring of the text. */
export function quotedInRule(evidence: string): string[] {
  return [...evidence.matchAll(/「([^」]+)」/g)].map((m) => m[1]);
}

/** Longest evidence kept: enough to find the place, short enough to read in a table. */
export const MAX_EVIDENCE = 40;

/** The text between start and end, trimmed and cut to MAX_EVIDENCE, still an exact substring. */
export function quote(text: string, start: number, end: number): string {
  let s = start;
  while (s < end && /\s/.test(text[s])) s++;
  let e = Math.min(end, s + MAX_EVIDENCE);
  // A phrase never runs into the next paragraph.
  const nl = text.indexOf('\n', s);
  if (nl !== -1 && nl < e) e = nl;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return text.slice(s, e);
}

/** A whole match, quoted. */
export function quoteMatch(text: string, m: RegExpExecArray, offset = 0): string {
  return quote(text, offset + m.index, offset + m.index + m[0].length);
}

/** A rule description, cut to MAX_EVIDENCE with an ellipsis (it need not be a substring). */
export function rule(description: string): string {
  return description.length <= MAX_EVIDENCE ? description : `${description.slice(0, MAX_EVIDENCE - 1)}…`;
}

/**
 * Label for a value given outright by the input rather than read from the text.
 * CSV inputs name their column (`CSV 列 year: 2026`); other sources say 来源.
 */
export function statedRule(fileName: string, column: string, value: string | number): string {
  const where = /\.csv$/i.test(fileName) ? 'CSV 列' : '来源字段';
  return rule(`${where} ${column}: ${value}`);
}

/**
 * A rule built from phrases of the text: `重建：「我局」「在县委」「科技」`.
 * Phrases are dropped from the end, never cut, until it fits MAX_EVIDENCE,
 * so each 「…」 stays an exact substring.
 */
export function quotedRule(prefix: string, phrases: string[], suffix = ''): string {
  const kept = [...phrases];
  const build = () => `${prefix}${kept.map((p) => `「${p}」`).join('')}${suffix}`;
  while (kept.length > 1 && build().length > MAX_EVIDENCE) kept.pop();
  return build().length > MAX_EVIDENCE ? rule(prefix + suffix) : build();
}
