import { normalizeText } from './normalize.js';
import { tokenize } from './tokens.js';
import { splitSentences, type Sentence } from './segment.js';
import { collectLinkLists } from './link-lists.js';

/** The words of each link list found in the text (sentences as the engine splits them). */
function linkLists(text: string, lang: 'ar' | 'en'): string[] {
  const norm = normalizeText(text);
  const tokens = tokenize(norm.text);
  const capitalized = Uint8Array.from(tokens.start, (s) => {
    const c = text.charCodeAt(norm.toOriginal[s]!);
    return c >= 0x41 && c <= 0x5a ? 1 : 0;
  });
  const lists: Sentence[] = [];
  for (const sentence of splitSentences(tokens))
    collectLinkLists(tokens, sentence, lang, lang === 'en' ? capitalized : undefined, lists);
  return lists.map((l) => tokens.text.slice(l.start, l.end).join(' '));
}

// Sentences from corpus/news-ar.jsonl and corpus/news-en.jsonl.
describe('collectLinkLists', () => {
  it('takes an Arabic teaser line whole, and nothing else of the story', () => {
    const text =
      'واتهمت وزارة الدفاع الروسية المعارضة السورية الأحد.\nاقرأ أيضا: الجماعات المسلحة التي تقاتل في الغوطة الشرقية\nوجرى تداول فيديو.';
    expect(linkLists(text, 'ar')).toEqual(['اقرا ايضا : الجماعات المسلحه التي تقاتل في الغوطه الشرقيه']);
    expect(linkLists('للمزيد: تقرير يكشف عن إحراق جثة بن بركة\nوعاد اليوسفي في مذكراته.', 'ar')).toHaveLength(
      1,
    );
    // The same words inside a sentence are the story's own.
    expect(linkLists('وقال إن على الجميع أن يقرأ أيضا: البيان كاملا.', 'ar')).toEqual([]);
  });

  it('ends run-on English headlines at the full stop, a topic label at its count, tags at the story', () => {
    expect(
      linkLists(
        'Russia has lost at least 12 soldiers. Source TRTWorld and agencies Related News Summit in Tehran calls for political solution in Syria',
        'en',
      ),
    ).toEqual(['related news summit in tehran calls for political solution in syria']);
    expect(
      linkLists(
        'Get short URL Topic US Missile Attack on Syrian Air Base (200) 2510 The US missile strike on Syrias Shairat airbase killed four children.',
        'en',
      ),
    ).toEqual(['topic us missile attack on syrian air base ( 200 )']);
    expect(
      linkLists(
        'Tags Shayrat cruise missiles US Homs Idlib Khan Sheikhun Fifty nine US cruise missiles struck a Syrian regime airbase.',
        'en',
      ),
    ).toEqual(['tags shayrat cruise missiles us homs idlib khan sheikhun']);
  });

  it('takes a page footer\'s "Category News" headlines to the full stop', () => {
    expect(
      linkLists(
        'Are Donald Trumps new abortion policies just? Category News The blunders of MBS and how Saudi Arabia can reclaim its sovereignty Summit in Tehran calls for political solution in Syria A picture is worth a thousand words. Follow us on Instagram.',
        'en',
      ),
    ).toEqual([
      'category news the blunders of mbs and how saudi arabia can reclaim its sovereignty summit in tehran calls for political solution in syria a picture is worth a thousand words',
    ]);
  });

  it('leaves ordinary uses of the words alone', () => {
    expect(linkLists('Officials discussed related issues and the topic of Syria.', 'en')).toEqual([]);
    expect(linkLists('Related talks in Geneva failed.', 'en')).toEqual([]);
    expect(linkLists('The category of weapons used in Aleppo is banned.', 'en')).toEqual([]);
  });
});
