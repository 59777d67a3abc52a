// Arabic readings fixed in arfix46 (sentences from the news corpus): a decision to cut relations
// with X; a participle with a possessive before a name ("وداعمها إيران"); the owner of a
// possessive pronoun on a coordinated noun ("تجاه إيران وأعمالها … ودعمها لنظام الأسد",
// "استنكارها لإقرار الكنيست"); addressing a problem (يعالج، معالجة) opposes it.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const ar = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'arfix46-unit-tests',
  actors: [
    ar('usa', 'country', ['الولايات المتحدة', 'واشنطن']),
    ar('trump', 'person', ['دونالد ترامب', 'ترامب']),
    ar('iran', 'country', ['إيران', 'طهران']),
    ar('morocco', 'country', ['المغرب']),
    ar('saudi', 'country', ['السعودية']),
    ar('houthis', 'armed-group', ['الحوثي', 'الحوثيين']),
    ar('uae', 'country', ['الإمارات']),
    ar('coalition', 'organization', ['التحالف العربي']),
    ar('syria-gov', 'government', ['نظام الأسد']),
    ar('knesset', 'organization', ['الكنيست']),
  ],
  topics: [
    ...targetTopics(['usa', 'iran', 'houthis', 'coalition', 'syria-gov'], ['ar']),
    {
      id: 'nuclear-deal',
      label: { ar: 'الاتفاق النووي' },
      pro: { ar: ['الاتفاق النووي'] },
      anti: {},
    },
    {
      id: 'nation-state-law',
      label: { ar: 'قانون القومية' },
      pro: { ar: ['القانون المسمى'] },
      anti: {},
    },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar' });

describe('cutting relations under a decision (arfix46)', () => {
  it('the decision to cut relations with X opposes X, held by the decision’s owner', () => {
    const t = triples('وتابع أن قرار المغرب بقطع علاقاته مع إيران كان قائما على تقييماتنا الخاصة.');
    expect(t).toContain('morocco/iran-as-target/oppose');
    expect(t).not.toContain('morocco/iran-as-target/support');
  });

  it('the relations deed is read after a noun of solidarity with the decision', () => {
    expect(
      triples(
        'أعربت جامعة الدول العربية عن تضامنها مع قرار السلطات المغربية بقطع العلاقات الدبلوماسية مع إيران.',
      ),
    ).toContain('morocco/iran-as-target/oppose');
  });
});

describe('possessive pronouns and their owners (arfix46)', () => {
  it('"وداعمها إيران" names the backer in apposition, not an object', () => {
    const t = triples(
      'داعية مجلس الأمن لإدانة الهجوم الحوثي الأخير، وتحميل الميليشيات الحوثية وداعمها إيران مسؤولية الجرائم.',
    );
    expect(t).not.toContain('houthis/iran-as-target/support');
  });

  it('a conjunct with the pronoun of the name before the list is that name’s deed', () => {
    const t = triples(
      'وأضاف: "تأمل السعودية بأن يتخذ المجتمع الدولي موقفا حازما وموحدا تجاه إيران وأعمالها العدائية المزعزعة لاستقرار المنطقة، ودعمها للجماعات الإرهابية، خاصة حزب الله وميليشيا الحوثي، ودعمها لنظام الأسد".',
    );
    expect(t).toContain('iran/syria-gov-as-target/support');
    expect(t).not.toContain('saudi/syria-gov-as-target/support');
  });

  it('a place before the conjunct owns nothing', () => {
    expect(
      triples(
        'وتكثف إسرائيل تحذيراتها من تعزيز طهران وجودها العسكري في سوريا ودعواتها إلى إلغاء الاتفاق النووي.',
      ),
    ).not.toContain('iran/nuclear-deal/oppose');
  });

  it('the condemnation is its pronoun’s owner’s; the agent named in its ل-object is not the holder', () => {
    const t = triples(
      'عبر مصدر مسؤول في وزارة الخارجية السعودية عن رفض السعودية واستنكارها لإقرار الكنيست الإسرائيلي القانون المسمى بالدولة القومية.',
    );
    expect(t).toContain('saudi/nation-state-law/oppose');
    expect(t).not.toContain('saudi/nation-state-law/support');
    expect(t).not.toContain('knesset/nation-state-law/oppose');
  });

  it('a reaction noun with its pronoun: the agent of the act in its ل-object does not hold it', () => {
    const t = triples(
      'وأعربت السعودية عن استنكارها لإقرار الكنيست الإسرائيلي القانون المسمى بالدولة القومية.',
    );
    expect(t).toContain('saudi/nation-state-law/oppose');
    expect(t).not.toContain('knesset/nation-state-law/oppose');
  });

  it('a verbal noun with a ل-object keeps its pronoun as owner, not as an earlier phrase', () => {
    expect(
      triples(
        'وقالت إن إيران استغلت رفع العقوبات بعد الاتفاق النووي في أنشطتها المزعزعة لاستقرار المنطقة، ودعمها للجماعات الإرهابية.',
      ),
    ).not.toContain('iran/nuclear-deal/support');
  });
});

describe('addressing a problem opposes it (arfix46)', () => {
  it('a deal that must address a state’s conduct opposes the state', () => {
    expect(
      triples(
        'ودعا ترامب إلى إبرام اتفاق جديد وشامل مع إيران يعالج جميع جوانب سلوك طهران المزعزع للاستقرار في سوريا واليمن.',
      ),
    ).toContain('trump/iran-as-target/oppose');
  });

  it('seeking to fix what one sees as flaws in a deal is no support for it', () => {
    const t = triples('وقال إن واشنطن تسعى إلى معالجة ما تراه قصورا في الاتفاق النووي.');
    expect(t).not.toContain('usa/nuclear-deal/support');
  });
});
