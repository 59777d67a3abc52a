// Precision on unseen Arabic text (branch prec30): acts that are only expected, feared, possible
// or set in a time to come are no one's position, and a list of names after a verb that carries
// its object pronoun are all the verb's subjects. Sentences are shaped like corpus ones; each
// near miss differs in the word the rule turns on. The English corpus has no such constructions
// with a codebook actor ("amid expectations that X will strike" does not occur in it), so the
// rules are Arabic only.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const actor = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'prec30-unit-tests',
  actors: [
    actor('us', 'country', ['الولايات المتحدة', 'واشنطن', 'أمريكا']),
    actor('russia', 'country', ['روسيا', 'موسكو']),
    actor('turkey', 'country', ['تركيا', 'أنقرة']),
    actor('syria', 'government', ['النظام السوري']),
    actor('pkk', 'armed-group', ['حزب العمال الكردستاني']),
    actor('trump', 'person', ['دونالد ترامب', 'ترامب'], { memberOf: ['us'] }),
  ],
  topics: [
    ...targetTopics(['us', 'russia', 'turkey', 'syria', 'pkk'], ['ar']),
    {
      id: 'nuclear-deal',
      label: { ar: 'الاتفاق النووي' },
      pro: { ar: ['الاتفاق النووي'] },
      anti: { ar: ['الانسحاب من الاتفاق النووي', 'إلغاء الاتفاق النووي'] },
    },
  ],
};
const triples = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-04-12T00:00:00Z' });

describe('an act only expected or feared is no position of its agent', () => {
  it('"وسط توقعات بأن تشن X ضربة عسكرية ضد Y": expected, nothing', () => {
    expect(
      triples('وذلك وسط توقعات بأن تشن الولايات المتحدة ضربة عسكرية ضد النظام السوري بعد الهجوم الكيماوي.'),
    ).toEqual([]);
  });

  it("the same act reported as done is the agent's deed", () => {
    expect(triples('وشنت الولايات المتحدة ضربة عسكرية ضد النظام السوري بعد الهجوم الكيماوي.')).toEqual([
      'us/syria-as-target/oppose',
    ]);
  });

  it('"تخوفا من ضربة أميركية على X" and "وسط ترقب لضربة": an indefinite act feared or awaited', () => {
    expect(triples('وقررت الشركة تعديل مسار رحلاتها تخوفا من ضربة أمريكا على النظام السوري.')).toEqual([]);
    expect(triples('حلقت الطائرات بكثافة وسط ترقب لضربة أمريكا ضد النظام السوري.')).toEqual([]);
  });

  it('"مخاوف من الهجوم": a definite act is one under way, still its agent\'s', () => {
    expect(triples('وأعرب المسؤولون عن مخاوف من هجوم تركيا على حزب العمال الكردستاني.')).toEqual([]);
    expect(triples('وأعرب المسؤولون عن مخاوف من الهجوم الذي تشنه تركيا ضد حزب العمال الكردستاني.')).toEqual([
      'turkey/pkk-as-target/oppose',
    ]);
  });

  it('"يتوقع أن تشن X ضربة ضد Y": a prediction, not the act', () => {
    expect(triples('وقال المسؤول إنه يتوقع أن تشن الولايات المتحدة ضربة ضد النظام السوري.')).toEqual([]);
  });

  it('"السيناريو الآخر هو أن تنسحب X من الاتفاق": a scenario; without "أن" the rule is silent', () => {
    expect(triples('السيناريو الآخر هو أن تنسحب الولايات المتحدة من الاتفاق النووي.')).toEqual([]);
    expect(triples('السيناريو الآخر هو انسحاب الولايات المتحدة من الاتفاق النووي.')).toEqual([
      'us/nuclear-deal/oppose',
    ]);
  });
});

describe('an act qualified as possible, expected or imminent', () => {
  it('"الحرب المحتملة التي تشنها X ضد Y": not done', () => {
    expect(
      triples('استعدت موسكو لمواجهة الحرب المحتملة التي تشنها الولايات المتحدة ضد النظام السوري.'),
    ).toEqual([]);
    expect(triples('استعدت موسكو لمواجهة الحرب التي تشنها الولايات المتحدة ضد النظام السوري.')).toContain(
      'us/syria-as-target/oppose',
    );
  });

  it('its subject announcing, seeking or ready to take the act holds a position', () => {
    expect(triples('وقال ترامب إنه سيطلق عملية عسكرية وشيكة ضد النظام السوري.')).toContain(
      'trump/syria-as-target/oppose',
    );
    expect(triples('وتحرص أنقرة على القيام بعمل مشترك محتمل ضد حزب العمال الكردستاني.')).toEqual([
      'turkey/pkk-as-target/oppose',
    ]);
  });
});

describe('"عندما" before a present verb sets the clause in a time to come', () => {
  it('"عندما يقرر ترامب الانسحاب": not yet decided', () => {
    expect(triples('لا بد من انتظار ما بعد أيار، أي عندما يقرر ترامب الانسحاب من الاتفاق النووي.')).toEqual(
      [],
    );
  });

  it('"عندما قرر ترامب الانسحاب": a past act keeps its statement', () => {
    expect(triples('تغير الوضع عندما قرر ترامب الانسحاب من الاتفاق النووي.')).toEqual([
      'trump/nuclear-deal/oppose',
    ]);
  });
});

describe('a list of names after a verb carrying its object pronoun', () => {
  it('"الذي تعتبره X والاتحاد الأوروبي وY منظمة إرهابية": every name judges, none is judged', () => {
    expect(
      triples(
        'ويشن حزب العمال الكردستاني، الذي تعتبره الولايات المتحدة والاتحاد الأوروبي وتركيا منظمة إرهابية، تمردا.',
      ),
    ).not.toContain('us/turkey-as-target/oppose');
  });

  it('a name after a speech frame is still judged ("قال X إن Y منظمة إرهابية")', () => {
    expect(triples('وقالت روسيا إن الولايات المتحدة وتركيا منظمة إرهابية.')).toContain(
      'russia/turkey-as-target/oppose',
    );
  });
});

describe('a backing noun set off by commas names the backer', () => {
  const yemen = triplesWith(
    {
      version: 1,
      name: 'prec30-backing-unit-tests',
      actors: [
        actor('uae', 'country', ['الإمارات']),
        actor('houthis', 'armed-group', ['الحوثيين', 'ميليشيات الحوثي']),
        actor('iran', 'country', ['إيران']),
        actor('coalition', 'organization', ['التحالف العربي']),
      ],
      topics: targetTopics(['uae', 'houthis', 'iran', 'coalition'], ['ar']),
    },
    { lang: 'ar', published_at: '2018-06-12T00:00:00Z' },
  );

  it('"، بدعم ومشاركة X،" is no support for X by the sentence\'s earlier actor', () => {
    expect(
      yemen(
        'وقصفت مقاتلات التحالف العربي مواقع ميليشيات الحوثي، حيث واصلت المقاومة المشتركة، بدعم ومشاركة القوات الإماراتية، التقدم نحو المدينة.',
      ),
    ).toEqual(['coalition/houthis-as-target/oppose']);
    expect(
      yemen(
        'وتكبدت ميليشيات الحوثي خسائر فادحة، فيما تقوم قوات المقاومة، بدعم التحالف العربي، بتضييق الخناق على المتمردين.',
      ),
    ).toEqual([]);
  });

  it('a charge of backing ("اتهم X Y بدعم Z") is still read', () => {
    expect(yemen('واتهم التحالف العربي إيران بدعم الحوثيين.')).toEqual([
      'coalition/houthis-as-target/oppose',
      'coalition/iran-as-target/oppose',
    ]);
  });
});
