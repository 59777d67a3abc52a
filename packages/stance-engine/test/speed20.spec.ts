// Round "speed20" (speed, output unchanged): the large analyser functions that V8 compiled again
// and again after a rare branch first ran are shaped so that rare cases meet code with type
// feedback — one push of a vetoed target in readTarget (the screening rules in
// screenGoverningCue), one return for the owners of a noun in resolveHolder, the Arabic cue
// tests in arabicCueSetAside, the scans for الأخير and pair phrases in loops of their own, one
// push in addCountryPronouns, pushes instead of spreads, bounds tested instead of reads past an
// array's end, quotation marks compared as char codes. These sentences go through each changed
// path; the statements are those of rules-1.20.0 (main before the round), for and against alike.
// Sentences from corpus/news-ar.jsonl with the default codebook.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { Codebook } from '@stance/codebook';
import { quotationSpans } from '../src/extract/quotes.js';
import { pushAll } from '../src/extract/arrays.js';
import { triplesWith } from './helpers.js';

const load = (file: string): Codebook =>
  YAML.parse(fs.readFileSync(path.resolve(process.cwd(), '../..', file), 'utf8')) as Codebook;
const regional = triplesWith(load('codebooks/iraq-regional.yaml'), {
  lang: 'ar',
  published_at: '2018-05-15',
});

describe('statements unchanged on the reshaped paths (speed20)', () => {
  it("a call to halt an act: the caller opposes the addressee, not the act's victims (screenGoverningCue)", () => {
    expect(
      regional(
        'دعت بريطانيا الأحد إيران إلى "الكف عن إرسال أسلحة" إلى المتمردين الحوثيين في اليمن واستخدام نفوذها بدلا من ذلك في سبيل إنهاء النزاع الدائر في هذا البلد.',
      ),
    ).toEqual(['uk/iran-as-target/oppose']);
  });

  it('"بلاده" after an official named with his nationality is his state (addCountryPronouns)', () => {
    expect(
      regional(
        'دبي، الإمارات العربية المتحدة (CNN)— قال جواد ظريف، وزير الخارجية الإيراني، إن بلاده ستكون أول من يقف إلى جانب المملكة العربية السعودية في حال تعرضت الأخيرة لعدوان خارجي على حد تعبيره.',
      ).sort(),
    ).toEqual(['iran/saudi-arabia-as-target/support', 'zarif/saudi-arabia-as-target/support']);
  });

  it('"بلاده" of a premier keeping out of a conflict: no statement of Iraq or its premier', () => {
    const out = regional(
      'قال رئيس الوزراء العراقي حيدر العبادي الأربعاء إن بلاده تريد أن تنأى بنفسها عن الصراع بين الولايات المتحدة وإيران.',
    );
    expect(out.sort()).toEqual(['iran/us-as-target/oppose', 'us-government/iran-as-target/oppose']);
    expect(out.some((t) => t.startsWith('abadi/') || t.startsWith('iraq'))).toBe(false);
  });

  it('a count hedged by "على الأقل" adds no distance between an attack and its target (objectOfCue)', () => {
    expect(
      regional(
        'قتل 36 شخصا، على الأقل، في غارات للطيران التركي استهدفت قوات موالية للحكومة في منطقة عفرين شمالي سوريا السبت، بحسب المرصد السوري لحقوق الإنسان.',
      ),
    ).toEqual(['turkey/syrian-government-as-target/oppose']);
  });

  it('"الزعيمان" with the leaders named in the sentence itself (withLeaderPairs)', () => {
    expect(
      regional(
        'وناقش الزعيمان الشأن السوري وحث ماكرون ترامب على الإبقاء على القوات الأميركية في سوريا في الوقت الراهن لعدم تركها للنفوذ الإيراني، ولضمان هزيمة تنظيم داعش.',
      ),
    ).toEqual(['us-government/isis-as-target/oppose']);
  });
});

describe('Arabic quotation marks at the ends of a text', () => {
  it('pairs a curly quotation that opens the text and one that closes it', () => {
    const text = '“نرفض التدخل في شؤوننا” قال المتحدث، وأضاف “لن نقبل بذلك”';
    expect(quotationSpans(text, 'ar')).toEqual([
      { open: 0, close: text.indexOf('”') },
      { open: text.lastIndexOf('“'), close: text.length - 1 },
    ]);
  });

  it('leaves out a paragraph whose marks do not pair up', () => {
    expect(quotationSpans('قال المتحدث” إن الهجوم مرفوض', 'ar')).toEqual([]);
  });
});

describe('pushAll', () => {
  it('appends in order, and nothing for an empty list', () => {
    const out = [1];
    pushAll(out, [2, 3]);
    pushAll(out, []);
    expect(out).toEqual([1, 2, 3]);
  });
});
