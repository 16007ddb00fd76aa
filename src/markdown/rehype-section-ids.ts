/**
 * Gives every heading an id from its position in the outline: the first `##`
 * is `s1`, the second `###` under it `s1-2`, and so on. Ids depend only on the
 * heading structure, not on the wording, so links to a section survive edits
 * to its title and are the same on every rebuild. Existing ids are replaced.
 */
import type { Element, Root, RootContent } from 'hast';

/** Body headings start at `##`; an `h1` would count as `h2`. */
const TOP_DEPTH = 2;
const HEADING = /^h([1-6])$/;

export default function rehypeSectionIds() {
  return (tree: Root): void => {
    const counters: number[] = [];
    const walk = (nodes: RootContent[]): void => {
      for (const node of nodes) {
        if (node.type !== 'element') continue;
        const match = HEADING.exec(node.tagName);
        if (match) {
          const level = Math.max(Number(match[1]), TOP_DEPTH) - TOP_DEPTH;
          counters.length = level + 1;
          for (let i = 0; i < level; i++) counters[i] ??= 0;
          counters[level] = (counters[level] ?? 0) + 1;
          (node as Element).properties.id = `s${counters.join('-')}`;
        } else {
          walk(node.children);
        }
      }
    };
    walk(tree.children);
  };
}
