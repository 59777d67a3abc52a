import type { FeedItem } from '@stance/news-sources';
import { itemToArticle, needsPage, normalizeLanguageTag } from './feed-item-article.js';

const item = (over: Partial<FeedItem> = {}): FeedItem => ({
  guid: 'g1',
  url: 'https://news.example/a/1',
  title: 'Talks resume',
  summary: 'Short teaser.',
  ...over,
});

describe('feed items as articles', () => {
  it('normalises language tags and drops what is not one', () => {
    expect(normalizeLanguageTag('ar_SA')).toBe('ar-sa');
    expect(normalizeLanguageTag('EN')).toBe('en');
    expect(normalizeLanguageTag('English language')).toBeUndefined();
    expect(normalizeLanguageTag(undefined)).toBeUndefined();
  });

  it('reads the page of a teaser, not of an item with its full text', () => {
    expect(needsPage(item(), 200)).toBe(true);
    expect(needsPage(item({ contentHtml: `<p>${'word '.repeat(100)}</p>` }), 200)).toBe(false);
    expect(needsPage(item({ url: null }), 200)).toBe(false);
  });

  it('takes text from the page and metadata from the item, page filling the gaps', () => {
    const article = itemToArticle(
      item({ publishedAt: '2024-03-01T10:00:00.000Z' }),
      {
        title: 'Page title',
        text: 'The full text of the story. '.repeat(20),
        author: 'A. Writer',
        lang: 'en-GB',
        canonicalUrl: 'https://news.example/a/1?x=1',
        publishedAt: '2024-03-02T00:00:00.000Z',
      },
      { source: 'Example News', lang: 'ar' },
    );
    expect(article.input).toMatchObject({
      title: 'Talks resume',
      source: 'Example News',
      url: 'https://news.example/a/1',
      lang: 'en-gb',
      published_at: '2024-03-01T10:00:00.000Z',
    });
    expect(article.input.text).toMatch(/^The full text/);
    expect(article.extras).toEqual({ author: 'A. Writer', canonicalUrl: 'https://news.example/a/1?x=1' });
  });

  it('falls back to the item text and the feed language without a page', () => {
    const article = itemToArticle(
      item({ contentHtml: '<p>Longer <b>content</b> than the teaser.</p>' }),
      undefined,
      { source: 's', lang: 'ar' },
    );
    expect(article.input).toMatchObject({ text: 'Longer content than the teaser.', lang: 'ar' });
  });
});
