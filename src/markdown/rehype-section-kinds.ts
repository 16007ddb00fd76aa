/**
 * Marks what each top-level section of a report is: 工作成绩, 存在问题 or
 * 下一步计划 (src/lib/section-kind.ts decides, from the same blocks the
 * search index reads). Runs after rehype-section-ids.ts, whose ids it uses.
 *
 * What it writes (a contract: tests and other tools select on it):
 * - every top-level heading (`##`; an `#` counts as one) gets
 *   `data-section-kind="done|problems|plans|none"`;
 * - a heading with a kind is followed by a badge,
 *   `<p class="section-kind section-kind-done">工作成绩</p>`;
 * - where a section (or the lead) turns to a later kind, e.g. the plans
 *   after 下半年，我们将… at the end of a summary section, a badge with the
 *   id `<section>-<kind>` (`s7-plans`; `s0-…` in the lead) comes before the
 *   first block of that part, and each block of the part gets
 *   `data-section-kind`. A part that starts inside a list marks the whole list.
 *
 * Badges are not report text: plain-text.ts leaves them out of the `.txt`
 * download, the JSONL export and the 字数 count, and they sit outside the
 * headings, so the outline's heading texts do not change.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { classifyReport, sectionKindLabel, type BodyBlock, type SectionKind } from '../lib/section-kind.ts';

const HEADING = /^h[1-6]$/;
/** Elements whose items are blocks of their own, as in the search index. */
const CONTAINERS = new Set(['ol', 'ul', 'blockquote']);

interface PlacedBlock extends BodyBlock {
  /** Index of the root child that holds the block. */
  at: number;
}

export default function rehypeSectionKinds() {
  return (tree: Root): void => {
    const blocks = readBlocks(tree);
    const inserts: { at: number; nodes: RootContent[] }[] = [];
    const rootAt = (block: number) => (block < blocks.length ? blocks[block]!.at : tree.children.length);
    for (const section of classifyReport(blocks)) {
      const lead = section.id === 's0';
      if (!lead) element(tree, rootAt(section.start)).properties.dataSectionKind = section.kind ?? 'none';
      section.parts.forEach((part, i) => {
        if (!part.kind) return;
        const at = rootAt(part.start);
        if (i === 0 && !lead) {
          inserts.push({ at: at + 1, nodes: [newline(), badge(part.kind)] });
          return;
        }
        inserts.push({ at, nodes: [badge(part.kind, `${section.id}-${part.kind}`), newline()] });
        const to = rootAt(section.parts[i + 1]?.start ?? section.end);
        for (let n = at; n < to; n++) {
          const node = tree.children[n]!;
          if (node.type === 'element') node.properties.dataSectionKind = part.kind;
        }
      });
    }
    // From the last position back, so earlier positions stay valid.
    for (const { at, nodes } of inserts.sort((a, b) => b.at - a.at)) tree.children.splice(at, 0, ...nodes);
  };
}

/** Headings and paragraphs in reading order with their section ids, as src/search/document.ts has them. */
function readBlocks(tree: Root): PlacedBlock[] {
  const blocks: PlacedBlock[] = [];
  let section: string | null = null;
  tree.children.forEach((node, at) => {
    if (node.type !== 'element') return;
    if (HEADING.test(node.tagName)) {
      section = typeof node.properties.id === 'string' ? node.properties.id : section;
      blocks.push({ kind: 'heading', text: textOf(node), section, at });
      return;
    }
    for (const text of itemTexts(node)) if (text.trim()) blocks.push({ kind: 'paragraph', text, section, at });
  });
  return blocks;
}

function itemTexts(node: Element): string[] {
  if (!CONTAINERS.has(node.tagName) && node.tagName !== 'li') return [textOf(node)];
  // A list item holds text directly (tight list) or paragraphs (loose), and maybe a nested list.
  const texts: string[] = [];
  let run = '';
  for (const child of node.children) {
    if (child.type === 'element' && (child.tagName === 'p' || child.tagName === 'li' || CONTAINERS.has(child.tagName))) {
      texts.push(run, ...itemTexts(child));
      run = '';
    } else run += textOf(child);
  }
  return [...texts, run];
}

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

function element(tree: Root, at: number): Element {
  return tree.children[at] as Element;
}

const newline = (): RootContent => ({ type: 'text', value: '\n' });

function badge(kind: SectionKind, id?: string): Element {
  return {
    type: 'element',
    tagName: 'p',
    properties: { ...(id ? { id } : {}), className: ['section-kind', `section-kind-${kind}`] },
    children: [{ type: 'text', value: sectionKindLabel(kind) }],
  };
}

export interface SectionKindMarks {
  /** Kind of each top-level heading that has one, by heading id. */
  headings: Map<string, SectionKind>;
  /** Each part that turns to a later kind, in page order: its badge's id and its section's id (`s0`: the lead). */
  parts: { id: string; section: string; kind: SectionKind }[];
}

/** The marks in a rendered body, for the outline. */
export function sectionKindMarks(html: string): SectionKindMarks {
  const headings = new Map<string, SectionKind>();
  for (const m of html.matchAll(/<h[1-6] id="(s\d+)" data-section-kind="(done|problems|plans)"/g)) headings.set(m[1]!, m[2] as SectionKind);
  const parts = [...html.matchAll(/<p id="(s\d+)-(done|problems|plans)" class="section-kind /g)].map((m) => ({
    id: `${m[1]}-${m[2]}`,
    section: m[1]!,
    kind: m[2] as SectionKind,
  }));
  return { headings, parts };
}
