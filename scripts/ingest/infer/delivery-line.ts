/**
 * The line under a government report's title that says when and where it was
 * delivered: `——2015年3月5日在第十二届全国人民代表大会第三次会议上`.
 * It is the strongest anchor a 政府工作报告 has: it fixes the year, says the
 * document is a report, and names the congress (and so the government).
 */
import { ANY_YEAR_SRC, readYearMatch, type YearToken } from './year-tokens.ts';
import { quoteMatch } from './evidence.ts';

/** Scanned from the start: page furniture left above the title can push the line down. */
const WINDOW = 4000;

/** The month must follow the year, so a title's year (`1979年政府工作报告——1979年6月…`) is not taken. */
const MONTH = '[ \\u3000]*(?:[0-9０-９xX×]{1,2}|[一二三四五六七八九十]{1,3})[ \\u3000]*月';
const DELIVERY = new RegExp(
  `${ANY_YEAR_SRC}${MONTH}[^\\n。，]{0,20}?在[^\\n。，]{0,40}?(?:人民代表大会|人代会)[^\\n。，]{0,16}?会议上`,
  'u',
);

export interface DeliveryLine {
  year: YearToken;
  /** The date-and-meeting phrase, quoted (≤ 40 characters). */
  phrase: string;
  /** The whole match, e.g. to read the congress's place name. */
  match: string;
  /** Offset of the phrase in the text. */
  index: number;
  /** Offset of the start of its line. */
  lineStart: number;
}

export function findDeliveryLine(text: string): DeliveryLine | null {
  const window = text.slice(0, WINDOW);
  const m = DELIVERY.exec(window);
  if (!m) return null;
  return {
    year: readYearMatch(m),
    phrase: quoteMatch(window, m),
    match: m[0],
    index: m.index,
    lineStart: window.lastIndexOf('\n', m.index) + 1,
  };
}
