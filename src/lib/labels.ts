/** Chinese labels for metadata values, including the words for "unknown". */
import { LEVELS, PERIODS, type Level, type Period } from './report-schema.ts';

export const UNKNOWN = '未注明';
export const UNKNOWN_UNIT = '单位未注明';
export const UNKNOWN_LEVEL = '层级未注明';
export const UNKNOWN_YEAR = '年份未注明';

export const levelLabel = (level: Level | null) => level ?? UNKNOWN_LEVEL;
export const unitLabel = (unit: string | null) => unit ?? UNKNOWN_UNIT;
export const yearLabel = (year: number | null) => (year === null ? UNKNOWN_YEAR : `${year}年`);

/** Sort key: position in the schema's list, unknown last. */
export const levelRank = (level: Level | null) => (level === null ? LEVELS.length : LEVELS.indexOf(level));
export const periodRank = (period: Period | null) => (period === null ? PERIODS.length : PERIODS.indexOf(period));

/** Characters other than white space: the usual 字数 of Chinese text. */
export function charCount(text: string): number {
  return text.replace(/\s+/g, '').length;
}

const numberFormat = new Intl.NumberFormat('zh-CN');
export const formatNumber = (n: number) => numberFormat.format(n);
