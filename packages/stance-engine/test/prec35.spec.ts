// Wrong holders (prec35): the addressee of a directive is not the holder of what it is told to
// do — after an official we do not track ("دعا وزير الخارجية الهولندي مجلس الأمن إلى …"), after a
// subject standing between "أن" and the verb ("أن قوات … تطالب الأمم المتحدة بـ…"), and in English
// an audience after "told", "appealed to" with no tracked subject before it.
import type { Codebook } from '@stance/codebook';
import { triplesWith } from './helpers.js';

const CODEBOOK: Codebook = {
  version: 1,
  name: 'prec35-unit-tests',
  actors: [
    {
      id: 'un',
      kind: 'organization',
      names: { ar: ['الأمم المتحدة'], en: ['United Nations', 'UN'] },
      roles: [],
      memberOf: [],
    },
    {
      id: 'unsc',
      kind: 'organization',
      names: { ar: ['مجلس الأمن الدولي', 'مجلس الأمن'], en: ['Security Council'] },
      roles: [],
      memberOf: ['un'],
    },
    {
      id: 'saudi-arabia',
      kind: 'country',
      names: { ar: ['السعودية'], en: ['Saudi Arabia'] },
      roles: [],
      memberOf: [],
    },
    {
      id: 'houthis',
      kind: 'armed-group',
      names: { ar: ['الحوثيين', 'الحوثي'], en: ['Houthis'] },
      roles: [],
      memberOf: [],
    },
  ],
  topics: [
    {
      id: 'houthis-as-target',
      actor: 'houthis',
      label: { ar: 'الحوثيون', en: 'Houthis' },
      pro: {},
      anti: {},
    },
    {
      id: 'ceasefire',
      label: { ar: 'وقف إطلاق النار', en: 'ceasefire' },
      pro: { ar: ['وقف إطلاق النار'], en: ['ceasefire'] },
      anti: {},
    },
  ],
};
const ar = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-04-16T00:00:00Z' });
const en = triplesWith(CODEBOOK, { lang: 'en', published_at: '2016-10-01T00:00:00Z' });

describe('the addressee of a directive is not its holder', () => {
  it('after an official we do not track, the actor is the addressee', () => {
    expect(
      ar('ودعا وزير الخارجية الألماني مجلس الأمن الدولي إلى مواصلة الدفع من أجل وقف إطلاق النار.'),
    ).toEqual([]);
    expect(ar('وطالب وزير الخارجية النمساوي الأمم المتحدة بإدانة جرائم ميليشيا الحوثي.')).toEqual([]);
  });

  it('a tracked subject of the directive holds what it calls for', () => {
    expect(ar('ودعت السعودية مجلس الأمن الدولي إلى إدانة جرائم ميليشيا الحوثي.')).toEqual([
      'saudi-arabia/houthis-as-target/oppose',
    ]);
  });

  it("the council's own head is no addressee", () => {
    expect(ar('ودعا رئيس مجلس الأمن الدولي إلى وقف إطلاق النار في اليمن.')).toEqual([
      'unsc/ceasefire/support',
    ]);
  });

  it('a subject between أن and the directive verb leaves the actor after it as the addressee', () => {
    expect(
      ar('وأكد المتحدث أن قوات تحالف دعم الشرعية تطالب الأمم المتحدة ومنظماتها لإدانة جرائم ميليشيا الحوثي.'),
    ).toEqual([]);
  });

  it('a tracked subject after أن still holds the call', () => {
    expect(ar('وأكد المتحدث أن السعودية تطالب الأمم المتحدة بإدانة جرائم ميليشيا الحوثي.')).toEqual([
      'saudi-arabia/houthis-as-target/oppose',
    ]);
  });

  it('the actor right after the verb, with nothing before it, is the subject', () => {
    expect(ar('وطالبت الأمم المتحدة بإدانة جرائم ميليشيا الحوثي.')).toEqual(['un/houthis-as-target/oppose']);
  });

  it('English: an audience of someone we do not track is no holder', () => {
    expect(
      en('Jundi appealed to the United Nations to pressure Russia to stop the attacks of the Houthis.'),
    ).toEqual([]);
  });

  it('English: a noun subject in reported words holds its own act, not the speaker', () => {
    expect(
      en(
        'The Saudi ministry in Riyadh stated on Saturday that armed groups breached the ceasefire three times.',
      ),
    ).toEqual([]);
  });

  it('English: a pronoun in reported words is still the speaker', () => {
    expect(en('Saudi Arabia stated on Saturday that it backed the ceasefire.')).toEqual([
      'saudi-arabia/ceasefire/support',
    ]);
  });
});
