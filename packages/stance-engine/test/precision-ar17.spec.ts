// Arabic precision round 17 (after rules-1.10.0): constructions that gave statements no analyst
// would code. Each first sentence is a real one from corpus/news-ar.jsonl, read with the
// project's regional codebook; each near miss differs only in the word the rule turns on.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { Codebook } from '@stance/codebook';
import { triplesWith } from './helpers.js';

const codebook = YAML.parse(
  fs.readFileSync(path.resolve(process.cwd(), '../../codebooks/iraq-regional.yaml'), 'utf8'),
) as Codebook;
const read = triplesWith(codebook);

describe('a deal that is the object of a negated withdrawal', () => {
  const before = 'وكان الرئيس الفرنسي إيمانويل ماكرون قد زار واشنطن لبحث مستقبل الاتفاق النووي. ';
  it('"حثه على عدم الانسحاب من الاتفاق" supports the deal, and only that', () => {
    const t = read(
      before +
        'وحفظ ماء وجه الرئيس الفرنسي إيمانويل ماكرون الذي التقى بترامب الأسبوع الماضي وحثه على عدم الانسحاب من الاتفاق.',
    );
    expect(t).toContain('france/iran-nuclear-deal/support');
    expect(t).not.toContain('france/iran-nuclear-deal/oppose');
  });
});

describe('what an alternative replaces', () => {
  const s =
    'وجاء خطاب خامنئي بعد أيام قليلة من إصدار وزير الخارجية الأميركي مايك بومبيو قائمة من المطالب تتضمن اتفاقية نووية بديلة للاتفاق النووي الذي أعلن الرئيس الأميركي دونالد ترامب الانسحاب منه.';
  it('"اتفاقية نووية بديلة للاتفاق النووي" is no support for the deal', () => {
    expect(read(s)).not.toContain('pompeo/iran-nuclear-deal/support');
  });
});

describe('a refusal to confirm an attack', () => {
  it('"رفض … تأكيد قيام بلاده بإرسال طائرة مسيرة للهجوم على إسرائيل" asserts no hostility', () => {
    const t = read(
      'وفي مقابلة سابقة مع بي بي سي رفض نائب وزير الخارجية الإيراني تأكيد قيام بلاده بإرسال طائرة مسيرة للهجوم على إسرائيل.',
    );
    expect(t).not.toContain('iran/israel-as-target/oppose');
  });
  it('near miss: "أكد … قيام بلاده بإرسال طائرة للهجوم على إسرائيل" still does', () => {
    const t = read(
      'وفي مقابلة سابقة مع بي بي سي أكد نائب وزير الخارجية الإيراني قيام بلاده بإرسال طائرة مسيرة للهجوم على إسرائيل.',
    );
    expect(t).toContain('iran/israel-as-target/oppose');
  });
});

describe('attacks faced', () => {
  it('"خسر … أمام هجمات القوات العراقية والسورية" gives the loser no position', () => {
    const t = read(
      'وكان تنظيم الدولة الإسلامية أعلن ما وصفه بدولة الخلافة في سوريا والعراق عام 2014، وسيطر على ثلث العراق في هجمات كاسحة. لكن التنظيم تراجع وخسر أغلب المناطق التي كان يسيطر عليها أمام هجمات القوات العراقية والسورية وغارات التحالف بقيادة الولايات المتحدة.',
    );
    expect(t).not.toContain('isis/syrian-government-as-target/oppose');
  });
});

describe('the reason for a verdict', () => {
  it('"بالحكم على بوغدير بالمؤبد … لانضمامها إلى تنظيم داعش" is the convicted one\'s deed', () => {
    const t = read(
      'وأفادت باريس بأنها أحيطت علما بالحكم على بوغدير بالمؤبد في العراق، الأحد، لانضمامها إلى تنظيم داعش.',
    );
    expect(t).not.toContain('france/isis-as-target/support');
  });
});
