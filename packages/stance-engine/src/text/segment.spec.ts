import { normalizeText } from './normalize.js';
import { tokenize } from './tokens.js';
import { splitClauses, splitSentences } from './segment.js';

function sentences(text: string): string[] {
  const t = tokenize(normalizeText(text).text);
  return splitSentences(t).map((s) => t.text.slice(s.start, s.end).join(' '));
}

describe('sentence segmentation', () => {
  it('splits Arabic on full stops, question marks and line breaks', () => {
    expect(sentences('قال الصدر إن الفصائل تخطئ. هل تنسحب؟\nلا')).toEqual([
      'قال الصدر ان الفصايل تخطي',
      'هل تنسحب',
      'لا',
    ]);
  });

  it('does not split after abbreviations and initials', () => {
    expect(sentences('U.S. President Barack Obama asked Congress. Mr. Kerry agreed.')).toEqual([
      'u.s . president barack obama asked congress',
      'mr . kerry agreed',
    ]);
  });

  it('does not split at a full stop right before a comma or closing bracket (state abbreviations)', () => {
    expect(sentences('Rep. Ann Lee, D-Calif., agreed. Sen. Bo Ray (R-Fla.) did not.')).toEqual([
      'rep . ann lee , d calif . , agreed',
      'sen . bo ray ( r fla . ) did not',
    ]);
    // A full stop followed by a space and a bracket still ends the sentence.
    expect(sentences('They agreed. (He did not.)')).toHaveLength(2);
  });
});

describe('clause segmentation', () => {
  function clauses(text: string): string[] {
    const t = tokenize(normalizeText(text).text);
    const [sentence] = splitSentences(t);
    return splitClauses(t, sentence!).map((c) => t.text.slice(c.start, c.end).join(' '));
  }

  it('splits Arabic at ، ؛ and before clause-opening conjunctions', () => {
    expect(clauses('رفض الصدر الاتفاق، بينما رحبت به الحكومة؛ لكن الفصائل صمتت')).toEqual([
      'رفض الصدر الاتفاق',
      'بينما رحبت به الحكومه',
      'لكن الفصايل صمتت',
    ]);
  });

  it('splits English at commas and before "but" or "while"', () => {
    expect(clauses('Russia backed the plan but France rejected it, officials said')).toEqual([
      'russia backed the plan',
      'but france rejected it',
      'officials said',
    ]);
  });
});
