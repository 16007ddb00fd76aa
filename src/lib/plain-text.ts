/**
 * Plain text of a rendered report, for the `.txt` download, the JSONL export
 * and the 字数 count. The input is the HTML of our own Markdown pipeline
 * (headings and paragraphs only, raw HTML already turned into text), so a
 * small tag stripper is enough; it is not a general HTML parser.
 */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** The section-kind badges the site adds (src/markdown/rehype-section-kinds.ts): labels, not report text. */
const BADGE = /<p(?: id="[^"]*")? class="section-kind [^"]*">[^<]*<\/p>/g;

/** Blocks become paragraphs separated by a blank line; line breaks inside a block are kept. */
export function htmlToText(html: string): string {
  const text = html
    .replace(BADGE, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(h[1-6]|p|li|blockquote|pre|div)>/gi, '\n\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter(Boolean)
    .join('\n\n');
}

/** Title, blank line, then the body as plain text: the `.txt` download and the JSONL `text`. */
export function titledText(title: string, body: string): string {
  return body ? `${title}\n\n${body}` : title;
}

/** A `reports/<id>.txt` file: UTF-8 BOM, because static hosts often serve `.txt` without a charset and browsers then guess a legacy Chinese encoding. */
export function textFileContents(title: string, body: string): string {
  return `\uFEFF${titledText(title, body)}\n`;
}
