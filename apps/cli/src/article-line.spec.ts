import { parseArticleLine } from './article-line.js';

describe('parseArticleLine', () => {
  it('accepts a full article and keeps only the engine fields', () => {
    const result = parseArticleLine(
      JSON.stringify({
        id: 'a',
        text: 't',
        title: 'T',
        lang: 'ar',
        published_at: '2018-05-12T00:00:00Z',
        source: 'x',
        url: null,
      }),
    );
    expect(result).toEqual({
      ok: true,
      article: { id: 'a', text: 't', title: 'T', lang: 'ar', published_at: '2018-05-12T00:00:00Z' },
    });
  });

  it('accepts missing optional fields and a null date', () => {
    expect(parseArticleLine('{"id": "a", "text": ""}')).toEqual({ ok: true, article: { id: 'a', text: '' } });
    expect(parseArticleLine('{"id": "a", "text": "x", "published_at": null, "lang": null}')).toEqual({
      ok: true,
      article: { id: 'a', text: 'x', published_at: null },
    });
  });

  it.each([
    ['{"id": "a", "text": ', /^not JSON: /],
    ['"just a string"', /^expected a JSON object, found a string$/],
    ['null', /^expected a JSON object, found null$/],
    ['{"text": "x"}', /^missing "id"$/],
    ['{"id": "", "text": "x"}', /^"id" must be a non-empty string, found a string$/],
    ['{"id": "a"}', /^missing "text"$/],
    ['{"id": "a", "text": ["x"]}', /^"text" must be a string, found an array$/],
    ['{"id": "a", "text": "x", "title": 3}', /^"title" must be a string, found a number$/],
    [
      '{"id": "a", "text": "x", "published_at": "soon"}',
      /^"published_at" must be an ISO date string or null, found "soon"$/,
    ],
  ])('rejects %s', (line, message) => {
    const result = parseArticleLine(line);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('lists every problem of a line at once', () => {
    const result = parseArticleLine('{"id": 1, "text": 2}');
    expect(result).toEqual({
      ok: false,
      error: '"id" must be a non-empty string, found a number; "text" must be a string, found a number',
    });
  });
});
