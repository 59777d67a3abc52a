// A speaker who names another actor's deeds with a pejorative noun owned by that actor — threats,
// interference, aggression, crimes, violations, "destabilizing activities" — opposes the actor:
// "قال ليبرمان إن التهديدات الإيرانية …", "العمل على وقف تدخلات إيران", "Iran's meddling must
// stop, the minister said". The owner is a nationality adjective, a genitive, a possessive, or
// named after "by"/"of"/a relative clause. Only in someone's words or under a hostile
// verb: the journalist's own naming, denials, others' claims and inquiries are no statement.
import type { Codebook } from '@stance/codebook';
import { targetTopics, triplesWith } from './helpers.js';

const actor = (id: string, kind: Codebook['actors'][number]['kind'], ar: string[], en: string[]) => ({
  id,
  kind,
  names: { ar, en },
  roles: [],
  memberOf: [] as string[],
});

const CODEBOOK: Codebook = {
  version: 1,
  name: 'pejor27-unit-tests',
  actors: [
    actor('iran', 'country', ['إيران', 'طهران'], ['Iran', 'Tehran']),
    actor('israel', 'country', ['إسرائيل'], ['Israel']),
    actor('turkey', 'country', ['تركيا', 'أنقرة'], ['Turkey', 'Ankara']),
    actor('russia', 'country', ['روسيا', 'موسكو'], ['Russia', 'Moscow']),
    actor('saudi', 'country', ['السعودية', 'الرياض'], ['Saudi Arabia', 'Riyadh']),
    actor('iraq', 'country', ['العراق', 'بغداد'], ['Iraq', 'Baghdad']),
    actor('jordan', 'country', ['الأردن', 'عمان'], ['Jordan', 'Amman']),
    actor('houthis', 'armed-group', ['جماعة الحوثي', 'الحوثيين'], ['Houthis', 'Houthi']),
    {
      ...actor('syria-gov', 'government', ['النظام السوري', 'نظام الأسد'], ['Syrian regime', 'Assad regime']),
    },
    {
      ...actor('lieberman', 'person', ['أفيغدور ليبرمان', 'ليبرمان'], ['Avigdor Lieberman', 'Lieberman']),
      memberOf: ['israel'],
    },
    actor('coalition', 'movement', ['الائتلاف الوطني السوري'], ['Syrian Coalition']),
  ],
  topics: targetTopics(
    ['iran', 'israel', 'turkey', 'russia', 'saudi', 'iraq', 'jordan', 'houthis', 'syria-gov'],
    ['ar', 'en'],
  ),
};
const ar = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-09-03' });
const en = triplesWith(CODEBOOK, { lang: 'en', published_at: '2018-09-03' });

describe('Arabic: a pejorative noun owned by an actor in a speaker’s words', () => {
  it('a nationality adjective after a definite misdeed', () => {
    expect(
      ar('وأضاف ليبرمان: "نراقب ما يحدث في سوريا، لكن التهديدات الإيرانية لا تقتصر على سوريا".'),
    ).toContain('lieberman/iran-as-target/oppose');
    expect(ar('وقالت الأردن إن الاعتداءات الإسرائيلية المتكررة تهدد استقرار المنطقة.')).toContain(
      'jordan/israel-as-target/oppose',
    );
    expect(ar('وأكد الائتلاف الوطني السوري أن العدوان الروسي على المدنيين مستمر منذ أشهر.')).toContain(
      'coalition/russia-as-target/oppose',
    );
  });

  it('a genitive after an indefinite misdeed, past a unit word', () => {
    expect(ar('وقالت السعودية إن المجتمع الدولي مطالب بالعمل على وقف تدخلات إيران في المنطقة.')).toContain(
      'saudi/iran-as-target/oppose',
    );
    expect(ar('وقالت السعودية إن اعتداءات ميليشيات الحوثيين على المدنيين لن تمر دون رد.')).toContain(
      'saudi/houthis-as-target/oppose',
    );
  });

  it('an agent in a relative clause, a malign adjective on a noun of conduct', () => {
    expect(ar('وقال الائتلاف الوطني السوري إن الجرائم التي يرتكبها نظام الأسد لن تسقط بالتقادم.')).toContain(
      'coalition/syria-gov-as-target/oppose',
    );
    expect(ar('وقالت السعودية إن أنشطة إيران التخريبية في اليمن يجب أن تتوقف.')).toContain(
      'saudi/iran-as-target/oppose',
    );
  });

  it('under a hostile verb where no speaker frames the words', () => {
    expect(ar('وحذرت السعودية من التهديد الذي تطرحه إيران على أمن الخليج.')).toContain(
      'saudi/iran-as-target/oppose',
    );
    expect(ar('ودعت السعودية دول الخليج إلى التصدي لأنشطة إيران التخريبية.')).toContain(
      'saudi/iran-as-target/oppose',
    );
  });

  it('not the journalist’s naming, a denial, a claim, an inquiry, nor the owner’s own words', () => {
    expect(ar('وتتواصل التهديدات الإيرانية لدول المنطقة منذ أشهر.')).toEqual([]);
    expect(ar('ورفضت السعودية المزاعم عن تدخلات إيران في اليمن.')).not.toContain(
      'saudi/iran-as-target/oppose',
    );
    expect(ar('وقالت السعودية إن التحقيق في الانتهاكات الإسرائيلية سيستمر.')).not.toContain(
      'saudi/israel-as-target/oppose',
    );
    expect(ar('ونفت السعودية وجود أي تدخلات إيرانية في البحرين.')).not.toContain(
      'saudi/iran-as-target/oppose',
    );
    expect(ar('وقالت إيران إن التهديدات الإيرانية مجرد دعاية.')).toEqual([]);
  });

  it('a genitive that names the victim is no owner: "تهديد إيران", "احتلال العراق"', () => {
    expect(ar('وقالت السعودية إن تهديد إيران بالعقوبات لن يجدي.')).not.toContain(
      'saudi/iran-as-target/oppose',
    );
  });

  it('a leader’s threats count for him, not for his country', () => {
    const cb: Codebook = {
      ...CODEBOOK,
      actors: [
        ...CODEBOOK.actors,
        { ...actor('erdogan', 'person', ['رجب طيب أردوغان', 'أردوغان'], ['Erdogan']), memberOf: ['turkey'] },
      ],
    };
    expect(
      triplesWith(cb, { lang: 'ar', published_at: '2018-09-03' })(
        'وقال العراق إن تهديدات أردوغان لن تخيفنا.',
      ),
    ).not.toContain('iraq/turkey-as-target/oppose');
  });

  it('a remit label before a hostile verbal noun takes no side', () => {
    expect(
      ar('وعقدت اللجنة الرباعية المعنية بالتصدي للتدخلات الإيرانية في الشؤون العربية اجتماعا في الرياض.'),
    ).toEqual([]);
  });
});

describe('English: a pejorative noun owned by an actor in a speaker’s words', () => {
  it('a nationality adjective, a possessive, a group’s name before the noun', () => {
    expect(en('Lieberman said Iranian threats were not limited to Syrian territory.')).toContain(
      'lieberman/iran-as-target/oppose',
    );
    expect(en("Saudi Arabia said it would confront Iran's continued interference in the region.")).toContain(
      'saudi/iran-as-target/oppose',
    );
    expect(en('Jordan said the Russian aggression in Syria must end.')).toContain(
      'jordan/russia-as-target/oppose',
    );
    expect(
      en(
        "The Syrian Coalition said the Assad regime's criminality would go on as long as it enjoys impunity.",
      ),
    ).toContain('coalition/syria-gov-as-target/oppose');
  });

  it('a malign adjective on a noun of conduct, "by X", "of X", "…, X said"', () => {
    expect(en("Saudi Arabia said Iran's destabilizing activities in Yemen must stop.")).toContain(
      'saudi/iran-as-target/oppose',
    );
    expect(
      en('The Syrian Coalition said the crimes committed by the Assad regime must be punished.'),
    ).toContain('coalition/syria-gov-as-target/oppose');
    expect(en('The violations of the Assad regime have not stopped, the Syrian Coalition said.')).toContain(
      'coalition/syria-gov-as-target/oppose',
    );
  });

  it('not the journalist’s naming, a rejected claim, an inquiry, "the threat of X"', () => {
    expect(en('Iranian threats have grown in recent months.')).toEqual([]);
    expect(en('Saudi Arabia rejected claims of Iranian interference in Bahrain.')).not.toContain(
      'saudi/iran-as-target/oppose',
    );
    expect(en('Jordan said the investigation into Russian meddling would take months.')).not.toContain(
      'jordan/russia-as-target/oppose',
    );
    expect(en('Jordan said the threat of Russia was exaggerated.')).not.toContain(
      'jordan/russia-as-target/oppose',
    );
    expect(en('Jordan said there was no Iranian interference in its affairs.')).not.toContain(
      'jordan/iran-as-target/oppose',
    );
  });
});
