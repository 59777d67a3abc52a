// Precision round prec16 (after rules-1.17.0): partners, places and passives read as holders or
// objects. Sentences are real ones from corpus/news-ar.jsonl unless marked as constructed near
// misses, read with the project's regional codebook.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { Codebook } from '@stance/codebook';
import { triplesWith } from './helpers.js';

const codebook = YAML.parse(
  fs.readFileSync(path.resolve(process.cwd(), '../../codebooks/iraq-regional.yaml'), 'utf8'),
) as Codebook;
const read = triplesWith(codebook, { published_at: '2018-03-01' });

describe('a partner in an act of force', () => {
  it('"وقصفت روسيا مع قوات النظام السوري" names a partner, not a target', () => {
    const t = read('وقصفت روسيا مع قوات النظام السوري مواقع المعارضة في إدلب.');
    expect(t).not.toContain('russia/syrian-government-as-target/oppose');
  });
  it('so does "إلى جانب قوات النظام السوري"', () => {
    expect(read('وقصفت روسيا إلى جانب قوات النظام السوري مواقع المعارضة.')).not.toContain(
      'russia/syrian-government-as-target/oppose',
    );
  });
  it('and English "alongside"', () => {
    expect(read('Russia bombed rebel positions alongside Syrian government forces.')).not.toContain(
      'russia/syrian-government-as-target/oppose',
    );
  });
  it('near misses: a clash names the other side, and a direct object is the target', () => {
    expect(read('يشتبك الجيش الإيراني مع قوات النظام السوري في المدينة.')).toContain(
      'iran/syrian-government-as-target/oppose',
    );
    expect(read('هاجمت روسيا القوات السورية.')).toContain('russia/syrian-government-as-target/oppose');
  });
});

describe('a name joined by و to a name after a preposition', () => {
  it('"في العراق وسوريا رغم هزيمة التنظيم": Syria is a place, not who defeated the group', () => {
    const t = read(
      'ذكر تقرير أصدرته الأمم المتحدة أن ما بين 20 و30 ألفا من مقاتلي تنظيم داعش لا يزالون في العراق وسوريا رغم هزيمة التنظيم وتوقف تدفق الأجانب للانضمام إلى صفوفه.',
    );
    expect(t).not.toContain('syrian-government/isis-as-target/oppose');
  });
  it('"في كل من العراق وسوريا، وتقديم الدعم الكبير للحوثيين": the support is Iran\'s', () => {
    const t = read(
      'وأشار فوتيل إلى اعتماد إيران على "وكلاء" يدعمون خططها وإستراتيجيتها، مثل "حزب الله" اللبناني، والذي ينشط في دول متعددة، بالإضافة إلى المليشيات الشيعية التي تقاتل في كل من العراق وسوريا، وتقديم الدعم الكبير للحوثيين في اليمن.',
    );
    expect(t).not.toContain('syrian-government/houthis-as-target/support');
    expect(t).toContain('iran/houthis-as-target/support');
  });
  it('"في سوريا والعراق دعما لقوات سوريا الديمقراطية": Iraq backs nobody', () => {
    const t = read(
      'وعادة ما يشن التحالف الدولي بقيادة الولايات المتحدة غارات ضد الجهاديين في سوريا والعراق دعما لقوات سوريا الديمقراطية (فصائل كردية وعربية) في محاولتها إخراج تنظيم "الدولة الإسلامية" من آخر جيب يسيطر عليه في محافظة دير الزور (شرق).',
    );
    expect(t.filter((x) => x.startsWith('iraq'))).toEqual([]);
  });
  it('near miss: "كل من X وY" lists the subjects (constructed)', () => {
    const t = read('وأعربت كل من السعودية والإمارات عن رفضهما للهجوم الإيراني.');
    expect(t).toContain('saudi-arabia/iran-as-target/oppose');
    expect(t).toContain('uae/iran-as-target/oppose');
  });
});

describe("the act a passive's pronoun object was led into", () => {
  it('"سلمت روسيا … قائلة إنه تم خداعهم للانضمام إلى التنظيم" gives Russia nothing', () => {
    const t = read(
      'وأعلن العراق الانتصار على تنظيم الدولة الإسلامية. ونقلت وكالة رويترز تصريحا لوزارة الخارجية العراقية الخميس الماضي يشير إلى أن السلطات العراقية سلمت روسيا أربع نساء و 27 طفلا يشتبه بصلتهم بالتنظيم، قائلة إنه تم "خداعهم" للانضمام إلى التنظيم.',
    );
    expect(t).not.toContain('russia/isis-as-target/support');
  });
});

describe('a hindered effort owned by another actor (constructed)', () => {
  it('"X undermines US efforts to defeat ISIS" opposes the US and says nothing of ISIS', () => {
    const t = read('Iran undermines US efforts to defeat ISIS, the senator said.');
    expect(t).toContain('iran/us-as-target/oppose');
    expect(t).not.toContain('iran/isis-as-target/support');
    expect(t).toContain('us-government/isis-as-target/oppose');
  });
  it('near misses: backing the effort, and an effort with no owner, still compose', () => {
    expect(read('Iran supports US efforts to defeat ISIS.')).toContain('iran/isis-as-target/oppose');
    expect(read('Russia undermined efforts to defeat ISIS.')).toContain('russia/isis-as-target/support');
  });
});
