// Fixed pseudo-random selection of Iraqi domestic-politics articles (2018) for eval/fresh-iq.
import fs from 'node:fs';
import { excludedIds, takeInHashOrder } from '../selection.mjs';
// Every other eval set (the blind set included), the shared dev sets and the holdout corpus, by id.
const excl = excludedIds('fresh-iq');
const iraq = /العراق|العراقي|بغداد|البصرة/;
const politics =
  /العبادي|المالكي|الصدر|سائرون|العامري|الفتح|الحكيم|الحكمة|علاوي|الحشد الشعبي|السيستاني|البارزاني|بارزاني|الاتحاد الوطني الكردستاني|الكتلة الأكبر|تشكيل الحكومة|العد والفرز|الفرز اليدوي|مفوضية الانتخابات|مجلس النواب العراقي|البرلمان العراقي|احتجاجات البصرة|متظاهري البصرة|إقليم كردستان/;
const rows = [];
for (const l of fs.readFileSync('/work/shared/corpus/news-ar.jsonl', 'utf8').split('\n')) {
  if (!l.trim()) continue;
  const a = JSON.parse(l);
  if (excl.has(a.id) || !(a.published_at || '').startsWith('2018')) continue;
  if (a.text.length < 600 || a.text.length > 2000) continue;
  const t = a.title + ' ' + a.text;
  if (!iraq.test(t)) continue;
  const hits = (t.match(new RegExp(politics.source, 'g')) || []).length;
  if (hits < 2) continue; // Iraqi politics is the subject, not a passing mention
  rows.push({
    line: l,
    id: a.id,
    source: a.source,
    len: a.text.length,
    title: a.title,
  });
}
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
