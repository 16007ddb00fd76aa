/**
 * Section ids by outline position, the same rule as
 * `src/markdown/rehype-section-ids.ts` (which gives the rendered headings
 * their ids): the first `##` is `s1`, the second `###` under it `s1-2`;
 * an `#` counts as `##`. The rehype plugin does not export its counter, so
 * the rule is repeated here; `tests/search/section-ids.test.ts` runs both on
 * the same Markdown and compares the ids.
 */
const TOP_DEPTH = 2;

/** Returns a function that gives the id of each next heading, in document order. */
export function sectionIdCounter(): (depth: number) => string {
  const counters: number[] = [];
  return (depth) => {
    const level = Math.max(depth, TOP_DEPTH) - TOP_DEPTH;
    counters.length = level + 1;
    for (let i = 0; i < level; i++) counters[i] ??= 0;
    counters[level] = (counters[level] ?? 0) + 1;
    return `s${counters.join('-')}`;
  };
}
