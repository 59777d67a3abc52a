// Holders named outside the sentence that takes the position: a spokesperson's surname standing
// for the body he was introduced as speaking for, a topic phrase that is the subject of the
// sentence's opening verb (no carried holder), and English sentences inside a quotation, whose
// actors are no subject a later sentence goes on with. Sentences are real ones from
// corpus/news-*.jsonl and the BASIL articles, read with the project codebooks; each near miss
// differs only in the word the rule turns on.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { Codebook } from '@stance/codebook';
import { triplesWith } from './helpers.js';

const load = (file: string): Codebook =>
  YAML.parse(fs.readFileSync(path.resolve(process.cwd(), '../..', file), 'utf8')) as Codebook;
const tune = triplesWith(load('eval/tune/codebook.yaml'), { lang: 'ar', published_at: '2018-04-05' });
const freshAr = triplesWith(load('eval/fresh-ar/codebook.yaml'), { lang: 'ar', published_at: '2018-03-17' });
const basil = triplesWith(load('eval/basil/codebook.yaml'), { lang: 'en', published_at: '2019-02-15' });

describe("a spokesperson's surname stands for the body he speaks for", () => {
  const kalin =
    'وقال إبراهيم كالين، المتحدث باسم أردوغان، إن المسؤولين يدرسون تلك التقارير.\n' +
    'وحذر كالين باريس قائلا: "لا ترتكبوا نفس الخطأ الذي ارتكبته أمريكا".';

  it('introduced before his office ("قال إبراهيم كالين، المتحدث باسم أردوغان")', () => {
    expect(tune(kalin)).toContain('erdogan/france-as-target/oppose');
  });

  it('introduced after it ("المتحدث باسم الرئاسة التركية، إبراهيم كالين،")', () => {
    const text =
      'وقال المتحدث باسم الرئاسة التركية، إبراهيم كالين، إن المسؤولين يدرسون تلك التقارير.\n' +
      'وحذر كالين باريس قائلا: "لا ترتكبوا نفس الخطأ الذي ارتكبته أمريكا".';
    expect(tune(text)).toContain('turkey/france-as-target/oppose');
  });

  it('not a surname never introduced as a spokesperson', () => {
    const text =
      'وقال إبراهيم كالين إن المسؤولين يدرسون تلك التقارير.\n' +
      'وحذر كالين باريس قائلا: "لا ترتكبوا نفس الخطأ الذي ارتكبته أمريكا".';
    expect(tune(text).filter((t) => t.includes('france-as-target'))).toEqual([]);
  });

  it('not a spokesperson of a body we do not track ("المتحدث باسم الحزب")', () => {
    const text =
      'وقال إبراهيم كالين، المتحدث باسم الحزب، إن المسؤولين يدرسون تلك التقارير.\n' +
      'وحذر كالين باريس قائلا: "لا ترتكبوا نفس الخطأ الذي ارتكبته أمريكا".';
    expect(tune(text).filter((t) => t.includes('france-as-target'))).toEqual([]);
  });
});

describe('a topic phrase after the opening verb is its subject', () => {
  const before =
    'وأكد على أن هذه الخطوة "تمثل انحيازا كبيرا ضد حقوق الشعب الفلسطيني التي كفلتها القرارات الدولية، وأن حكومة المملكة سبق وأن حذرت من العواقب الخطيرة لمثل هذه الخطوة غير المبررة".\n';
  const saudi = (text: string): string[] =>
    freshAr(
      'أكد مجلس الوزراء السعودي، الثلاثاء، رفض المملكة نقل السفارة الأميركية من تل أبيب للقدس.\n' +
        before +
        text,
      { published_at: '2018-05-15' },
    ).filter((t) => t.startsWith('saudi-arabia/'));

  it('"وجاء افتتاح السفارة … تنفيذا لتعهد …" is not the previous holder\'s', () => {
    const found = saudi(
      'وجاء افتتاح السفارة الأميركية الجديدة في القدس، الاثنين، تنفيذا لتعهد من الرئيس الأميركي دونالد ترامب الذي اعترف بالقدس عاصمة لإسرائيل في ديسمبر الماضي.',
    );
    expect(found).not.toContain('saudi-arabia/jerusalem-embassy/support');
  });

  it('a cue verb before the phrase is the previous holder\'s ("وجدد رفض نقل السفارة")', () => {
    const found = saudi('وجدد رفض نقل السفارة الأميركية إلى القدس.');
    expect(found).toContain('saudi-arabia/jerusalem-embassy/oppose');
  });
});

describe('English sentences inside a quotation', () => {
  it('"They" after a quotation that ran on is its speakers, not an actor the quotation names', () => {
    const text =
      'Diverting Pentagon funding, however, is expected to set off a legal battle and has already prompted fierce opposition from Democrats in Congress.\n' +
      '"This is plainly a power grab by a disappointed President, who has gone outside the bounds of the law to try to get what he failed to achieve in the constitutional legislative process," House Speaker Nancy Pelosi and Senate Democratic Leader Chuck Schumer said in a statement. ' +
      '"The President\'s actions clearly violate the Congress’s exclusive power of the purse, which our Founders enshrined in the Constitution."\n' +
      'They vowed Congress would "defend our constitutional authorities in the Congress, in the Courts, and in the public, using every remedy available."';
    expect(basil(text)).toContain('nancy-pelosi/us-congress-as-target/support');
  });

  it('an actor named inside an unattributed quotation is no later subject', () => {
    const text =
      '"I\'ve been spat at, pushed and threatened before but that\'s no excuse," he added.\n' +
      "\"His conduct is unbecoming of a member of Congress. It's bad enough that he's joined Obama's assault on North Carolina jobs, but his physical assault on a college student goes beyond the pale.\"";
    expect(basil(text).filter((t) => t.startsWith('us-congress/'))).toEqual([]);
  });

  it('"he wrote" after a quotation is the person named before it, not a body', () => {
    const text =
      "St. Louis Tea Party organizer Bill Hennessy wrote on the group's website Tuesday that the Tea Party stands for smaller government and fiscal responsibility, and accused the NAACP of abandoning black America.\n" +
      '"When you look at the crime and poverty and family breakdown of the African-American community ... you see a half-century of failure by the NAACP," he wrote. "None of those persistent problems was caused by the Tea Party movement, yet the principles of the Tea Party are exactly what\'s needed."';
    expect(basil(text, { published_at: '2010-07-14' }).filter((t) => t.startsWith('naacp/'))).toEqual([]);
  });
});
