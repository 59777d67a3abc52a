import { detectLanguage } from './detect-language.js';

describe('detectLanguage', () => {
  it('detects Arabic by script', () => {
    expect(detectLanguage('أعلن رئيس الوزراء العراقي حيدر العبادي عن موعد الانتخابات البرلمانية')).toBe('ar');
  });

  it('detects Arabic text that quotes Latin names', () => {
    expect(detectLanguage('قالت وكالة Reuters إن المحادثات في جنيف انتهت دون اتفاق بين الأطراف')).toBe('ar');
  });

  it('detects English', () => {
    expect(
      detectLanguage(
        'Syrian tanks shelled the central city of Hama on Monday, killing four civilians, residents said.',
      ),
    ).toBe('en');
  });

  it('sends Persian (Arabic script with Persian letters) to the model instead of calling it Arabic', () => {
    expect(detectLanguage('گفت‌وگوهای صلح سوریه در ژنو بدون نتیجه پایان یافت و هیچ توافقی حاصل نشد')).toBe(
      'fa',
    );
  });

  it('detects other languages with a code', () => {
    expect(
      detectLanguage(
        'Le président de la République a annoncé lundi de nouvelles mesures pour les entreprises.',
      ),
    ).toBe('fr');
  });

  it("returns 'und' for text without enough letters", () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('12 345 — !!')).toBe('und');
    expect(detectLanguage('https://example.com/a/b/c')).toBe('und');
  });
});
