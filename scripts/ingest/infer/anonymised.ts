/**
 * Whether a report hides its year or names behind placeholders (xx区, 20xx年,
 * ××局, 某某县). Such reports come from template sites; their year stays null
 * and the archive marks them, rather than guessing.
 */
import { ANY_YEAR_SRC } from './year-tokens.ts';
import { PLACEHOLDER_PLACE } from './unit-names.ts';

const YEAR_G = new RegExp(ANY_YEAR_SRC, 'gu');

function hasPlaceholderYear(s: string): boolean {
  YEAR_G.lastIndex = 0;
  for (let m = YEAR_G.exec(s); m; m = YEAR_G.exec(s)) if (m.groups?.p !== undefined) return true;
  return false;
}

export function isAnonymised(head: string, unit: string | null, unitWasRebuilt: boolean, yearHidden: boolean): boolean {
  if (yearHidden || hasPlaceholderYear(head) || PLACEHOLDER_PLACE.test(head)) return true;
  // A rebuilt name carries our own xx, which says nothing about the text.
  return unit !== null && !unitWasRebuilt && PLACEHOLDER_PLACE.test(unit);
}
