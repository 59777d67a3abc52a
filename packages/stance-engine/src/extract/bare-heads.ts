// A body named in full once is then often called by its head noun alone: "المحكمة الاتحادية
// العليا" … "وقالت المحكمة"; "the US-led coalition" … "the coalition said". A bare head noun
// of an institution resolves to the last actor named in full with that head, within a short
// distance, and only where no other name continues it ("المجلس الأعلى" is another council).
import type { CompiledCodebook } from '../compile.js';
import type { Tokens } from '../text/tokens.js';
import type { Language } from '../text/language.js';
import { foldString } from '../text/normalize.js';
import type { Mention } from './mentions.js';
import { isOfficeWord } from '../lexicon/common-words.js';

/** How many tokens after the full name a bare head still refers to it. */
const REACH = 150;

// Head nouns of institutions and organised groups: general words, not names.
const INSTITUTION_HEADS: Record<Language, ReadonlySet<string>> = {
  ar: new Set(
    [
      'المجلس',
      'المحكمة',
      'التحالف',
      'الائتلاف',
      'الجيش',
      'الحزب',
      'الحركة',
      'الجماعة',
      'الميليشيا',
      'الجبهة',
      'الكتلة',
      'البرلمان',
      'الهيئة',
      'اللجنة',
      'المفوضية',
      'الحكومة',
      'الوزارة',
      'الجامعة',
      'المنظمة',
      'الاتحاد',
      'الوكالة',
      'السلطة',
      'التيار',
      'الفصائل',
      'القوات',
    ].map(foldString),
  ),
  en: new Set([
    'council',
    'court',
    'coalition',
    'alliance',
    'army',
    'party',
    'movement',
    'group',
    'militia',
    'front',
    'bloc',
    'parliament',
    'assembly',
    'commission',
    'committee',
    'government',
    'ministry',
    'league',
    'organisation',
    'organization',
    'union',
    'agency',
    'authority',
    'regime',
  ]),
};

const AR_PROCLITIC = /^(و|ف)?(ب|ل)?/;
const AR_PREPOSITIONS = new Set(['في', 'علي', 'من', 'الي', 'عن', 'مع', 'ضد']);
const EN_PREPOSITIONS = new Set(['of', 'to', 'for', 'by', 'with', 'against', 'on', 'in', 'from', 'at']);

/** Head noun → actors whose multi-word names start (Arabic) or end (English) with it. */
const headCache = new WeakMap<CompiledCodebook, Record<Language, Map<string, Set<number>>>>();

function actorHeads(compiled: CompiledCodebook): Record<Language, Map<string, Set<number>>> {
  let heads = headCache.get(compiled);
  if (heads) return heads;
  heads = { ar: new Map(), en: new Map() };
  compiled.codebook.actors.forEach((actor, index) => {
    if (actor.kind === 'person') return;
    for (const lang of ['ar', 'en'] as const) {
      for (const name of actor.names[lang] ?? []) {
        const words = foldString(name).split(/\s+/);
        if (words.length < 2) continue;
        let head = lang === 'ar' ? words[0]! : words[words.length - 1]!;
        if (lang === 'ar' && !head.startsWith('ال')) head = 'ال' + head;
        if (lang === 'en') head = head.replace(/s$/, '');
        if (!INSTITUTION_HEADS[lang].has(head)) continue;
        const set = heads[lang].get(head) ?? new Set<number>();
        set.add(index);
        heads[lang].set(head, set);
      }
    }
  });
  headCache.set(compiled, heads);
  return heads;
}

/** The head noun a token may be, without its clitics ("وللمحكمة" → "المحكمة"). */
function bareHead(word: string, lang: Language): { head: string; preposition: boolean } {
  if (lang === 'en') return { head: word, preposition: false };
  const clitic = AR_PROCLITIC.exec(word)![0];
  let rest = word.slice(clitic.length);
  // "للمحكمة" is ل + المحكمة.
  if (clitic.endsWith('ل') && rest.startsWith('ل') && !rest.startsWith('ال')) rest = 'ا' + rest;
  return { head: rest, preposition: /(ب|ل)$/.test(clitic) };
}

export function addBareHeads(
  compiled: CompiledCodebook,
  tokens: Tokens,
  mentions: Mention[],
  lang: Language,
): Mention[] {
  const heads = actorHeads(compiled)[lang];
  if (heads.size === 0) return mentions;
  const covered = new Uint8Array(tokens.count);
  for (const m of mentions) for (let k = m.tokStart; k < m.tokEnd; k++) covered[k] = 1;
  /** Head noun → the last actor named in full with it, and where. */
  const last = new Map<string, { actor: number; end: number }>();
  const added: Mention[] = [];
  let mi = 0;
  for (let k = 0; k < tokens.count; k++) {
    while (mi < mentions.length && mentions[mi]!.tokStart <= k) {
      const m = mentions[mi]!;
      if (m.actor >= 0 && m.kind === 'name' && m.tokEnd - m.tokStart >= 2)
        for (const [head, actors] of heads)
          if (actors.has(m.actor)) last.set(head, { actor: m.actor, end: m.tokEnd });
      mi++;
    }
    if (covered[k] || !tokens.isWord[k]) continue;
    const { head, preposition } = bareHead(tokens.text[k]!, lang);
    const referent = last.get(head);
    if (!referent || k - referent.end > REACH) continue;
    const next = k + 1 < tokens.count && tokens.isWord[k + 1] ? tokens.text[k + 1]! : '';
    // A definite word after the head makes another body of it ("المجلس الأعلى", "the council
    // of ministers").
    if (lang === 'ar' && next.startsWith('ال')) continue;
    if (lang === 'en' && (tokens.text[k - 1] !== 'the' || next === 'of')) continue;
    const before = tokens.text[lang === 'en' ? k - 2 : k - 1] ?? '';
    // "رئيس البرلمان", "the head of the council": a person of the body, not the body;
    // "التحالف مع": an alliance, not the alliance.
    if (isOfficeWord(before.replace(/^(و|ف)/, ''), lang) || next === 'مع' || next === 'with') continue;
    added.push({
      kind: 'name',
      start: tokens.start[k]!,
      end: tokens.end[k]!,
      tokStart: k,
      tokEnd: k + 1,
      actor: referent.actor,
      topic: -1,
      polarity: 0,
      official: false,
      afterPreposition: preposition || (lang === 'ar' ? AR_PREPOSITIONS : EN_PREPOSITIONS).has(before),
      modifier: false,
    });
  }
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.tokStart - b.tokStart || a.start - b.start);
}
