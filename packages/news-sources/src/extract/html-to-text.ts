import { parseHTML } from 'linkedom';

// Elements that start a new line of text; everything else flows inline.
const BLOCK_ELEMENTS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIPPED_ELEMENTS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'SVG',
  'OBJECT',
  'HEAD',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function collectText(node: DomNode, out: string[], preformatted = false): void {
  if (node.nodeType === TEXT_NODE) {
    // Source line breaks are layout, not text, except inside <pre>.
    const text = node.textContent ?? '';
    out.push(preformatted ? text : text.replace(/[\r\n]+/g, ' '));
    return;
  }
  if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
  const name = node.nodeName.toUpperCase();
  if (SKIPPED_ELEMENTS.has(name)) return;
  const block = BLOCK_ELEMENTS.has(name);
  if (block) out.push('\n');
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i];
    if (child) collectText(child, out, preformatted || name === 'PRE');
  }
  if (block) out.push('\n');
}

/** Text of a DOM subtree with one line per block element and inline whitespace collapsed. */
export function nodeToText(node: unknown): string {
  const parts: string[] = [];
  collectText(node as DomNode, parts);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\r\u00A0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Plain text of an HTML fragment or page (scripts and styles dropped, paragraphs kept as lines). */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return nodeToText(document.body);
}
