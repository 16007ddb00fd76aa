/**
 * `#search/bundled-pairs` in a browser bundle (see bundled-pairs.ts): no
 * pairs; search fetches them when a text needs them (src/search/folding.ts).
 */
export const BUNDLED_PAIRS = '';
