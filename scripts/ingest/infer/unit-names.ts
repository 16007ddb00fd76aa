/**
 * Pieces shared by the unit rules: what an organisation's name ends in,
 * whether a name carries a place, and which level of Party committee the
 * text says leads the writer (`在县委、县政府的正确领导下` → 县).
 */

/** Endings of organisation names, longest first so `人民政府` is not cut at `政府`. */
export const ORG_SUFFIX_SRC =
  '人民检察院|人民法院|人民政府|街道办事处|办事处|委员会|管委会|办公室|联合会|政府|局|委|办|厅|院|所|中心|科|处|股|站|队|部|公司|学校|医院|协会';

/** Administrative place markers, longest first. */
export const PLACE_MARKER_SRC = '自治区|特别行政区|自治州|自治县|地区|街道|省|市|州|盟|县|旗|区|乡|镇';

/** An editor's placeholder for a name: xx, XX, ××, 某某. */
export const PLACEHOLDER_NAME_SRC = '(?:[xX×ｘＸ]{2,}|某某?)';

/** A name that starts with a place: `xx区科技局`, `云南省人民政府`, `成华区经科局` (not `区经科局`, `科技局`). */
const STARTS_WITH_PLACE = new RegExp(
  `^(?:${PLACEHOLDER_NAME_SRC}|[\\u4e00-\\u9fa5]{1,10}?)(?:${PLACE_MARKER_SRC})`,
  'u',
);
/** Words inside organisation names that contain a place marker but are not places. */
const NOT_PLACE_WORDS = /^(?:市场|市政|城市|市容|区域|县域|城镇|乡村|乡镇企业)/;

export function hasPlace(name: string): boolean {
  return STARTS_WITH_PLACE.test(name) && !NOT_PLACE_WORDS.test(name);
}

/** A name that is only a placeholder plus a place marker: `xx区科技局` is anonymised. */
export const PLACEHOLDER_PLACE = new RegExp(`${PLACEHOLDER_NAME_SRC}(?:${PLACE_MARKER_SRC})`, 'u');

const LEADERSHIP = /在[xX×ｘＸ]{0,4}(省|市|区|县|州|旗|乡|镇)委/u;
const COUNTED_PLACE = /[全我本](县|区|市|镇|乡)/gu;

/** Which level's committee leads the writer, with the phrase that says so. */
export function leadershipPlace(s: string): { char: string; phrase: string } | null {
  const m = LEADERSHIP.exec(s);
  if (m) return { char: m[1], phrase: m[0] };
  // No leadership phrase: fall back to the place the text keeps calling its own (全县, 我县).
  const counts = new Map<string, { n: number; phrase: string }>();
  COUNTED_PLACE.lastIndex = 0;
  for (let c = COUNTED_PLACE.exec(s); c; c = COUNTED_PLACE.exec(s)) {
    const entry = counts.get(c[1]) ?? { n: 0, phrase: c[0] };
    entry.n++;
    counts.set(c[1], entry);
  }
  let best: { char: string; phrase: string; n: number } | null = null;
  for (const [char, { n, phrase }] of counts) if (!best || n > best.n) best = { char, phrase, n };
  return best && best.n >= 2 ? { char: best.char, phrase: best.phrase } : null;
}
