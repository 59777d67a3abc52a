// Fixed pseudo-random selection of Iraqi domestic-politics articles (2018) for eval/fresh-iq.
import fs from 'node:fs';
import { eligibleRows, excludedIds, takeInHashOrder } from '../selection.mjs';
// Every other eval set (the blind set included), the shared dev sets and the holdout corpus, by id.
const excl = excludedIds('fresh-iq');
const iraq = /العراق|العراقي|بغداد|البصرة/;
const politics =
  /العبادي|المالكي|الصدر|سائرون|العامري|الفتح|الحكيم|الحكمة|علاوي|الحشد الشعبي|السيستاني|البارزاني|بارزاني|الاتحاد الوطني الكردستاني|الكتلة الأكبر|تشكيل الحكومة|العد والفرز|الفرز اليدوي|مفوضية الانتخابات|مجلس النواب العراقي|البرلمان العراقي|احتجاجات البصرة|متظاهري البصرة|إقليم كردستان/;
const rows = eligibleRows('/work/shared/corpus/news-ar.jsonl', excl, (a) => {
  if (!(a.published_at || '').startsWith('2018')) return false;
  if (a.text.length < 600 || a.text.length > 2000) return false;
  const t = a.title + ' ' + a.text;
  // Iraqi politics is the subject, not a passing mention.
  return iraq.test(t) && (t.match(new RegExp(politics.source, 'g')) || []).length >= 2;
});
// The title must put Iraqi politics in focus; at most 6 per source so that outlets vary.
const titleIraq =
  /العراق|العراقي|بغداد(?!ي)|البصرة|كردستان|العبادي|المالكي|الصدر|علاوي|العامري|الحشد|البارزاني|بارزاني|السيستاني/;
const picked = takeInHashOrder(
  rows.filter((r) => titleIraq.test(r.title)),
  { salt: '', n: Number(process.env.N || 20), perSource: 6 },
);
console.error('eligible', rows.length);
for (const r of picked)
  if (process.env.OUT) fs.appendFileSync(process.env.OUT, r.line + '\n');
  else console.log([r.hash.slice(0, 8), r.id, r.source, r.len, r.title].join('\t'));
