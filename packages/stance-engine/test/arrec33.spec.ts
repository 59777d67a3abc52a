// Arabic concern and presence (arrec33): a noun of fear or dismay takes من as what it is about
// ("قلقها من انتشار قوات إيرانية"), never as its holder; opposing an actor's presence (وجود،
// تواجد، التواجد الإيراني) opposes the actor; and ثمن after a verb of paying is the price, not
// the verb of appreciation; a verbal noun with its own genitive agent and ل-object under a
// reacting verb ("انتقدت … دعم الأمم المتحدة للحوثيين") is the agent's act, not composed with the verb.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const ar = actorsNamedIn('ar');
const en = actorsNamedIn('en');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'arrec33-unit-tests',
  actors: [
    ar('israel', 'country', ['إسرائيل']),
    ar('iran', 'country', ['إيران']),
    ar('iraq', 'government', ['الحكومة العراقية']),
    ar('pkk', 'armed-group', ['حزب العمال الكردستاني']),
    ar('coalition', 'organization', ['التحالف العربي']),
    ar('houthis', 'armed-group', ['الحوثي', 'الحوثيين']),
    ar('qatar', 'country', ['قطر']),
    ar('usa', 'country', ['الولايات المتحدة', 'أمريكا']),
    ar('pompeo', 'person', ['بومبيو']),
    ar('isis', 'armed-group', ['داعش']),
    ar('un', 'organization', ['الأمم المتحدة']),
    ar('yemen', 'government', ['الحكومة اليمنية']),
    en('abadi', 'person', ['Abadi']),
    en('pkk-en', 'armed-group', ['PKK']),
  ],
  topics: targetTopics(['israel', 'iran', 'pkk', 'houthis', 'usa', 'isis', 'pkk-en'], ['ar', 'en']),
};
const triples = triplesWith(CODEBOOK, { lang: 'ar' });
const triplesEn = triplesWith(CODEBOOK, { lang: 'en' });

describe('concern about what follows من (arrec33)', () => {
  it('a concern noun with its pronoun: what follows من is its object', () => {
    expect(triples('وأبدت إسرائيل مرارا قلقها من انتشار قوات إيرانية قرب حدودها.')).toContain(
      'israel/iran-as-target/oppose',
    );
  });

  it('past an intensifier between the noun and من', () => {
    expect(triples('وأعربت الحكومة العراقية عن قلقها البالغ من حزب العمال الكردستاني في سنجار.')).toContain(
      'iraq/pkk-as-target/oppose',
    );
  });

  it('the actor after من is not made the holder of the concern', () => {
    expect(triples('وأعربت الحكومة العراقية عن قلقها من حزب العمال الكردستاني.')).not.toContain(
      'pkk/iraq-as-target/oppose',
    );
  });

  it('ground taken من someone in a passive clause gives the earlier subject nothing', () => {
    expect(
      triples('وأعاد بومبيو توجيه الأموال لمساعدة المناطق التي تم تحريرها واستعادتها من سيطرة داعش.'),
    ).not.toContain('pompeo/isis-as-target/oppose');
  });
});

describe('presence nouns (arrec33)', () => {
  it('rejecting وجود X opposes X (the و of وجود is no conjunction)', () => {
    expect(triples('ورفضت الحكومة العراقية وجود حزب العمال الكردستاني في سنجار.')).toContain(
      'iraq/pkk-as-target/oppose',
    );
  });

  it('preventing any تواجد of an actor opposes it', () => {
    expect(
      triples('ويهدف التحالف العربي إلى منع أي تواجد لميليشيات الحوثي على امتداد الساحل الغربي.'),
    ).toContain('coalition/houthis-as-target/oppose');
  });

  it('التواجد with a nationality adjective names the state', () => {
    expect(triples('وأكدت إسرائيل تصميمها على منع التواجد الإيراني العسكري على الحدود الشمالية.')).toContain(
      'israel/iran-as-target/oppose',
    );
  });

  it('English: rejecting the presence of X (unchanged)', () => {
    expect(triplesEn('Abadi rejected the presence of PKK fighters in Sinjar.')).toContain(
      'abadi/pkk-en-as-target/oppose',
    );
  });
});

describe('ثمن after paying is a price (arrec33)', () => {
  it('"تدفع قطر ثمن وجود أمريكا": no appreciation of the one present', () => {
    expect(triples('وقال الوزير إنه يجب أن تدفع قطر ثمن وجود أمريكا في سوريا.')).not.toContain(
      'qatar/usa-as-target/support',
    );
  });

  it('"دفع العراق ثمنا باهظا لصد العدوان الإيراني": no support for the aggressor', () => {
    expect(
      triples('ودفعت الحكومة العراقية ثمنا باهظا لصد العدوان الإيراني على المحافظات الثلاث.'),
    ).not.toContain('iraq/iran-as-target/support');
  });

  it('ثمن without paying is still appreciation', () => {
    expect(triples('وثمنت إسرائيل موقف الولايات المتحدة.')).toContain('israel/usa-as-target/support');
  });
});

describe('a verbal noun with its genitive agent under a reacting verb (arrec33)', () => {
  const text = 'وكانت الحكومة اليمنية قد انتقدت دعم الأمم المتحدة لميليشيات الحوثي بمبلغ 14 مليون دولار.';

  it("the agent keeps the noun's own side", () => {
    expect(triples(text)).toContain('un/houthis-as-target/support');
    expect(triples(text)).not.toContain('un/houthis-as-target/oppose');
  });

  it("the reacting verb's holder composes with it once", () => {
    expect(triples(text)).toContain('yemen/houthis-as-target/oppose');
  });

  it('welcoming the support: both support its object', () => {
    expect(triples('ورحبت الحكومة اليمنية بدعم الأمم المتحدة لإسرائيل.')).toEqual(
      expect.arrayContaining(['un/israel-as-target/support', 'yemen/israel-as-target/support']),
    );
  });
});
