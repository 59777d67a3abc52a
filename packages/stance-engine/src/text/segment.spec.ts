import { normalizeText } from './normalize.js';
import { tokenize } from './tokens.js';
import { splitSentences } from './segment.js';

function sentences(text: string): string[] {
  const t = tokenize(normalizeText(text).text);
  return splitSentences(t).map((s) => t.text.slice(s.start, s.end).join(' '));
}

describe('sentence segmentation', () => {
  it('splits Arabic on full stops, question marks and line breaks', () => {
    expect(sentences('قال الصدر إن الفصائل تخطئ. هل تنسحب؟\nلا')).toEqual(['قال الصدر ان الفصايل تخطي', 'هل تنسحب', 'لا']);
  });

  it('does not split after abbreviations and initials', () => {
    expect(sentences('U.S. President Barack Obama asked Congress. Mr. Kerry agreed.')).toEqual([
      'u.s . president barack obama asked congress',
      'mr . kerry agreed',
    ]);
  });
});
