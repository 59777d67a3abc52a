import { SaxesParser, type SaxesTagNS } from 'saxes';
import { NewsSourceError } from '../errors.js';

export interface XmlElement {
  /** Local name (`creator` for `dc:creator`). */
  local: string;
  /** Namespace URI, '' when none. */
  uri: string;
  /** Attributes by qualified name (`href`, `xml:lang`). */
  attributes: Record<string, string>;
  /** Child elements and text runs, in document order. */
  nodes: Array<XmlElement | string>;
}

// HTML names that hand-made feeds use outside CDATA. Each maps to one character, so decoding them
// cannot amplify input; any other undeclared entity is an error.
const HTML_CHARACTER_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: '\u00A0',
  hellip: '\u2026',
  mdash: '\u2014',
  ndash: '\u2013',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201C',
  rdquo: '\u201D',
  laquo: '\u00AB',
  raquo: '\u00BB',
  copy: '\u00A9',
  reg: '\u00AE',
  trade: '\u2122',
  middot: '\u00B7',
  bull: '\u2022',
  deg: '\u00B0',
  eacute: '\u00E9',
  zwnj: '\u200C',
  zwj: '\u200D',
};

export interface XmlTreeLimits {
  /** Deeper nesting is refused: feeds are shallow, and deep nesting only serves to exhaust the stack. */
  maxDepth: number;
}

/**
 * Parses XML into a small element tree with saxes. No DTD is processed: a document type with an
 * internal subset (where entities are declared, as in billion-laughs attacks) is refused outright,
 * and only the five predefined entities and character references are decoded.
 */
export function parseXmlTree(xml: string, limits: XmlTreeLimits, sourceName = 'feed'): XmlElement {
  const parser = new SaxesParser({ xmlns: true, fileName: sourceName });
  Object.assign(parser.ENTITIES, HTML_CHARACTER_ENTITIES);
  const root: XmlElement = { local: '#document', uri: '', attributes: {}, nodes: [] };
  const stack: XmlElement[] = [root];
  const appendText = (text: string): void => {
    const current = stack[stack.length - 1];
    if (current && stack.length > 1) current.nodes.push(text);
  };

  parser.on('doctype', (doctype) => {
    if (doctype.includes('[')) {
      throw new NewsSourceError(
        'FEED_DTD_FORBIDDEN',
        `${sourceName}: refusing a document type declaration with an internal subset (entity declarations are not processed)`,
        { line: parser.line },
      );
    }
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (stack.length > limits.maxDepth) {
      throw new NewsSourceError(
        'FEED_MALFORMED',
        `${sourceName}:${parser.line}: elements nested deeper than ${limits.maxDepth}`,
        { line: parser.line },
      );
    }
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) attributes[attribute.name] = attribute.value;
    const element: XmlElement = { local: tag.local, uri: tag.uri, attributes, nodes: [] };
    stack[stack.length - 1]?.nodes.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', appendText);
  parser.on('cdata', appendText);

  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof NewsSourceError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new NewsSourceError(
      'FEED_MALFORMED',
      `not well-formed XML: ${reason}`,
      { line: parser.line },
      { cause: error },
    );
  }
  const documentElement = root.nodes.find((node): node is XmlElement => typeof node !== 'string');
  if (!documentElement) throw new NewsSourceError('FEED_MALFORMED', `${sourceName}: no root element`);
  return documentElement;
}

export function childElements(element: XmlElement, local?: string, uri?: string): XmlElement[] {
  return element.nodes.filter(
    (node): node is XmlElement =>
      typeof node !== 'string' &&
      (local === undefined || node.local === local) &&
      (uri === undefined || node.uri === uri),
  );
}

export function firstChild(element: XmlElement, local: string, uri?: string): XmlElement | undefined {
  return childElements(element, local, uri)[0];
}

/** All text below an element, in document order. */
export function textOf(element: XmlElement | undefined): string {
  if (!element) return '';
  return element.nodes.map((node) => (typeof node === 'string' ? node : textOf(node))).join('');
}

const escapeXml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Re-serialises an element's children as markup (for Atom's inline XHTML content). */
export function innerMarkup(element: XmlElement): string {
  return element.nodes
    .map((node) => {
      if (typeof node === 'string') return escapeXml(node);
      const attributes = Object.entries(node.attributes)
        .filter(([name]) => name !== 'xmlns' && !name.startsWith('xmlns:'))
        .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
        .join('');
      return `<${node.local}${attributes}>${innerMarkup(node)}</${node.local}>`;
    })
    .join('');
}
