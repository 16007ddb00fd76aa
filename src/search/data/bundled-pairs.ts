/**
 * The traditional → simplified pairs that src/search/traditional.ts loads
 * as it starts: all of them, everywhere but in a browser bundle. Imported
 * as `#search/bundled-pairs` (package.json "imports"): bundlers that build
 * for the browser take bundled-pairs.browser.ts instead, so the pairs stay
 * out of the page scripts and are fetched when a text needs them
 * (src/search/folding.ts).
 */
import { TS_PAIRS } from './ts-characters.ts';

export const BUNDLED_PAIRS: string = TS_PAIRS;
