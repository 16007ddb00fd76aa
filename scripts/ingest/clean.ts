/**
 * Clean step: decoded text → numbered lines, minus the web-page furniture that
 * scrapers leave around a report (toolbars, breadcrumbs, bylines of the page,
 * HTML comments). Report text is never removed; only furniture is.
 */
import type { Line } from './types.ts';

/**
 * One line end is LF, CR LF, CR CR LF or a lone CR. CR CR LF (a double-CR
 * artefact in the 2002 and 2014–2018 gov.cn files) counts as ONE line end, so
 * line numbers agree with `grep -n`, `wc -l` and vim; an editor that breaks at
 * every CR would show an extra blank line after each line of those files.
 */
const LINE_END = /\r\r\n|\r\n|\n|\r/;

/** Splits `text` into lines numbered from `firstLine` (1-based). */
export function toLines(text: string, firstLine: number): Line[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parts = body.split(LINE_END);
  // A final line end closes the last line; it does not open an empty one.
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts.map((t, i) => ({ n: firstLine + i, text: t }));
}

/** Whitespace as it occurs in these texts: ASCII, full-width U+3000, no-break space. */
const SPACE = '[\\s\\u3000\\u00A0]';
const TRIM = new RegExp(`^${SPACE}+|${SPACE}+$`, 'g');
const TRIM_END = new RegExp(`${SPACE}+$`);

/** R writes characters it cannot print as `<U+XXXX>`; see `decodeEscape`. */
const ESCAPE = /<U\+([0-9A-Fa-f]{4,6})>/g;
const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

function decodeEscape(_m: string, hex: string): string {
  const cp = parseInt(hex, 16);
  if (cp === 0xa0) return ' ';
  if (ZERO_WIDTH.has(cp)) return '';
  return cp <= 0x10ffff ? String.fromCodePoint(cp) : _m;
}

/** Furniture embedded in a line that also holds text (e.g. the page title before the gov.cn dateline). */
const FRAGMENTS: RegExp[] = [
  new RegExp(`中央政府门户网站${SPACE}*www\\.gov\\.cn[\\s\\u3000\\u00A0\\d年月日时分:：]*来源[:：]${SPACE}*[^\\s\\u3000\\u00A0【]{1,12}`, 'g'),
  /【\s*(?:字体|字号)[:：][\s\u3000大中小加还原减]*】/g,
  /【\s*E-mail推荐\s*】/g,
  /[（(]\s*责任编辑[:：][^）)]{0,20}[）)]/g,
];

/** Whole lines that are furniture on their own. Matched against the trimmed line. */
const STRONG: RegExp[] = [
  // with the crumbs on the line, or bare when source B put them one per line after it
  /^(?:当前位置|您的位置|您现在的位置)[:：]\s*(?:首页(?:\s*>+\s*[^\s>。，；]{1,15})*)?$/,
  /^【\s*(?:字体|字号)[:：]$/, // opens a control split one token per line
  /^【?\s*E-mail推荐\s*】?$/,
  /^[（(]\s*责任编辑[:：][^）)。]{0,20}$/, // closing bracket on the next line
  /^(?:扫一扫在手机打开当前页|打印本页|关闭窗口|分享到微信|》》点击图片进入专题《《)$/,
  /^分享(?:到)?[:：]$/,
  /^(?:上一页[\s\d]*(?:下一页)?|[\s\d]*下一页)$/,
  /^(?:下载|打印|全屏|收藏)(?:\s+(?:下载|打印|全屏|收藏))+$/,
  /^(?:发表)?时间[:：]\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/,
];

/**
 * Tokens that are furniture only next to other furniture (a lone `收藏` or `】`
 * could, however unlikely, be text): dropped when their run of non-text lines
 * holds a strong line or at least two weak ones.
 */
const WEAK: RegExp[] = [
  /^(?:下载|打印|全屏|收藏|大|中|小|加大|还原|减小|【|】|[）)]|\||×|>)$/,
  /^\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/,
  // `来源：云南日报` next to the page's date; alone it may be a chart's source note.
  /^来源[:：]\s*[^\s，。；！？、：:]{2,15}$/,
];

type Kind = 'text' | 'strong' | 'weak';

/** A bare label whose value the page put on the next line, and the shape of that value. */
const LABELS: [RegExp, RegExp][] = [
  [/^来源[:：]$/, /^[^\s，。；！？、：:【]{2,20}$/],
  [/^(?:发表)?时间[:：]$/, /^\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/],
  [/^阅读量[:：]$/, /^\d+$/],
];

/** The list of links a page ends with; dropped with what follows when that is short. */
const RELATED = /^相关(?:报道|文档|新闻|链接|阅读)[:：]$/;

const trim = (s: string): string => s.replace(TRIM, '');

/**
 * Drops web-page furniture lines and fragments and blank lines. Leading
 * indentation and a leading `>` are kept: the split and structure steps read them.
 * `removed` counts furniture lines dropped plus fragments cut out of lines
 * (blank lines are not counted).
 */
export function removeFurniture(lines: Line[]): { lines: Line[]; removed: number } {
  const count = { removed: 0 };
  const kept: Line[] = [];
  for (const line of cutComments(lines, count)) {
    let text = line.text;
    for (const re of FRAGMENTS) {
      text = text.replace(re, () => {
        count.removed++;
        return '';
      });
    }
    if (text !== line.text) text = text.replace(TRIM_END, '');
    if (trim(text) !== '') kept.push(text === line.text ? line : { n: line.n, text });
  }
  const out = dropFurnitureLines(kept, count);
  return { lines: out, removed: count.removed };
}

/** Decodes `<U+XXXX>` escapes and cuts `<!-- … -->` comments, which may span lines. */
function cutComments(lines: Line[], count: { removed: number }): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    let text = lines[i].text;
    if (text.includes('<U+')) text = text.replace(ESCAPE, decodeEscape);
    let open = text.indexOf('<!--');
    while (open >= 0) {
      const close = text.indexOf('-->', open + 4);
      if (close >= 0) {
        text = text.slice(0, open) + text.slice(close + 3);
        count.removed++;
      } else {
        const end = findClose(lines, i + 1);
        if (!end) break; // never closed: not a comment we can trust, keep the text
        count.removed += end.line - i;
        if (trim(text.slice(0, open)) !== '') out.push({ n: lines[i].n, text: text.slice(0, open) });
        i = end.line;
        text = lines[i].text.slice(end.col + 3);
      }
      open = text.indexOf('<!--');
    }
    out.push(text === lines[i].text ? lines[i] : { n: lines[i].n, text });
  }
  return out;
}

/** Where the comment opened before line `from` closes; looks a bounded distance ahead. */
function findClose(lines: Line[], from: number): { line: number; col: number } | undefined {
  for (let j = from; j < lines.length && j < from + 500; j++) {
    const col = lines[j].text.indexOf('-->');
    if (col >= 0) return { line: j, col };
  }
  return undefined;
}

/** Drops whole furniture lines: strong ones, weak ones in furniture runs, breadcrumbs, labels, link lists. */
function dropFurnitureLines(lines: Line[], count: { removed: number }): Line[] {
  const t = lines.map((l) => trim(l.text));
  const kind: Kind[] = t.map((s) => {
    if (s.length > 40) return 'text';
    if (STRONG.some((re) => re.test(s))) return 'strong';
    return WEAK.some((re) => re.test(s)) ? 'weak' : 'text';
  });
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '首页' && t[i + 1] === '>') i = markBreadcrumb(t, kind, i);
    for (const [label, value] of LABELS) {
      if (!label.test(t[i])) continue;
      kind[i] = 'strong';
      if (i + 1 < t.length && value.test(t[i + 1])) kind[i + 1] = 'strong';
    }
    if (RELATED.test(t[i])) markRelated(t, kind, i);
  }
  // A weak line goes with its run of non-text lines.
  for (let i = 0; i < t.length; ) {
    let j = i;
    while (j < t.length && kind[j] !== 'text') j++;
    const run = kind.slice(i, j);
    const drop = run.includes('strong') || run.length >= 2;
    for (let k = i; k < j; k++) kind[k] = drop ? 'strong' : 'text';
    i = Math.max(j, i + 1);
  }
  const out = lines.filter((_, i) => kind[i] !== 'strong');
  count.removed += lines.length - out.length;
  return out;
}

/** `首页` `>` `栏目` `>` `栏目` one per line (source B), plus a repeat of the last crumb as the column title. */
function markBreadcrumb(t: string[], kind: Kind[], i: number): number {
  kind[i] = 'strong';
  let j = i + 1;
  while (t[j] === '>' && j + 1 < t.length && /^[^，。；！？]{1,20}$/.test(t[j + 1])) {
    kind[j] = kind[j + 1] = 'strong';
    j += 2;
  }
  if (j > i + 1 && t[j] === t[j - 1]) kind[j++] = 'strong';
  return j - 1;
}

/** `相关报道：` and the link titles after it, when they are the short tail of the page. */
function markRelated(t: string[], kind: Kind[], i: number): void {
  kind[i] = 'strong';
  const rest = t.slice(i + 1);
  const shortTail = rest.length <= 30 && rest.every((s) => s.length <= 60 && !/[。！？]$/.test(s));
  if (shortTail) for (let k = i + 1; k < t.length; k++) kind[k] = 'strong';
}
