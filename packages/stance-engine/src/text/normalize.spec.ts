import { normalizeText, foldString, toOriginalSpan } from './normalize.js';

describe('normalizeText', () => {
  it('folds Arabic orthographic variants, diacritics and tatweel', () => {
    expect(foldString('أَعلنَ إيرانُ آمالاً')).toBe('اعلن ايران امالا');
    expect(foldString('الحكومةُ العراقيـــة')).toBe('الحكومه العراقيه');
    expect(foldString('مستشفى مؤتمر رئيس')).toBe('مستشفي موتمر رييس');
  });

  it('maps Arabic-Indic digits and Arabic punctuation', () => {
    expect(foldString('عام ٢٠١٨، وقال؛ لماذا؟')).toBe('عام 2018, وقال; لماذا?');
    expect(foldString('۱۲۳')).toBe('123');
  });

  it('lowercases English, strips Latin accents, splits hyphens and drops quotes', () => {
    expect(foldString('Erdoğan met al-Kadhimi in “Baghdad”')).toBe('erdogan met al kadhimi in baghdad');
  });

  it('drops a hashtag mark, so the tagged word matches as the plain word', () => {
    const text = 'سبل وقف تدخلات #إيران في المنطقة و#الاتفاق_النووي';
    expect(foldString(text)).toBe('سبل وقف تدخلات ايران في المنطقه والاتفاق النووي');
    const norm = normalizeText(text);
    const at = norm.text.indexOf('ايران');
    expect(text.slice(...toOriginalSpan(norm, at, at + 5))).toBe('إيران');
  });

  it('maps every folded character back to its UTF-16 offset, across emoji and diacritics', () => {
    const text = 'قالَ 😀 الكاظميُّ: نعم';
    const norm = normalizeText(text);
    const at = norm.text.indexOf('الكاظمي');
    const [start, end] = toOriginalSpan(norm, at, at + 'الكاظمي'.length);
    expect(text.slice(start, end).replace(/[\u064b-\u065f]/g, '')).toBe('الكاظمي');
    expect(text.slice(0, start)).toBe('قالَ 😀 ');
  });

  it('collapses whitespace without losing the offset map', () => {
    const norm = normalizeText('a   b\t\tc');
    expect(norm.text).toBe('a b c');
    expect(Array.from(norm.toOriginal)).toEqual([0, 1, 4, 5, 7, 8]);
  });
});
