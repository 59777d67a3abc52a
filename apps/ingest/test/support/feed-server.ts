/**
 * A real HTTP server on loopback serving feeds built from corpus articles: RSS 2.0, Atom and
 * JSON Feed with ETag / If-None-Match, article pages for teaser items, and misbehaving feeds
 * (slow, stalled, broken, huge, hostile XML, redirect loop). It counts requests, conditional
 * hits and the most requests in flight at once per path.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CorpusArticle } from './corpus.js';

export interface FeedStats {
  requests: number;
  notModified: number;
  inFlight: number;
  maxInFlight: number;
}

interface Route {
  body: () => string;
  contentType: string;
  delayMs?: number;
  /** Sent with ETag and honoured with 304 on If-None-Match. */
  etag?: boolean;
  redirectTo?: string;
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const paragraphs = (text: string) =>
  text
    .split(/(?<=[.!?؟])\s+/)
    .map((s) => `<p>${escapeXml(s)}</p>`)
    .join('');
const teaser = (text: string) => text.slice(0, 120);
const date = (a: CorpusArticle, i: number) =>
  new Date(Date.parse(a.published_at ?? '2020-01-01') + i * 60_000);

export class FeedServer {
  private readonly server: Server;
  private readonly routes = new Map<string, Route>();
  private readonly stats = new Map<string, FeedStats>();
  base = '';

  constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  statsOf(path: string): FeedStats {
    return this.stats.get(path) ?? { requests: 0, notModified: 0, inFlight: 0, maxInFlight: 0 };
  }

  paths(): string[] {
    return [...this.routes.keys()];
  }

  /** Every item: full text in content:encoded for even items, a teaser linking to its page for odd ones. */
  addRss(path: string, title: string, articles: CorpusArticle[], options: { delayMs?: number } = {}): string {
    this.addPages(path, articles);
    const items = articles.map((a, i) => {
      const link = `${this.base}${path}/page/${i}`;
      const content =
        i % 2 === 0 ? `<content:encoded><![CDATA[${paragraphs(a.text)}]]></content:encoded>` : '';
      return `<item><title>${escapeXml(a.title)}</title><link>${link}</link><guid isPermaLink="false">${escapeXml(a.id)}</guid>
        <pubDate>${date(a, i).toUTCString()}</pubDate><description>${escapeXml(teaser(a.text))}</description>${content}</item>`;
    });
    return this.add(path, {
      contentType: 'application/rss+xml; charset=utf-8',
      etag: true,
      ...(options.delayMs !== undefined && { delayMs: options.delayMs }),
      body: () => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${escapeXml(title)}</title>
<link>${this.base}</link>${[...items].reverse().join('\n')}</channel></rss>`,
    });
  }

  /** No language stated anywhere: the service must detect it. */
  addAtom(path: string, title: string, articles: CorpusArticle[]): string {
    const entries = articles.map(
      (a, i) => `<entry><id>urn:corpus:${escapeXml(a.id)}</id><title>${escapeXml(a.title)}</title>
        <updated>${date(a, i).toISOString()}</updated><author><name>Desk ${i}</name></author>
        <content type="html">${escapeXml(paragraphs(a.text))}</content></entry>`,
    );
    return this.add(path, {
      contentType: 'application/atom+xml',
      etag: true,
      body: () => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${escapeXml(title)}</title><id>urn:feed:${path}</id>
<updated>2024-01-01T00:00:00Z</updated>${[...entries].reverse().join('\n')}</feed>`,
    });
  }

  /** Teasers only: every article comes from its page. */
  addJsonFeed(path: string, title: string, articles: CorpusArticle[]): string {
    this.addPages(path, articles);
    return this.add(path, {
      contentType: 'application/feed+json',
      etag: true,
      body: () =>
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title,
          language: 'en',
          items: articles.map((a, i) => ({
            id: a.id,
            url: `${this.base}${path}/page/${i}`,
            title: a.title,
            summary: teaser(a.text),
            date_published: date(a, i).toISOString(),
          })),
        }),
    });
  }

  add(path: string, route: Route): string {
    this.routes.set(path, route);
    return `${this.base}${path}`;
  }

  private addPages(path: string, articles: CorpusArticle[]): void {
    articles.forEach((a, i) => {
      this.routes.set(`${path}/page/${i}`, {
        contentType: 'text/html; charset=utf-8',
        body: () => `<!doctype html><html><head><title>${escapeXml(a.title)}</title>
<meta name="author" content="Page Author ${i}"><link rel="canonical" href="${this.base}${path}/page/${i}">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${escapeXml(a.title)}</h1>${paragraphs(a.text)}</article><footer>© Test News</footer></body></html>`,
      });
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', this.base).pathname;
    const route = this.routes.get(path);
    const stats = this.stats.get(path) ?? { requests: 0, notModified: 0, inFlight: 0, maxInFlight: 0 };
    this.stats.set(path, stats);
    stats.requests++;
    stats.inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    // A request ends when its connection does: a client that gave up (timeout) is no longer polling.
    res.once('close', () => stats.inFlight--);
    {
      if (!route) {
        res.writeHead(404).end('not found');
        return;
      }
      if (route.delayMs) await new Promise((r) => setTimeout(r, route.delayMs).unref());
      if (res.destroyed) return;
      if (route.redirectTo) {
        res.writeHead(302, { location: route.redirectTo }).end();
        return;
      }
      const body = route.body();
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      if (route.etag && req.headers['if-none-match'] === etag) {
        stats.notModified++;
        res.writeHead(304, { etag }).end();
        return;
      }
      res.writeHead(200, { 'content-type': route.contentType, ...(route.etag && { etag }) }).end(body);
    }
  }
}

/** Entity expansion bomb: 10^9 "lol"s if a parser expanded it. */
export const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>`;
