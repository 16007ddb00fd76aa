/**
 * Which CSV column holds what: the report body and the metadata columns,
 * recognised by name in English or Chinese.
 */

/** Names in order of preference; compared after {@link normaliseName}. */
const NAMES = {
  body: ['fulltext', '全文', '正文', 'body', 'content', 'text', '内容'],
  title: ['title', '标题', '题目'],
  // The issuing body itself before the province it belongs to.
  unit: ['unit', '发文机关', '发布单位', '单位', '机构', 'province'],
  year: ['year', '年份'],
  publishDate: ['publishdate', '发布日期', 'date', '日期'],
} as const;

export type Role = keyof typeof NAMES;
const META_ROLES = ['title', 'unit', 'year', 'publishDate'] as const;
export type MetaRole = (typeof META_ROLES)[number];

export interface Columns {
  /** Index of the body column. */
  body: number;
  /** True when no column had a body-like name and the body was chosen by length. */
  bodyGuessed: boolean;
  meta: Partial<Record<MetaRole, number>>;
}

/** `Full_Text `, `full-text`, `ＦＵＬＬ_TEXT` → `fulltext`. */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase().replace(/[\s_-]+/g, '');
}

/** Index of the column best named for `role`, if any. */
export function findColumn(header: readonly string[], role: Role): number | undefined {
  const names = header.map(normaliseName);
  for (const wanted of NAMES[role]) {
    const index = names.indexOf(wanted);
    if (index !== -1) return index;
  }
  return undefined;
}

/** True when some cell of `row` is a known column name. */
export function hasKnownName(row: readonly string[]): boolean {
  return (Object.keys(NAMES) as Role[]).some((role) => findColumn(row, role) !== undefined);
}

/**
 * A row that could be a header: distinct, non-empty, short cells that are
 * neither numbers nor sentences (a data row of reports has a long body).
 */
export function looksLikeHeader(row: readonly string[]): boolean {
  const names = row.map((c) => c.trim());
  const isName = (n: string) => n !== '' && n.length <= 30 && !/[\r\n。，；！？]/.test(n) && !/^[\d\s./:-]+$/.test(n);
  return names.every(isName) && new Set(names).size === names.length;
}

/**
 * The columns of a table with this header. Without a body-like name the body
 * is the non-metadata column with the longest values on average.
 */
export function resolveColumns(header: readonly string[], rows: readonly string[][]): Columns | undefined {
  const meta: Columns['meta'] = {};
  for (const role of META_ROLES) {
    const index = findColumn(header, role);
    if (index !== undefined) meta[role] = index;
  }
  const named = findColumn(header, 'body');
  if (named !== undefined) return { body: named, bodyGuessed: false, meta };

  const taken = new Set(Object.values(meta));
  let best: number | undefined;
  let bestAverage = 0;
  for (let col = 0; col < header.length; col++) {
    if (taken.has(col)) continue;
    const average = rows.reduce((sum, row) => sum + (row[col]?.length ?? 0), 0) / Math.max(rows.length, 1);
    if (average > bestAverage) [best, bestAverage] = [col, average];
  }
  return best === undefined ? undefined : { body: best, bodyGuessed: true, meta };
}
