// Designating a group in a relative clause (round "aropp41"): "حزب العمال الكردستاني، الذي تصنفه
// أنقرة تنظيما إرهابيا" — the one who classes the antecedent as terrorist opposes it: the verb's
// named subject, or, with the category right after the verb, the speaker whose words the clause
// reports. Stopping a group's activity names the group after its unit too ("وقف أنشطة منظمة
// PKK", "أنشطة أعضاء حزب العمال"). Sentences are those of corpus/news-ar.jsonl or shaped like them.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const ar = actorsNamedIn('ar');
const CODEBOOK: Codebook = {
  version: 1,
  name: 'aropp41-ar',
  actors: [
    ar('turkey', 'country', ['تركيا', 'أنقرة']),
    ar('iraq', 'country', ['العراق', 'بغداد']),
    ar('us', 'government', ['الولايات المتحدة', 'واشنطن']),
    ar('eu', 'organization', ['الاتحاد الأوروبي']),
    ar('egypt', 'government', ['السلطات المصرية', 'القاهرة']),
    ar('pkk', 'armed-group', ['حزب العمال الكردستاني', 'PKK']),
    ar('ypg', 'armed-group', ['وحدات حماية الشعب الكردية', 'الوحدات الكردية']),
    ar('brotherhood', 'party', ['جماعة الإخوان المسلمين', 'الإخوان']),
  ],
  topics: targetTopics(['turkey', 'iraq', 'us', 'eu', 'egypt', 'pkk', 'ypg', 'brotherhood'], ['ar', 'en']),
};
const t = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-06-01' });

describe('a relative clause designating its antecedent a terrorist group', () => {
  it('the named subject of "الذي تصنفه X تنظيما إرهابيا" opposes the antecedent', () => {
    const got = t(
      'وتعتبر تركيا الوحدات الكردية امتدادا لحزب العمال الكردستاني المحظور لديها، الذي تصنفه أنقرة تنظيما إرهابيا.',
    );
    expect(got).toContain('turkey/pkk-as-target/oppose');
    expect(got).not.toContain('pkk/turkey-as-target/oppose');
  });

  it("a list of designators is the stock phrase identifying the group, no one's position", () => {
    // (Readable-set gold does not code the listed designators: a label, see arprec.spec.ts.)
    const got = t(
      'وقالت وزارة الداخلية التركية إن السلطات اعتقلت 90 شخصا للاشتباه في صلتهم بحزب العمال الكردستاني، الذي تصنفه تركيا والولايات المتحدة والاتحاد الأوروبي تنظيما إرهابيا.',
    );
    expect(got).not.toContain('us/pkk-as-target/oppose');
    expect(got).not.toContain('eu/pkk-as-target/oppose');
  });

  it('"التي تصنفها السلطات المصرية" after a feminine antecedent', () => {
    expect(
      t(
        'ومن بين قيادات جماعة الإخوان المسلمين، التي تصنفها السلطات المصرية تنظيما "إرهابيا"، المحكوم عليهم بالإعدام عصام العريان.',
      ),
    ).toContain('egypt/brotherhood-as-target/oppose');
  });

  it('with the category right after the verb, the speaker of the reported words designates', () => {
    const got = t(
      'وترى أنقرة أن وحدات حماية الشعب الكردية تابعة لحزب العمال الكردستاني الذي تصنفه تنظيما "إرهابيا".',
    );
    expect(got).toContain('turkey/pkk-as-target/oppose');
    // The subject of the reported clause designates nothing.
    expect(got).not.toContain('ypg/pkk-as-target/oppose');
  });

  it('past a label naming a backer, the clause is on the labelled group', () => {
    const got = t(
      'وحاصر الجيش التركي مدينة عفرين، وذلك بغرض طرد وحدات حماية الشعب الكردية المدعومة من واشنطن والتي تعتبرها أنقرة "إرهابية".',
    );
    expect(got).toContain('turkey/ypg-as-target/oppose');
    expect(got).not.toContain('turkey/us-as-target/oppose');
  });

  it("the evaluation of a second relative clause is not the first one's", () => {
    expect(
      t(
        'وطلبت السلطات اعتقال قائد وحدات حماية الشعب الكردية التي تعتبرها أنقرة جناحا للحزب الذي تصنفه إرهابيا.',
      ),
    ).not.toContain('turkey/ypg-as-target/oppose');
  });

  it('no evaluation, an untracked designator or no named antecedent: no statement from the clause', () => {
    expect(
      t('وكان صالح مسلم القائد السابق للوحدات الكردية التي تعتبرها أنقرة فرعا لحزب العمال الكردستاني.'),
    ).not.toContain('turkey/ypg-as-target/oppose');
    expect(
      t(
        'ولا ينطبق ذلك على العمليات العسكرية ضد الجماعات الأخرى التي يصنفها مجلس الأمن الدولي تنظيمات إرهابية.',
      ),
    ).toEqual([]);
  });
});

describe('stopping the activity of a group named after its unit', () => {
  it('"وقف أنشطة منظمة PKK", "منع أنشطة أعضاء حزب العمال": the one who stops it opposes the group', () => {
    expect(t('وأكدت أنقرة أنها ستتخذ خطوات من شأنها وقف أنشطة منظمة PKK شمال العراق.')).toContain(
      'turkey/pkk-as-target/oppose',
    );
    expect(t('وتعمل بغداد على منع أنشطة أعضاء حزب العمال الكردستاني في سنجار.')).toContain(
      'iraq/pkk-as-target/oppose',
    );
  });
});
