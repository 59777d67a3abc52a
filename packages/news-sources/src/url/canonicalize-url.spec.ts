import { canonicalizeUrl } from './canonicalize-url.js';
import { isNewsSourceError } from '../errors.js';

describe('canonicalizeUrl', () => {
  it('lowercases scheme and host, drops default port, fragment and credentials', () => {
    expect(canonicalizeUrl('HTTPS://User:pw@Example.COM:443/News/Story?id=7#comments')).toBe(
      'https://example.com/News/Story?id=7',
    );
    expect(canonicalizeUrl('http://example.com:80/a')).toBe('http://example.com/a');
  });

  it('keeps non-default ports', () => {
    expect(canonicalizeUrl('http://example.com:8080/a')).toBe('http://example.com:8080/a');
  });

  it('removes tracking parameters and sorts the rest', () => {
    expect(
      canonicalizeUrl(
        'https://example.com/a?utm_source=tw&z=1&fbclid=abc&b=2&gclid=x&mc_cid=1&igshid=q&UTM_Medium=m&a=3',
      ),
    ).toBe('https://example.com/a?a=3&b=2&z=1');
  });

  it('removes AMP variants: amp host, /amp suffix, /amp/ prefix, .amp, ?amp and outputType=amp', () => {
    const canonical = 'https://example.com/world/story-1';
    for (const variant of [
      'https://amp.example.com/world/story-1',
      'https://example.com/world/story-1/amp',
      'https://example.com/world/story-1/amp/',
      'https://example.com/amp/world/story-1',
      'https://example.com/world/story-1.amp',
      'https://example.com/world/story-1?amp=1',
      'https://example.com/world/story-1?amp',
      'https://example.com/world/story-1?outputType=amp',
      'https://m.example.com/world/story-1/',
      'https://mobile.example.com/world/story-1',
      'https://www.example.com/world/story-1#top',
    ]) {
      expect(canonicalizeUrl(variant)).toBe(canonical);
    }
  });

  it('keeps outputType values other than amp and paths that only contain "amp"', () => {
    expect(canonicalizeUrl('https://example.com/camp/ample?outputType=print')).toBe(
      'https://example.com/camp/ample?outputType=print',
    );
  });

  it('does not strip a variant label when only a two-label host would remain', () => {
    expect(canonicalizeUrl('https://m.com/a')).toBe('https://m.com/a');
    expect(canonicalizeUrl('https://m.bbc.co.uk/arabic/x')).toBe('https://bbc.co.uk/arabic/x');
  });

  it('keeps the root slash and removes trailing slashes elsewhere', () => {
    expect(canonicalizeUrl('https://example.com')).toBe('https://example.com/');
    expect(canonicalizeUrl('https://example.com/a/b//')).toBe('https://example.com/a/b');
  });

  it('maps Arabic paths and their percent-encoded forms to one string', () => {
    const raw = 'http://www.alarabiya.net/ar/arab-and-world/2013/12/27/تركيا-الحائرة.html';
    const encoded = new URL(raw).href.replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase());
    expect(canonicalizeUrl(encoded)).toBe(canonicalizeUrl(raw));
    expect(canonicalizeUrl(raw)).toMatch(
      /^http:\/\/alarabiya\.net\/ar\/arab-and-world\/2013\/12\/27\/%D8%AA/,
    );
  });

  it('rejects non-http schemes and garbage with URL_INVALID', () => {
    for (const bad of ['ftp://example.com/a', 'javascript:alert(1)', 'not a url', '']) {
      try {
        canonicalizeUrl(bad);
        throw new Error(`accepted ${bad}`);
      } catch (error) {
        expect(isNewsSourceError(error, 'URL_INVALID')).toBe(true);
      }
    }
  });
});
