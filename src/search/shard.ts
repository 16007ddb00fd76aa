/**
 * One shard of the index as the browser sees it: its page table, the
 * buckets and postings of the grams a query needs, and its result cards,
 * each fetched once and kept.
 */
import { BUNDLE_DIR, FACET_KEYS, type FacetKey, findInBucket, gramHash, type PageCard, runLengthDecode, type ShardMeta } from './index-format.ts';
import { planTerm } from './grams.ts';
import { chainPhrase, decodeCounts, decodePositions, type Hits, NO_HITS, type PositionHits } from './postings.ts';

export interface PageTable {
  meta: ShardMeta;
  /** Per facet, the value index of each page. */
  columns: Record<FacetKey, Uint32Array>;
}

export class ShardReader {
  private table?: Promise<PageTable>;
  private files = new Map<string, Promise<unknown>>();

  readonly url: string;
  constructor(url: string) {
    this.url = url;
  }

  private get<T>(path: string, as: 'json' | 'bytes'): Promise<T> {
    let file = this.files.get(path);
    if (!file) {
      file = (async () => {
        const response = await fetch(`${this.url}${path}`);
        if (!response.ok) throw new Error(`${response.status} fetching ${this.url}${path} (hint: rebuild the search index)`);
        return as === 'json' ? response.json() : new Uint8Array(await response.arrayBuffer());
      })();
      this.files.set(path, file);
    }
    return file as Promise<T>;
  }

  pages(): Promise<PageTable> {
    return (this.table ??= this.get<ShardMeta>('pages.json', 'json').then((meta) => ({
      meta,
      columns: Object.fromEntries(FACET_KEYS.map((k) => [k, runLengthDecode(meta.columns[k], meta.pages)])) as PageTable['columns'],
    })));
  }

  private async posting(gram: string): Promise<Uint8Array | null> {
    const { meta } = await this.pages();
    const bucket = gramHash(gram) % meta.buckets;
    const ref = findInBucket(await this.get<Uint8Array>(`b/${bucket}.bin`, 'bytes'), gram);
    if (!ref) return null;
    return 'bytes' in ref ? ref.bytes : this.get<Uint8Array>(`x/${bucket}-${ref.external}.bin`, 'bytes');
  }

  /** The pages that contain a normalised term, exactly. */
  async term(term: string): Promise<Hits> {
    const plan = planTerm(term);
    if (plan.length <= 2) {
      const bytes = await this.posting(term);
      return bytes ? decodeCounts(bytes) : NO_HITS;
    }
    const parts = await Promise.all(plan.grams.map((g) => this.posting(g)));
    if (parts.some((p) => p === null)) return NO_HITS;
    const decoded = parts.map((p) => decodePositions(p as Uint8Array));
    return plan.length === 3 ? (decoded[0] as PositionHits) : chainPhrase(decoded, plan.offsets);
  }

  card(page: number): Promise<PageCard> {
    return this.get<PageCard>(`c/${page}.json`, 'json');
  }

  /** The whole text of a page whose card says `more`. */
  rest(page: number): Promise<PageCard['blocks']> {
    return this.get<PageCard['blocks']>(`r/${page}.json`, 'json');
  }
}

export const bundleUrl = (baseUrl: string): string => `${baseUrl.replace(/\/?$/, '/')}${BUNDLE_DIR}/`;
