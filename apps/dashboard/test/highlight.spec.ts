import { findPhrases, segmentText, sentenceBounds } from '../src/lib/highlight.js';

describe('segmentText', () => {
  it('cuts text where the covering marks change, nesting overlaps', () => {
    const segments = segmentText('abcdefghij', [
      { start: 2, end: 8, kind: 'selected' },
      { start: 4, end: 6, kind: 'actor' },
    ]);
    expect(segments.map((s) => [s.text, s.kinds])).toEqual([
      ['ab', []],
      ['cd', ['selected']],
      ['ef', ['selected', 'actor']],
      ['gh', ['selected']],
      ['ij', []],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe('abcdefghij');
  });

  it('clips marks outside the text and ignores empty ones', () => {
    expect(
      segmentText('abc', [
        { start: 2, end: 99, kind: 'evidence' },
        { start: 1, end: 1, kind: 'actor' },
      ]),
    ).toEqual([
      { text: 'ab', start: 0, kinds: [] },
      { text: 'c', start: 2, kinds: ['evidence'] },
    ]);
  });

  it('keeps UTF-16 offsets for Arabic and astral characters', () => {
    const text = 'قال 😀 الكاظمي';
    const start = text.indexOf('الكاظمي');
    const segments = segmentText(text, [{ start, end: start + 'الكاظمي'.length, kind: 'actor' }]);
    expect(segments[1]).toEqual({ text: 'الكاظمي', start, kinds: ['actor'] });
  });
});

describe('findPhrases', () => {
  it('finds surface forms inside the window only, ignoring Latin case', () => {
    const text = 'Kadhimi said. Then KADHIMI supported the US military presence.';
    const from = text.indexOf('Then');
    const marks = findPhrases(text, ['Kadhimi', 'US military presence'], from, text.length, 'actor');
    expect(marks.map((m) => text.slice(m.start, m.end))).toEqual(['KADHIMI', 'US military presence']);
  });

  it('matches Arabic across hamza forms and diacritics, keeping the longest overlapping match', () => {
    const text = 'وقال مُصطفى الكاظمي إن انسحاب القوات الامريكية ضروري';
    const marks = findPhrases(
      text,
      ['مصطفى الكاظمي', 'الكاظمي', 'انسحاب القوات الأمريكية'],
      0,
      text.length,
      'topic',
    );
    expect(marks.map((m) => text.slice(m.start, m.end))).toEqual([
      'مُصطفى الكاظمي',
      'انسحاب القوات الامريكية',
    ]);
  });

  it('treats phrases as text, not as regular expressions', () => {
    expect(findPhrases('a (b) c', ['(b)', '.*'], 0, 7, 'actor').map((m) => [m.start, m.end])).toEqual([
      [2, 5],
    ]);
  });
});

describe('sentenceBounds', () => {
  it('widens a clause to its sentence (Latin and Arabic stops)', () => {
    const text = 'First one. Iraqi PM Kadhimi rejected it today. Last؟ بعد';
    const start = text.indexOf('rejected');
    const b = sentenceBounds(text, start, start + 8);
    expect(text.slice(b.start, b.end)).toBe(' Iraqi PM Kadhimi rejected it today.');
  });
});
