/**
 * Files the index builder writes next to Pagefind's own, in
 * `<bundle>/huibao/`, and the engine reads. Shared types only.
 *
 * - `manifest.json`: format version and the facet tables' location.
 * - `p/<page>.json`: one per report, named by Pagefind's page id, holding the
 *   result card and the original text for the excerpt. Fetched only for the
 *   results on screen, never for ranking.
 * - `facets.json`: page id → facet values, fetched only when a query has
 *   several terms or exclusions (Pagefind's own counts are exact otherwise).
 */
import type { BlockKind } from './document.ts';

export const SIDECAR_DIR = 'huibao';
export const SIDECAR_VERSION = 1;

export interface PageCard {
  id: string;
  url: string;
  title: string;
  unit: string | null;
  year: number | null;
  level: string | null;
  period: string | null;
  kind: string | null;
  /** Body blocks then head-only blocks (title, unit): [kind, section id or '', text]. */
  blocks: [BlockKind, string, string][];
}

export const FACET_KEYS = ['unit', 'level', 'year', 'period', 'kind'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export interface FacetTable {
  /** Distinct values of each facet. */
  values: Record<FacetKey, string[]>;
  /** Page id → index into `values[key]` for each key in FACET_KEYS order. */
  pages: Record<string, number[]>;
}
