/**
 * The 引用格式 line, after GB/T 7714-2015 for electronic resources:
 * `责任者. 题名[EB/OL]. 出版者, 年份. 网址.` Unknown parts are left out.
 */
import type { Report } from './report-schema.ts';

export function citation(report: Report, link: string, publisher: string): string {
  const author = report.unit ? `${report.unit}. ` : '';
  const year = report.year === null ? '' : `, ${report.year}`;
  return `${author}${report.title}[EB/OL]. ${publisher}${year}. ${link}.`;
}
