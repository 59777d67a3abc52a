import { datelineLength, isInlineDateline } from './dateline.js';

describe('datelineLength', () => {
  it('covers the place and agency that open a wire story', () => {
    const text = 'دبي، الإمارات العربية المتحدة (CNN)-- رحب مجلس الوزراء السعودي بتجاوب تركيا';
    expect(text.slice(datelineLength(text))).toBe(' رحب مجلس الوزراء السعودي بتجاوب تركيا');
    const en = 'BEIRUT (Reuters) - Syrian government forces advanced on Sunday.';
    expect(en.slice(datelineLength(en))).toBe(' Syrian government forces advanced on Sunday.');
  });

  it('leaves a story without a dateline whole', () => {
    // A bracket in the first sentence without the agency dash is the story itself.
    expect(datelineLength('قال الرئيس العراقي (برهم صالح) إن الحكومة ستتشكل قريبا.')).toBe(0);
    expect(datelineLength('Turkey (a NATO member) condemned the strikes - again.')).toBe(0);
    expect(datelineLength('Iraq votes on Saturday. Baghdad (AFP) - polls open.')).toBe(0);
  });
});

describe('isInlineDateline', () => {
  // From corpus/news-en.jsonl: Sputnik pages run several stories together.
  const text =
    'Syrian Kurds Set Up Body to Govern Raqqa After Daesh Defeat MOSCOW (Sputnik) According to the Firat news agency';
  it('takes a place in capitals before a news agency in brackets', () => {
    const at = text.indexOf('MOSCOW');
    expect(isInlineDateline(text, at, at + 6)).toBe(true);
  });
  it('leaves a name before another bracket, or not in capitals, alone', () => {
    const daesh = 'Militants of Daesh (outlawed in Russia) attacked Moscow (Sputnik) reports.';
    expect(isInlineDateline(daesh, 13, 18)).toBe(false);
    const at = daesh.indexOf('Moscow');
    expect(isInlineDateline(daesh, at, at + 6)).toBe(false);
    expect(isInlineDateline('the ISIS (IS) group', 4, 8)).toBe(false);
  });
});
