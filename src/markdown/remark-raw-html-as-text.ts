/**
 * Report text is never HTML. Ingest escapes `<`, but a hand-edited report may
 * still contain raw tags; this plugin turns every raw `html` node into plain
 * text so it is shown, not run. Block-level HTML becomes a paragraph.
 */
import type { Parent, Root, RootContent } from 'mdast';

const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

function rewrite(parent: Parent): void {
  parent.children = parent.children.map((child): RootContent => {
    if (child.type === 'html') {
      const text = { type: 'text' as const, value: child.value, position: child.position };
      return FLOW_PARENTS.has(parent.type)
        ? { type: 'paragraph', children: [text], position: child.position }
        : text;
    }
    if ('children' in child) rewrite(child as Parent);
    return child;
  });
}

export default function remarkRawHtmlAsText() {
  return (tree: Root): void => rewrite(tree);
}
