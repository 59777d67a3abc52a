// A decision noun over a deed ("قرار ترامب الانسحاب من الاتفاق النووي"): the deed is the decision's
// side, held as it is by the decision's named owner; the verb reacting to the decision judges it,
// so its holder's side is the verb's polarity times the decision's ("انتقدت تركيا قرار ترامب
// الانسحاب …" supports the deal), whether or not the decision has an owner.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'decide-unit-tests',
  actors: [
    actor('trump', 'person', ['ترامب']),
    actor('turkey', 'country', ['تركيا']),
    actor('saudi', 'country', ['السعودية']),
    actor('uae', 'country', ['الإمارات']),
    actor('rouhani', 'person', ['روحاني']),
    actor('usa', 'country', ['واشنطن']),
  ],
  topics: [
    {
      id: 'nuclear-deal',
      label: { ar: 'الاتفاق النووي' },
      pro: { ar: ['الاتفاق النووي'] },
      anti: {},
    },
    {
      id: 'embassy-move',
      label: { ar: 'نقل السفارة' },
      pro: { ar: ['نقل السفارة'] },
      anti: {},
    },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar' });

describe('a verb reacting to a decision to withdraw', () => {
  it('gives the owner the withdrawal and the critic the opposite side', () => {
    for (const s of [
      'وانتقدت تركيا قرار ترامب الانسحاب من الاتفاق النووي.',
      'وانتقدت تركيا قرار ترامب بالانسحاب من الاتفاق النووي.',
    ])
      expect(triples(s).sort()).toEqual(['trump/nuclear-deal/oppose', 'turkey/nuclear-deal/support']);
  });

  it('gives those who back the decision the owner’s side', () => {
    expect(triples('السعودية والإمارات تؤيدان قرار ترامب بالانسحاب من الاتفاق النووي').sort()).toEqual([
      'saudi/nuclear-deal/oppose',
      'trump/nuclear-deal/oppose',
      'uae/nuclear-deal/oppose',
    ]);
    expect(
      triples(
        'وقالت السعودية في بيانها إنها تؤيد قرار ترامب بالانسحاب من الاتفاق النووي وفرض العقوبات التي رفعت عن إيران بموجبه.',
      ).sort(),
    ).toEqual(['saudi/nuclear-deal/oppose', 'trump/nuclear-deal/oppose']);
  });

  it('composes the rejection of an unowned decision once', () => {
    expect(triples('ورفضت تركيا قرار الانسحاب من الاتفاق النووي.')).toEqual(['turkey/nuclear-deal/support']);
  });

  it('leaves a decision that only dates or concedes the clause to its owner', () => {
    expect(
      triples(
        'وكان الرئيس الإيراني حسن روحاني قد قال إن بلاده ستبقى ملتزمة بالاتفاق النووي متعدد الأطراف رغم قرار ترامب الانسحاب من الاتفاق النووي مع إيران.',
      ).sort(),
    ).toEqual(['rouhani/nuclear-deal/support', 'trump/nuclear-deal/oppose']);
  });

  it('reads no name for the pronoun of a verbal noun rejecting the decision', () => {
    expect(
      triples(
        'وردا على سؤال بشأن استعداد الأوروبيين للمشاركة في هذا التحالف الجديد، على الرغم من رفضهم قرار واشنطن بشأن الانسحاب من الاتفاق النووي مع إيران، أكدت المتحدثة باسم الخارجية الأميركية أن العديد من الشركاء يشاطرون واشنطن قلقها.',
      ),
    ).toEqual(['usa/nuclear-deal/oppose']);
  });

  it('keeps a regret over the decision and a rejection of the withdrawal itself', () => {
    expect(triples('وأبدى أسفه لقرار ترامب الانسحاب من الاتفاق النووي.')).toEqual([
      'trump/nuclear-deal/oppose',
    ]);
    expect(triples('ورفضت تركيا الانسحاب من الاتفاق النووي.')).toEqual(['turkey/nuclear-deal/support']);
  });

  it('leaves decisions over other deeds as they were', () => {
    expect(triples('ورفضت تركيا قرار نقل السفارة إلى القدس.')).toEqual(['turkey/embassy-move/oppose']);
    expect(triples('وأدانت تركيا قرار ترامب بنقل السفارة إلى القدس.').sort()).toEqual([
      'trump/embassy-move/support',
      'turkey/embassy-move/oppose',
    ]);
  });
});
