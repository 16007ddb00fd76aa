/**
 * Administrative level of the issuing body, read from its name: the last
 * place marker before the body decides (`xx区科技局` → 区, `xx市人民检察院预防科`
 * → 市, `宁夏回族自治区人民政府` → 省, `国务院` → 中央). Municipalities directly
 * under the central government are provincial. Without a unit, the leading
 * committee named in the text (`在县委…领导下`) decides.
 */
import type { Level } from '../../../src/lib/report-schema.ts';
import type { Inferred } from '../types.ts';
import { rule } from './evidence.ts';
import { leadershipPlace, PLACE_MARKER_SRC } from './unit-names.ts';

const CENTRAL = /^(?:国务院|中共中央|中央人民政府|全国人民代表大会|中华人民共和国)/u;
const MUNICIPALITY = /^(?:北京|上海|天津|重庆)市/u;
const MARKERS = new RegExp(PLACE_MARKER_SRC, 'gu');
/** Words in a body's name that contain a marker without being a place; masked before reading markers. */
const NOT_PLACES = /市场|市政|城市|都市|市容|市民|社区|区域|园区|县域|城镇|乡村|乡镇企业/gu;

const LEVEL_OF: Readonly<Record<string, Level>> = {
  自治区: '省', 特别行政区: '省', 省: '省',
  自治州: '市', 地区: '市', 州: '市', 盟: '市', 市: '市',
  自治县: '县', 县: '县', 旗: '县',
  区: '区',
  街道: '乡镇', 乡: '乡镇', 镇: '乡镇',
};

/** The level a unit's name implies, or null when it names no place. */
export function levelOfUnit(unit: string): Level | null {
  if (CENTRAL.test(unit)) return '中央';
  const masked = unit.replace(NOT_PLACES, (w) => '〓'.repeat(w.length));
  let last: RegExpExecArray | null = null;
  MARKERS.lastIndex = 0;
  for (let m = MARKERS.exec(masked); m; m = MARKERS.exec(masked)) {
    // A marker at the very start is the body's own word (市委, 区经科局 were given xx before this).
    if (m.index > 0) last = m;
  }
  if (!last) return null;
  if (last[0] === '市' && MUNICIPALITY.test(unit) && last.index === 2) return '省';
  return LEVEL_OF[last[0]];
}

export function inferLevel(unit: string | null, head: string): Inferred<Level | null> {
  if (unit) {
    const level = levelOfUnit(unit);
    if (level) return { value: level, evidence: rule(`由单位“${unit}”判断`) };
  }
  const place = leadershipPlace(head);
  if (place) {
    const level = levelOfUnit(`xx${place.char}`);
    if (level) return { value: level, evidence: place.phrase };
  }
  return { value: null, evidence: '未写行政级别（单位、正文）' };
}
