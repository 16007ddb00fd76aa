/**
 * The issuing government of a 政府工作报告: the speaker says whom they speak
 * for (`我代表国务院`, `我代表省人民政府`), and the delivery line or speaker
 * line names the place (`在云南省第十四届人民代表大会…`, `河北省人民政府省长`).
 */
import type { Inferred } from '../types.ts';
import type { Context } from './context.ts';
import { quoteMatch, quotedRule } from './evidence.ts';
import { PLACE_MARKER_SRC } from './unit-names.ts';

const WINDOW = 4000;
/** A provincial, city or county government speaking: `我代表自治区人民政府`, `我代表海南省人民政府`. */
const LOCAL = new RegExp(`我(?:现在)?代表((?:[\\u4e00-\\u9fa5]{0,12}?)(?:${PLACE_MARKER_SRC}))(?:人民)?政府`, 'u');
/** The State Council speaking, or its premier on the speaker line. */
const NATIONAL_SPEAKS = /我(?:现在)?(?:代表|受)国务院(?:的)?(?:委托)?/u;
const NATIONAL_SPEAKER = /国务院(?:副)?总理(?:兼[^\s，。]{2,16})?[ \u3000\u00a0]*[\u4e00-\u9fa5]{2,3}/u;
/** The place of the congress: `在甘肃省十四届人民代表大会`, `在宁夏回族自治区第十三届`. */
const CONGRESS_PLACE = new RegExp(
  `在((?:[\\u4e00-\\u9fa5]{2,12}?)(?:自治区|省|市|自治州|州|盟|自治县|县|旗|区))第?[一二三四五六七八九十]+届`,
  'u',
);
const SPEAKER_PLACE = /([\u4e00-\u9fa5]{2,12}?(?:自治区|省|市|县))(?:人民政府)?(?:省长|主席|市长|县长)/u;

function national(ctx: Context, window: string): Inferred<string> | null {
  const speaks = NATIONAL_SPEAKS.exec(window);
  if (speaks) return { value: '国务院', evidence: quoteMatch(window, speaks) };
  const speaker = NATIONAL_SPEAKER.exec(window);
  if (speaker) return { value: '国务院', evidence: quoteMatch(window, speaker) };
  if (ctx.delivery?.match.includes('全国人民代表大会')) return { value: '国务院', evidence: ctx.delivery.phrase };
  return null;
}

export function governmentUnit(ctx: Context): Inferred<string> | null {
  const window = ctx.text.slice(0, WINDOW);
  const local = LOCAL.exec(window);
  if (!local) return national(ctx, window);
  const speaks = quoteMatch(window, local);
  const said = local[1];
  // `我代表海南省人民政府` names the place itself; `我代表省人民政府` leaves it to the delivery or speaker line.
  if ([...said].length > 2 && !/^自治[区州县]$/.test(said)) return { value: `${said}人民政府`, evidence: speaks };
  const congress = ctx.delivery ? CONGRESS_PLACE.exec(ctx.delivery.match) : null;
  if (congress) return { value: `${congress[1]}人民政府`, evidence: quotedRule('', [speaks, congress[0]]) };
  const speaker = SPEAKER_PLACE.exec(window);
  if (speaker) return { value: `${speaker[1]}人民政府`, evidence: quotedRule('', [speaks, speaker[0]]) };
  return { value: `xx${said}人民政府`, evidence: quotedRule('重建：', [speaks], '，地名未写') };
}
