// Arabic tense and aspect auxiliaries that stand between a subject and its verb, or open the
// verb group: "وكانت تركيا قد هددت …" (had threatened), "إيران ما زالت ترفض …" (still refuses),
// "الميليشيات الحوثية لا تزال تعطل …", "ظلت تطالب …" (kept demanding), "كانت ولا تزال تدعم …".
// They change when the act holds, not who does it, so the subject before them is the verb's.
// (Folded forms.)

/** Past "was" and "kept": كان, ظل and their present and plural forms. */
const AR_BEING_AUXILIARIES = new Set([
  'كان',
  'كانت',
  'كانوا',
  'كانا',
  'يكون',
  'تكون',
  'ظل',
  'ظلت',
  'ظلوا',
  'يظل',
  'تظل',
  'يظلون',
]);

/** "still": زال after ما, لا or لم ("ما زالت", "لا يزال", "لم تزل"), or fused ("مازال"). */
const AR_STILL_VERB = /^(زال|زالت|زالوا|يزال|تزال|يزالون|يزل|تزل)$/;
const AR_STILL_NEGATORS = new Set(['ما', 'لا', 'ولا', 'لم']);
const AR_STILL_FUSED = /^(و)?ما(زال|زالت|زالوا|يزال|تزال|يزالون)$/;

/**
 * "قد" before a past verb marks it done ("قد هددت"); before a present verb it is "may" ("قد
 * ترفض"), a hedge, which is not skipped. A present verb begins with ي, ت or ن; a past verb
 * beginning with ت ends with its ت or وا ("قد تراجعت", "قد تعهدوا").
 */
function pastVerb(w: string): boolean {
  if (/^[ين]/.test(w)) return false;
  return !w.startsWith('ت') || /(ت|وا)$/.test(w);
}

/** "قد" at j marks the past verb after it done ("قد انتقدت", "وقد أعلنت"): no hedge, unlike "قد ترفض". */
export function perfectQad(text: readonly string[], j: number): boolean {
  return /^(و|ف|ل)?قد$/.test(text[j]!) && j + 1 < text.length && pastVerb(text[j + 1]!);
}

/**
 * The first token of the run of auxiliaries right before the verb at k ("كانت قد", "ما زالت",
 * "كانت ولا تزال"), no further back than floor; k itself when none stands there.
 */
export function arabicAuxiliaryStart(text: readonly string[], k: number, floor: number): number {
  let a = k;
  // "كانت قد أعلنت": قد after a كان form is always the pluperfect.
  if (a - 1 >= floor && text[a - 1] === 'قد') {
    if (pastVerb(text[k]!) || AR_BEING_AUXILIARIES.has(text[a - 2] ?? '')) a--;
    else return k;
  }
  for (let n = 0; n < 3 && a - 1 >= floor; n++) {
    const w = text[a - 1]!;
    if (AR_BEING_AUXILIARIES.has(w) || AR_STILL_FUSED.test(w)) a--;
    else if (AR_STILL_VERB.test(w) && a - 2 >= floor && AR_STILL_NEGATORS.has(text[a - 2]!)) a -= 2;
    else break;
  }
  return a;
}

/** Nouns of occurring between "on the verge of" and the act: "على وشك حدوث صراع". */
const AR_OCCURRENCE_NOUNS = new Set(['حدوث', 'وقوع', 'اندلاع', 'نشوب']);
/** "كاد", "أوشك": "was about to" (folded), with the subject between it and the act at most. */
const AR_ALMOST_VERBS = /^(و|ف)?(كاد|كادت|كادوا|يكاد|تكاد|اوشك|اوشكت|يوشك|توشك)$/;
const AR_NEAR_WORDS = /^(و|ف)?قريب(ه|ا|ين|ون|تين|تان)?$/;

/**
 * The word at j puts the act at k on the verge of happening, so it has not happened: "على وشك
 * دخول المدينة", "كنا قريبين من حدوث صراع", "كادت تركيا تهاجم" (not "مصادر قريبة من الحكومة",
 * where no act follows من).
 */
export function vergeOf(text: readonly string[], j: number, k: number): boolean {
  const w = text[j]!;
  let act = j + 1;
  if (w === 'وشك' && /^(و)?علي$/.test(text[j - 1] ?? '')) act = j + 1;
  else if (AR_NEAR_WORDS.test(w) && text[j + 1] === 'من') act = j + 2;
  else if (AR_ALMOST_VERBS.test(w)) return k > j && k - j <= 3;
  else return false;
  if (AR_OCCURRENCE_NOUNS.has(text[act] ?? '')) act++;
  return act === k;
}
