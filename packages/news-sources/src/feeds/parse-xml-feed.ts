import { NewsSourceError } from '../errors.js';
import type { FeedItem, ParsedFeed } from './feed-types.js';
import {
  collapseSpaces,
  buildFeedItem,
  optional,
  resolveLink,
  summaryText,
  toIsoDate,
} from './feed-fields.js';
import { childElements, firstChild, innerMarkup, textOf, type XmlElement } from './xml-tree.js';

const ATOM_NS = 'http://www.w3.org/2005/Atom';
const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';
const DC_NS = 'http://purl.org/dc/elements/1.1/';
const RSS1_NS = 'http://purl.org/rss/1.0/';
const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

/**
 * Child text by local name. Without a namespace it matches RSS's own elements only (none in RSS 2.0,
 * the RSS 1.0 namespace there), so an <atom:link> beside <link> is not taken for it.
 */
function childText(element: XmlElement, local: string, uri?: string): string | undefined {
  const child =
    uri === undefined
      ? childElements(element, local).find((node) => node.uri === '' || node.uri === RSS1_NS)
      : firstChild(element, local, uri);
  return child ? textOf(child) : undefined;
}

function rssItem(item: XmlElement, base: string | undefined, feedLang: string | undefined): FeedItem {
  const title = collapseSpaces(childText(item, 'title'));
  const guidElement = firstChild(item, 'guid');
  const guidText = optional(textOf(guidElement));
  const link = resolveLink(childText(item, 'link') ?? item.attributes['rdf:about'], base);
  // A guid is a permalink unless isPermaLink="false" says otherwise.
  const guidLink = guidElement?.attributes['isPermaLink'] !== 'false' ? resolveLink(guidText, base) : null;
  const summary = summaryText(childText(item, 'description'));
  const contentHtml = optional(childText(item, 'encoded', CONTENT_NS));
  const author = optional(collapseSpaces(childText(item, 'creator', DC_NS) ?? childText(item, 'author')));
  const publishedAt = toIsoDate(childText(item, 'pubDate') ?? childText(item, 'date', DC_NS));
  const lang = optional(childText(item, 'language', DC_NS)) ?? feedLang;
  const url = link ?? guidLink;
  return buildFeedItem({ id: guidText, url, title, summary, contentHtml, author, publishedAt, lang });
}

function parseRss(root: XmlElement, base: string | undefined): ParsedFeed {
  const channel = firstChild(root, 'channel');
  if (!channel) throw new NewsSourceError('FEED_MALFORMED', 'RSS feed has no <channel> element');
  const lang = optional(childText(channel, 'language') ?? childText(channel, 'language', DC_NS));
  // RSS 1.0 (RDF) keeps items beside the channel, RSS 2.0 inside it.
  const items = root.local === 'RDF' ? childElements(root, 'item', RSS1_NS) : childElements(channel, 'item');
  const homeUrl = resolveLink(childText(channel, 'link'), base);
  return {
    format: 'rss',
    title: collapseSpaces(childText(channel, 'title')),
    ...(homeUrl !== null && { homeUrl }),
    ...(lang !== undefined && { lang }),
    items: items.map((item) => rssItem(item, base, lang)),
  };
}

/** Atom text constructs: type="xhtml" holds markup inline, "html" escaped markup, "text" plain text. */
function atomContent(element: XmlElement | undefined): { html?: string; text: string } {
  if (!element) return { text: '' };
  const type = element.attributes['type'] ?? 'text';
  if (type === 'xhtml') {
    const html = innerMarkup(element).trim();
    return { html, text: summaryText(html) };
  }
  if (type === 'html' || type === 'text/html') {
    const html = textOf(element).trim();
    return { html, text: summaryText(html) };
  }
  return { text: collapseSpaces(textOf(element)) };
}

function atomLink(entry: XmlElement, base: string | undefined): string | null {
  const links = childElements(entry, 'link', ATOM_NS);
  const alternate = links.find((link) => (link.attributes['rel'] ?? 'alternate') === 'alternate') ?? links[0];
  return resolveLink(alternate?.attributes['href'], alternate?.attributes['xml:base'] ?? base);
}

function atomEntry(entry: XmlElement, base: string | undefined, feedLang: string | undefined): FeedItem {
  const entryBase = entry.attributes['xml:base']
    ? (resolveLink(entry.attributes['xml:base'], base) ?? base)
    : base;
  const title = atomContent(firstChild(entry, 'title', ATOM_NS)).text;
  const url = atomLink(entry, entryBase);
  const content = atomContent(firstChild(entry, 'content', ATOM_NS));
  const summaryElement = firstChild(entry, 'summary', ATOM_NS);
  const summary = summaryElement ? atomContent(summaryElement).text : content.text;
  const authorElement = firstChild(entry, 'author', ATOM_NS);
  const author = authorElement
    ? optional(collapseSpaces(childText(authorElement, 'name', ATOM_NS)))
    : undefined;
  const publishedAt = toIsoDate(
    childText(entry, 'published', ATOM_NS) ?? childText(entry, 'updated', ATOM_NS),
  );
  const lang = optional(entry.attributes['xml:lang']) ?? feedLang;
  const id = optional(childText(entry, 'id', ATOM_NS));
  return buildFeedItem({ id, url, title, summary, contentHtml: content.html, author, publishedAt, lang });
}

function parseAtom(root: XmlElement, base: string | undefined): ParsedFeed {
  const feedBase = root.attributes['xml:base']
    ? (resolveLink(root.attributes['xml:base'], base) ?? base)
    : base;
  const lang = optional(root.attributes['xml:lang']);
  const homeUrl = atomLink(root, feedBase);
  return {
    format: 'atom',
    title: atomContent(firstChild(root, 'title', ATOM_NS)).text,
    ...(homeUrl !== null && { homeUrl }),
    ...(lang !== undefined && { lang }),
    items: childElements(root, 'entry', ATOM_NS).map((entry) => atomEntry(entry, feedBase, lang)),
  };
}

/** Maps a parsed XML document to a feed, by its root element. */
export function xmlTreeToFeed(root: XmlElement, base: string | undefined): ParsedFeed {
  if (root.local === 'rss' && root.uri === '') return parseRss(root, base);
  if (root.local === 'RDF' && root.uri === RDF_NS) return parseRss(root, base);
  if (root.local === 'feed' && root.uri === ATOM_NS) return parseAtom(root, base);
  const name = root.uri ? `{${root.uri}}${root.local}` : root.local;
  throw new NewsSourceError(
    'FEED_UNKNOWN_FORMAT',
    `root element <${name}> is not RSS 2.0, RSS 1.0 or Atom 1.0`,
  );
}
