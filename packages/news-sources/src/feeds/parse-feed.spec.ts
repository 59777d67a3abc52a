import { parseFeed } from './parse-feed.js';
import { isNewsSourceError, type NewsSourceErrorCode } from '../errors.js';

function expectFeedError(
  body: string | Uint8Array,
  code: NewsSourceErrorCode,
  message: RegExp,
  options = {},
): void {
  let caught: unknown;
  try {
    parseFeed(body, options);
  } catch (error) {
    caught = error;
  }
  expect(isNewsSourceError(caught, code)).toBe(true);
  expect((caught as Error).message).toMatch(message);
}

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>Sky News Arabia</title>
  <atom:link href="https://example.com/feed.xml" rel="self" type="application/rss+xml"/>
  <link>https://example.com/</link>
  <language>ar</language>
  <item>
    <title>العبادي: الانتخابات في موعدها</title>
    <link>/middle-east/1</link>
    <guid isPermaLink="false">sk-1</guid>
    <description><![CDATA[<p>أعلن رئيس الوزراء &amp; <b>الحكومة</b></p>]]></description>
    <content:encoded><![CDATA[<p>Full <em>text</em></p>]]></content:encoded>
    <dc:creator>سكاي نيوز</dc:creator>
    <pubDate>Mon, 19 Feb 2018 10:30:00 +0300</pubDate>
  </item>
  <item>
    <title>Tom &amp; Jerry&#x2019;s &lt;news&gt;&nbsp;day</title>
    <guid>https://example.com/permalink/2</guid>
    <description>plain &amp;amp; simple</description>
    <pubDate>not a date</pubDate>
  </item>
  <item><title>no link at all</title><description>only words</description></item>
</channel>
</rss>`;

describe('parseFeed: RSS 2.0', () => {
  const feed = parseFeed(RSS, { baseUrl: 'https://example.com/feed.xml' });

  it('reads channel metadata, ignoring atom:link beside link', () => {
    expect(feed).toMatchObject({
      format: 'rss',
      title: 'Sky News Arabia',
      homeUrl: 'https://example.com/',
      lang: 'ar',
    });
    expect(feed.items).toHaveLength(3);
  });

  it('maps an item with CDATA, content:encoded, dc:creator and an RFC 822 date', () => {
    expect(feed.items[0]).toEqual({
      guid: 'sk-1',
      url: 'https://example.com/middle-east/1',
      title: 'العبادي: الانتخابات في موعدها',
      summary: 'أعلن رئيس الوزراء & الحكومة',
      contentHtml: '<p>Full <em>text</em></p>',
      author: 'سكاي نيوز',
      publishedAt: '2018-02-19T07:30:00.000Z',
      lang: 'ar',
    });
  });

  it('decodes predefined entities and character references, uses a permalink guid as URL, drops bad dates', () => {
    const item = feed.items[1];
    expect(item?.title).toBe('Tom & Jerry\u2019s <news> day');
    // RSS descriptions are escaped HTML: &amp;amp; is the HTML text "&amp;", i.e. "&".
    expect(item?.summary).toBe('plain & simple');
    expect(item?.url).toBe('https://example.com/permalink/2');
    expect(item?.publishedAt).toBeUndefined();
  });

  it('gives items without guid or link a stable hash guid and a null url', () => {
    const again = parseFeed(RSS).items[2];
    expect(feed.items[2]?.url).toBeNull();
    expect(feed.items[2]?.guid).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(again?.guid).toBe(feed.items[2]?.guid);
  });
});

describe('parseFeed: RSS 1.0', () => {
  it('reads items beside the channel', () => {
    const feed =
      parseFeed(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://example.org/"><title>RDF feed</title><link>https://example.org/</link></channel>
      <item rdf:about="https://example.org/a"><title>A</title><link>https://example.org/a</link><dc:date>2018-03-01T12:00:00Z</dc:date></item>
    </rdf:RDF>`);
    expect(feed.format).toBe('rss');
    expect(feed.items).toEqual([
      {
        guid: 'https://example.org/a',
        url: 'https://example.org/a',
        title: 'A',
        summary: '',
        publishedAt: '2018-03-01T12:00:00.000Z',
      },
    ]);
  });
});

describe('parseFeed: Atom 1.0', () => {
  const ATOM = `<?xml version="1.0" encoding="utf-8"?>
  <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en" xml:base="https://news.example.net/">
    <title type="text">Wire</title>
    <link rel="self" href="/atom.xml"/>
    <link rel="alternate" href="/"/>
    <entry>
      <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
      <title type="html">Talks &lt;b&gt;resume&lt;/b&gt;</title>
      <link rel="alternate" href="stories/1"/>
      <link rel="enclosure" href="/img.jpg"/>
      <published>2018-02-19T10:30:00+03:00</published>
      <updated>2018-02-20T00:00:00Z</updated>
      <author><name>Jane Roe</name></author>
      <summary>Short summary</summary>
      <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Para &amp; one</p></div></content>
    </entry>
    <entry xml:lang="ar">
      <id>tag:example.net,2018:2</id>
      <title>عنوان</title>
      <link href="https://other.example/2"/>
      <updated>2018-02-21T00:00:00Z</updated>
      <content type="html">&lt;p&gt;نص&lt;/p&gt;</content>
    </entry>
  </feed>`;
  const feed = parseFeed(ATOM);

  it('reads feed metadata with xml:base and xml:lang', () => {
    expect(feed).toMatchObject({
      format: 'atom',
      title: 'Wire',
      homeUrl: 'https://news.example.net/',
      lang: 'en',
    });
  });

  it('maps entries: alternate link, html title, xhtml content, published before updated', () => {
    expect(feed.items[0]).toEqual({
      guid: 'urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a',
      url: 'https://news.example.net/stories/1',
      title: 'Talks resume',
      summary: 'Short summary',
      contentHtml: '<div><p>Para &amp; one</p></div>',
      author: 'Jane Roe',
      publishedAt: '2018-02-19T07:30:00.000Z',
      lang: 'en',
    });
  });

  it('falls back to updated, content as summary, and entry-level language', () => {
    expect(feed.items[1]).toMatchObject({
      url: 'https://other.example/2',
      title: 'عنوان',
      summary: 'نص',
      contentHtml: '<p>نص</p>',
      publishedAt: '2018-02-21T00:00:00.000Z',
      lang: 'ar',
    });
  });
});

describe('parseFeed: JSON Feed', () => {
  it('maps JSON Feed 1.1 items (authors, language, numeric id, external_url)', () => {
    const feed = parseFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'JSON news',
        home_page_url: 'https://j.example/',
        language: 'en-GB',
        items: [
          {
            id: '1',
            url: 'https://j.example/1',
            title: 'One',
            content_html: '<p>Body <b>one</b></p>',
            authors: [{ name: 'A. Writer' }, { name: 'B. Writer' }],
            date_published: '2018-05-12T08:00:00Z',
            language: 'ar',
          },
          {
            id: 2,
            external_url: 'https://elsewhere.example/2',
            content_text: 'Just text',
            author: { name: 'Old Style' },
          },
        ],
      }),
    );
    expect(feed).toMatchObject({
      format: 'json',
      title: 'JSON news',
      homeUrl: 'https://j.example/',
      lang: 'en-GB',
    });
    expect(feed.items[0]).toEqual({
      guid: '1',
      url: 'https://j.example/1',
      title: 'One',
      summary: 'Body one',
      contentHtml: '<p>Body <b>one</b></p>',
      author: 'A. Writer, B. Writer',
      publishedAt: '2018-05-12T08:00:00.000Z',
      lang: 'ar',
    });
    expect(feed.items[1]).toEqual({
      guid: '2',
      url: 'https://elsewhere.example/2',
      title: '',
      summary: 'Just text',
      author: 'Old Style',
      lang: 'en-GB',
    });
  });

  it('rejects JSON that is not a JSON Feed, and broken items', () => {
    expectFeedError('{"items": []}', 'FEED_UNKNOWN_FORMAT', /version/);
    expectFeedError('{"version": "https://jsonfeed.org/version/1.1"}', 'FEED_MALFORMED', /items/);
    expectFeedError(
      '{"version": "https://jsonfeed.org/version/1.1", "items": [1]}',
      'FEED_MALFORMED',
      /items\[0\]/,
    );
    expectFeedError('{"version": ', 'FEED_MALFORMED', /not valid JSON/);
  });
});

describe('parseFeed: hostile and broken input', () => {
  const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title></channel></rss>`;

  it('rejects a billion-laughs feed without expanding it', () => {
    const started = performance.now();
    expectFeedError(BILLION_LAUGHS, 'FEED_DTD_FORBIDDEN', /internal subset/);
    // Expansion would need gigabytes; a refusal is immediate. (Loose bound: only catches expansion.)
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('rejects an external-entity (XXE) feed', () => {
    expectFeedError(
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><title>&xxe;</title></channel></rss>',
      'FEED_DTD_FORBIDDEN',
      /entity declarations are not processed/,
    );
  });

  it('accepts a DOCTYPE without internal subset but never loads the DTD', () => {
    const feed = parseFeed(
      '<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>Old</title></channel></rss>',
    );
    expect(feed.title).toBe('Old');
  });

  it('reports undeclared entities and broken markup with file and line', () => {
    expectFeedError(
      '<rss>\n<channel>\n<title>&bogus;</title></channel></rss>',
      'FEED_MALFORMED',
      /https:\/\/f\.example\/rss:3:\d+: undefined entity/,
      {
        baseUrl: 'https://f.example/rss',
      },
    );
    expectFeedError('<rss><channel>\n<item><title>x</item></channel></rss>', 'FEED_MALFORMED', /feed:2:\d+/);
    expectFeedError('<rss><channel><title>truncated', 'FEED_MALFORMED', /not well-formed/);
  });

  it('refuses feeds over the size limit before parsing', () => {
    expectFeedError(
      `<rss><channel>${'<item/>'.repeat(100)}</channel></rss>`,
      'FEED_TOO_LARGE',
      /over the 100-byte limit/,
      { maxBytes: 100 },
    );
  });

  it('refuses absurd nesting', () => {
    expectFeedError(
      `<rss>${'<a>'.repeat(100)}${'</a>'.repeat(100)}</rss>`,
      'FEED_MALFORMED',
      /nested deeper than 64/,
    );
  });

  it('names unknown formats', () => {
    expectFeedError('<html><body>hi</body></html>', 'FEED_UNKNOWN_FORMAT', /<html>/);
    expectFeedError('<feed><title>no namespace</title></feed>', 'FEED_UNKNOWN_FORMAT', /<feed>/);
    expectFeedError('Just some text', 'FEED_UNKNOWN_FORMAT', /neither XML nor JSON/);
  });
});

describe('parseFeed: bytes and encodings', () => {
  it('decodes windows-1256 declared in the XML declaration', () => {
    // "عراق" in windows-1256 is 0xda 0xd1 0xc7 0xde
    const head = Buffer.from('<?xml version="1.0" encoding="windows-1256"?><rss><channel><title>', 'latin1');
    const body = Buffer.from([0xda, 0xd1, 0xc7, 0xde]);
    const tail = Buffer.from('</title></channel></rss>', 'latin1');
    expect(parseFeed(new Uint8Array(Buffer.concat([head, body, tail]))).title).toBe('عراق');
  });

  it('decodes UTF-8 with a byte-order mark', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('<rss><channel><title>بغداد</title></channel></rss>'),
    ]);
    expect(parseFeed(new Uint8Array(bytes)).title).toBe('بغداد');
  });

  it('rejects an unknown encoding label', () => {
    expectFeedError(
      new TextEncoder().encode('<?xml version="1.0" encoding="x-klingon"?><rss/>'),
      'FEED_UNSUPPORTED_ENCODING',
      /x-klingon/,
    );
  });
});
