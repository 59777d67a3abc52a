import { countriesNamedIn, settingCountriesIn } from './country-forms.js';

describe('countriesNamedIn', () => {
  it('finds names and nationality adjectives as whole words, with proclitics', () => {
    expect([...countriesNamedIn(['البرلمان العراقي'])]).toEqual(['IQ']);
    expect([...countriesNamedIn(['الانسحاب الأميركي من العراق'])].sort()).toEqual(['IQ', 'US']);
    expect([...countriesNamedIn(['زيارة للعراق'])]).toEqual(['IQ']);
    expect([...countriesNamedIn(['Turkish strikes in northern Iraq'])].sort()).toEqual(['IQ', 'TR']);
  });

  it('does not find a country inside another word', () => {
    // "المالكي" holds "مالي" (Mali), "الطالباني" holds "ألباني", "Nujaifi" holds no "US".
    expect([...countriesNamedIn(['نوري المالكي', 'جلال الطالباني', 'Osama al-Nujaifi'])]).toEqual([]);
  });

  it('with demonymsOnly, ignores a country named as a leader ("US-led")', () => {
    expect([...countriesNamedIn(['US-led coalition', 'التحالف بقيادة الولايات المتحدة'], true)]).toEqual([]);
    expect([...countriesNamedIn(['Iraqi government'], true)]).toEqual(['IQ']);
  });
});

describe('settingCountriesIn', () => {
  it('takes the countries named after "in"/"في", not the ones acting there', () => {
    expect([...settingCountriesIn(['Turkish military operations in northern Iraq'])]).toEqual(['IQ']);
    expect([...settingCountriesIn(['العمليات العسكرية التركية في شمال العراق'])]).toEqual(['IQ']);
    expect([...settingCountriesIn(["Russia's bombing campaigns (Aleppo, Idlib)"])]).toEqual([]);
  });
});
