import { datelineLength } from './dateline.js';

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
