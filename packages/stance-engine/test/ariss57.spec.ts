// Arabic stances on issues (round "ariss57"): a declaring verb whose direct object is an act
// phrase declares the act ("أعلنت الحكومة العراقية تنفيذ حكم الإعدام"); a future passive with no
// agent in someone's words is that speaker's commitment ("وقال يلدريم: سيتم تنفيذ عمليات …"); a
// verbal noun whose genitive is followed by a course of action has that genitive as its agent
// ("رفض الحوثيين المشاورات", "التحاق الحوثيين بالمشاورات"); a warning of what follows if an act
// is taken opposes the act ("حذر روحاني من عواقب وخيمة إذا أعادت الولايات المتحدة فرض العقوبات"). Sentences are those of
// corpus/news-ar.jsonl and the development sets, or shaped like them.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'ariss57-unit-tests',
  actors: [
    actor('trump', 'person', ['دونالد ترامب', 'ترامب']),
    actor('iraqi-government', 'government', ['الحكومة العراقية']),
    actor('yildirim', 'person', ['بن علي يلدريم', 'يلدريم']),
    actor('houthis', 'armed-group', ['الحوثيين', 'الحوثيون']),
    actor('griffiths', 'person', ['مارتن غريفيث', 'غريفيث']),
    actor('yemen-government', 'government', ['الحكومة اليمنية']),
    actor('israel', 'country', ['إسرائيل']),
    actor('parliament', 'government', ['البرلمان', 'مجلس النواب']),
    actor('rouhani', 'person', ['حسن روحاني', 'روحاني']),
    actor('usa', 'country', ['الولايات المتحدة', 'واشنطن']),
    actor('erdogan', 'person', ['رجب طيب أردوغان', 'أردوغان']),
  ],
  topics: [
    {
      id: 'jerusalem-embassy',
      label: { ar: 'نقل السفارة' },
      pro: { ar: ['الاعتراف بالقدس عاصمة لإسرائيل', 'نقل السفارة الأمريكية'] },
      anti: {},
    },
    {
      id: 'nuclear-deal',
      label: { ar: 'الاتفاق النووي' },
      pro: { ar: ['الاتفاق النووي'] },
      anti: { ar: ['الانسحاب من الاتفاق النووي', 'فرض العقوبات'] },
    },
    {
      id: 'executions',
      label: { ar: 'تنفيذ أحكام الإعدام' },
      pro: { ar: ['تنفيذ حكم الإعدام'] },
      anti: {},
    },
    {
      id: 'operations',
      label: { ar: 'العمليات العسكرية' },
      pro: { ar: ['عمليات عسكرية'] },
      anti: {},
    },
    {
      id: 'peace-talks',
      label: { ar: 'مشاورات جنيف' },
      pro: { ar: ['مشاورات جنيف', 'المشاورات'] },
      anti: {},
    },
    {
      id: 'recount',
      label: { ar: 'إعادة الفرز' },
      pro: { ar: ['إعادة فرز الأصوات يدويا'] },
      anti: {},
    },
    {
      id: 'elections',
      label: { ar: 'الانتخابات' },
      pro: { ar: ['الانتخابات'] },
      anti: {},
    },
    ...targetTopics(['houthis'], ['ar']),
  ],
};
const t = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-06-01' });

describe('a declaring verb with an act phrase as its object (ariss57)', () => {
  it('"أعلن X <act>" is X carrying the act out', () => {
    expect(t('أعلنت الحكومة العراقية اليوم الجمعة تنفيذ حكم الإعدام في 12 مدانا بالإرهاب.')).toContain(
      'iraqi-government/executions/support',
    );
    expect(t('وكان الرئيس الأميركي دونالد ترامب أعلن الاعتراف بالقدس عاصمة لإسرائيل.')).toContain(
      'trump/jerusalem-embassy/support',
    );
    expect(t('وأعلن ترامب الانسحاب من الاتفاق النووي.')).toContain('trump/nuclear-deal/oppose');
  });

  it('with an elided subject and a date between', () => {
    const got = t('ويشار إلى أن ترامب أعلن في ديسمبر 2017 الماضي الاعتراف بالقدس عاصمة لإسرائيل.');
    expect(got).toContain('trump/jerusalem-embassy/support');
  });

  it('the noun إعلان with its declarer in the genitive right before the act', () => {
    expect(
      t(
        'وقال إن السعودية ستسعى لتطوير سلاح نووي في حال سعت إيران لذلك، وسط تزايد التوتر إثر إعلان واشنطن الانسحاب من الاتفاق النووي.',
      ),
    ).toContain('usa/nuclear-deal/oppose');
  });

  it('not when negated, not through أن, not the noun إعلان without its declarer', () => {
    expect(t('ولم يعلن ترامب الانسحاب من الاتفاق النووي.')).toEqual([]);
    expect(t('وأعلن ترامب أن الانسحاب من الاتفاق النووي مسألة وقت.')).not.toContain(
      'trump/nuclear-deal/oppose',
    );
    expect(t('وقتل مئات المدنيين منذ إعلان الانسحاب من الاتفاق النووي.')).toEqual([]);
  });
});

describe('a future passive without agent in reported words (ariss57)', () => {
  it('"سيتم تنفيذ …" is the speaker\'s commitment', () => {
    expect(t('وقال يلدريم: "سيتم تنفيذ عمليات عسكرية في شمالي العراق متى اقتضت الحاجة إلى ذلك".')).toContain(
      'yildirim/operations/support',
    );
    expect(t('وقال يلدريم إنه سوف يتم تنفيذ عمليات عسكرية في شمالي العراق.')).toContain(
      'yildirim/operations/support',
    );
  });

  it('not a past passive, which only reports', () => {
    expect(t('وقال يلدريم إنه تم تنفيذ عمليات عسكرية في شمالي العراق.')).toEqual([]);
  });
});

describe('a verbal noun with its genitive agent and a course of action after it (ariss57)', () => {
  it('the genitive holds the act, the verb over it composes', () => {
    const got = t('وانتقدت الحكومة اليمنية رفض الحوثيين المشاورات.');
    expect(got).toContain('houthis/peace-talks/oppose');
    expect(got).toContain('yemen-government/peace-talks/support');
  });

  it('regret at a party not joining the talks supports them; the party opposes them', () => {
    const got = t('وأعرب غريفيث عن أسفه لعدم التحاق الحوثيين بمشاورات جنيف.');
    expect(got).toContain('houthis/peace-talks/oppose');
    expect(got).toContain('griffiths/peace-talks/support');
    expect(got).not.toContain('griffiths/peace-talks/oppose');
  });

  it('the genitive is the agent, not the object, of the noun', () => {
    const got = t('وانتقدت الحكومة اليمنية مقاطعة الحوثيين المشاورات.');
    expect(got).toContain('houthis/peace-talks/oppose');
    expect(got).not.toContain('yemen-government/houthis-as-target/support');
  });

  it('celebrating and demanding an act', () => {
    expect(
      t('وقتل عشرات الفلسطينيين بالتزامن مع احتفال إسرائيل بنقل السفارة الأمريكية إلى القدس.'),
    ).toContain('israel/jerusalem-embassy/support');
    expect(
      t('وشب حريق في موقع تخزين صناديق الاقتراع بعد أيام من مطالبة البرلمان بإعادة فرز الأصوات يدويا.'),
    ).toContain('parliament/recount/support');
  });
});

describe('a warning of what follows if an act is taken (ariss57)', () => {
  it('opposes the act in the condition', () => {
    expect(
      t(
        'وكان روحاني حذر الأسبوع الماضي من أنه ستكون هناك "عواقب وخيمة" إذا أعادت الولايات المتحدة فرض العقوبات.',
      ),
    ).toContain('rouhani/nuclear-deal/support');
    expect(t('وحذر روحاني من عواقب وخيمة إذا انسحبت واشنطن من الاتفاق النووي.')).toContain(
      'rouhani/nuclear-deal/support',
    );
  });

  it('a negated condition flips, a negated warning says nothing', () => {
    expect(t('وحذر روحاني من عواقب وخيمة إذا لم تلتزم واشنطن بالاتفاق النووي.')).toContain(
      'rouhani/nuclear-deal/support',
    );
    expect(t('ولم يحذر روحاني من عواقب إذا انسحبت واشنطن من الاتفاق النووي.')).toEqual([]);
  });

  it('nothing without a stance cue inside the condition', () => {
    expect(t('وحذر روحاني من عواقب وخيمة إذا انهار الاتفاق النووي.')).toEqual([]);
  });

  it('no cue governs a target inside a condition opened after it', () => {
    expect(
      t('وقال أردوغان إنه يسعى إلى تشكيل ائتلاف إذا أخفق في الحصول على أغلبية برلمانية في الانتخابات.'),
    ).toEqual([]);
  });
});
