/**
 * Rehype plugin for guide bodies: each table sits in a box of its own that scrolls sideways
 * when the table is wider than the screen (global.css .table-scroll), so the page never does.
 * The box is a named region that takes focus, so a keyboard can scroll it too; its name is the
 * table's caption, or its column headings.
 */
interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const text = (n: HastNode): string => (n.type === 'text' ? (n.value ?? '') : (n.children ?? []).map(text).join(''));
const find = (n: HastNode, tag: string): HastNode | undefined =>
  n.tagName === tag ? n : (n.children ?? []).map((c) => find(c, tag)).find(Boolean);

/** "Table: Minutes, What to cover" from the caption or the first row's headings. */
export function tableLabel(table: HastNode): string {
  const caption = find(table, 'caption');
  if (caption) return text(caption).trim();
  const row = find(table, 'tr');
  const heads = (row?.children ?? []).filter((c) => c.tagName === 'th').map((c) => text(c).trim()).filter(Boolean);
  return heads.length ? `Table: ${heads.join(', ')}` : 'Table';
}

function wrap(node: HastNode) {
  if (!node.children) return;
  node.children = node.children.map((child) => {
    if (child.type === 'element' && child.tagName === 'table') {
      return { type: 'element', tagName: 'div', properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: tableLabel(child) }, children: [child] };
    }
    wrap(child);
    return child;
  });
}

export default function rehypeTableScroll() {
  return (tree: HastNode) => wrap(tree);
}
