/**
 * Driving the built search page (src/pages/search.astro) in Chromium: wait
 * for a search to finish, read what it shows, and the substring ground
 * truth to compare with.
 */
import type { Page } from 'playwright-core';
import type { SearchDocument } from '../../../src/search/document.ts';
import { truth } from './queries.ts';

export const RESULTS = '[data-search-results]';

export interface Shown {
  total: number;
  /** Report ids of the result title links, in order. */
  ids: string[];
  status: string;
}

/** Waits until the results list says `done` (and, if given, until `until` holds), then reads the page. */
export async function settled(page: Page, until?: (shown: Shown) => boolean): Promise<Shown> {
  for (let i = 0; i < 200; i++) {
    const shown = await page.evaluate((sel) => {
      const list = document.querySelector<HTMLElement>(sel);
      if (!list || list.dataset.state !== 'done') return null;
      const ids = [...list.querySelectorAll<HTMLAnchorElement>('.search-result-title a')].map(
        (a) => decodeURIComponent(new URL(a.href).pathname.split('/').filter(Boolean).pop() ?? ''),
      );
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      return { total: Number(list.dataset.total), ids, status };
    }, RESULTS);
    if (shown && (!until || until(shown))) return shown;
    await page.waitForTimeout(50);
  }
  throw new Error(`search page did not settle: ${await page.locator(RESULTS).evaluate((l) => l.outerHTML.slice(0, 300))}`);
}

/** Ids of the reports that contain the query and pass the filters (null values are 未注明). */
export function expectedIds(docs: SearchDocument[], query: string, filters: Partial<Record<'year' | 'level' | 'unit', string>> = {}): string[] {
  const value = (doc: SearchDocument, key: 'year' | 'level' | 'unit'): string => (doc[key] === null ? '未注明' : String(doc[key]));
  const keep = new Set(docs.filter((d) => Object.entries(filters).every(([k, v]) => value(d, k as 'year') === v)).map((d) => d.id));
  return truth(docs, query).filter((id) => keep.has(id));
}
