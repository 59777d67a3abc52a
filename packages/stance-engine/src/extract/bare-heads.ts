// A body named in full once is then often called by its head noun alone: "المحكمة الاتحادية
// العليا" … "وقالت المحكمة"; "the US-led coalition" … "the coalition said". A bare head noun
// of an institution resolves to the actor named in full with that head earlier (none when two
// different ones were), and only where no other word makes it
// another body ("المجلس الأعلى", "the council of ministers").
import type { CompiledCodebook } from '../compile.js';
import type { Tokens } from '../text/tokens.js';
import { withoutConjunction } from '../text/tokens.js';
import type { Language } from '../text/language.js';
import { foldString } from '../text/normalize.js';
import { actorMention, mentionWith, withAddedMentions, type Mention } from './mentions.js';
import { isOfficeWord } from '../lexicon/common-words.js';
import { countriesNamedIn } from '../lexicon/country-forms.js';
import { ACT_HEAD_NOUNS, EN_ACT_REACTING_LEMMAS, EN_FORCE_ACT_NOUNS, EN_PREPOSITIONS } from './word-lists.js';

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
      'المليشيا',
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
      'التنظيم',
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
    'opposition',
    'administration',
  ]),
};

// Nouns of a group's kind, written beside its name when it is not part of it ("ميليشيا عصائب
// أهل الحق", "the Islamic State group"): what the story then calls it alone ("تجمعات المليشيا").
const GROUP_NOUNS: Record<Language, ReadonlySet<string>> = {
  ar: new Set(['الحركة', 'الجماعة', 'الميليشيا', 'المليشيا', 'الحزب', 'التيار'].map(foldString)),
  en: new Set(['group', 'movement', 'militia', 'organisation', 'organization', 'party']),
};

/** A head noun of an institution (المجلس، "the council"), written as the folded word itself. */
export function isInstitutionHead(folded: string, lang: Language): boolean {
  return INSTITUTION_HEADS[lang].has(folded);
}

export const AR_PREPOSITIONS = new Set(['في', 'علي', 'من', 'الي', 'عن', 'مع', 'ضد']);

const WAW = 0x648;
const FA = 0x641;
const BA = 0x628;
const LAM = 0x644;

/**
 * The length of the Arabic proclitics (و|ف)?(ب|ل)? at the start of a word, times two, plus one
 * when the last of them is the preposition ب or ل. (Character tests, not a regex: this runs for
 * every word of a story once a body is named in full.)
 */
function procliticCode(word: string): number {
  let n = 0;
  let c = word.charCodeAt(0);
  if (c === WAW || c === FA) {
    n = 1;
    c = word.length > 1 ? word.charCodeAt(1) : 0;
  }
  return c === BA || c === LAM ? (n + 1) * 2 + 1 : n * 2;
}

/** The head noun of an Arabic word, without its clitics ("وللمحكمة" → "المحكمة"). */
function arabicBareHead(word: string, code: number): string {
  const length = code >> 1;
  let rest = length === 0 ? word : word.slice(length);
  // "للمحكمة" is ل + المحكمة.
  if (code & 1 && word.charCodeAt(length - 1) === LAM && rest.startsWith('ل') && !rest.startsWith('ال'))
    rest = 'ا' + rest;
  return rest;
}

/** The head noun a token may be, without its clitics ("وللمحكمة" → "المحكمة"). */
export function bareHead(word: string, lang: Language): { head: string; preposition: boolean } {
  if (lang === 'en') return { head: word, preposition: false };
  const code = procliticCode(word);
  return { head: arabicBareHead(word, code), preposition: (code & 1) === 1 };
}

/** bareHead(word, lang).head, without the object. */
export function bareHeadWord(word: string, lang: Language): string {
  return lang === 'en' ? word : arabicBareHead(word, procliticCode(word));
}

/**
 * The word with the Arabic article ("محكمة" → "المحكمة"), as the head lists spell it. (A function
 * of the module, not a closure of addBareHeads: a call site reached rarely would learn the closure
 * of one story and throw its caller's optimised code away at the next story's.)
 */
function definiteForm(word: string, lang: Language): string {
  return lang === 'ar' && !word.startsWith('ال') ? 'ال' + word : word;
}

export function addBareHeads(
  compiled: CompiledCodebook,
  tokens: Tokens,
  mentions: Mention[],
  lang: Language,
): Mention[] {
  const heads = INSTITUTION_HEADS[lang];
  /**
   * The institution head of a multi-word name as it was written ("المحكمة" of "المحكمة
   * الاتحادية"), else the group noun written beside the name ("ميليشيا عصائب أهل الحق", "the
   * Islamic State group").
   */
  const headOf = (m: Mention): string | undefined => {
    if (m.kind !== 'name' || m.actor < 0) return undefined;
    if (compiled.codebook.actors[m.actor]?.kind === 'person') return undefined;
    if (m.tokEnd - m.tokStart >= 2) {
      // (An English possessive written without its apostrophe keeps its head: "US-led coalitions strikes".)
      const last = tokens.text[m.tokEnd - 1]!;
      const word =
        lang === 'ar'
          ? bareHeadWord(tokens.text[m.tokStart]!, lang)
          : m.possessive && last.endsWith('s') && heads.has(last.slice(0, -1))
            ? last.slice(0, -1)
            : last;
      if (heads.has(definiteForm(word, lang))) return definiteForm(word, lang);
    }
    // A state's "حكومة العراق", "the Iraq government" is government-words.ts's business.
    if (compiled.countryOfActor[m.actor] !== undefined) return undefined;
    const beside = lang === 'ar' ? m.tokStart - 1 : m.tokEnd;
    if (beside < 0 || beside >= tokens.count || !tokens.isWord[beside] || covered[beside]) return undefined;
    const word = bareHeadWord(tokens.text[beside]!, lang);
    if (lang === 'ar' && word.startsWith('ال')) return undefined;
    return GROUP_NOUNS[lang].has(definiteForm(word, lang)) ? definiteForm(word, lang) : undefined;
  };
  const covered = new Uint8Array(tokens.count);
  for (const m of mentions) for (let k = m.tokStart; k < m.tokEnd; k++) covered[k] = 1;
  if (!mentions.some((m) => headOf(m) !== undefined)) return mentions;
  /** Head noun → the actor named in full with it so far (-1 once two different ones were). */
  const named = new Map<string, number>();
  const added: Mention[] = [];
  let mi = 0;
  for (let k = 0; k < tokens.count; k++) {
    while (mi < mentions.length && mentions[mi]!.tokStart <= k) {
      const m = mentions[mi++]!;
      const head = headOf(m);
      if (head === undefined) continue;
      const prior = named.get(head);
      named.set(head, prior === undefined || prior === m.actor ? m.actor : -1);
    }
    // (Until a body is named in full there is nothing to refer to, and no word to peel.)
    if (covered[k] || !tokens.isWord[k] || named.size === 0) continue;
    // "condemned coalitions airstrikes", "the coalition's strikes": a bare head owning an act of
    // force (its apostrophe often lost) is the body named before, the act's agent.
    if (lang === 'en') {
      const owner = ownerOfAct(tokens, k, named);
      if (owner !== undefined) {
        added.push(mentionWith(actorMention(tokens, k, k + 1, owner, false), { possessive: true }));
        continue;
      }
    }
    const head = bareHeadWord(tokens.text[k]!, lang);
    const actor = named.get(head);
    // Two different bodies named with this head make it ambiguous.
    if (actor === undefined || actor < 0) continue;
    const next = k + 1 < tokens.count && tokens.isWord[k + 1] ? tokens.text[k + 1]! : '';
    // "Army units killed …", "an army unit foiled …": the army named before, through its units.
    if (lang === 'en' && head === 'army' && EN_ARMY_UNITS.has(next) && !covered[k + 1]) {
      const prepositional = EN_PREPOSITIONS.has(tokens.text[k - 1] ?? '');
      added.push(actorMention(tokens, k, k + 2, actor, prepositional));
      k++;
      continue;
    }
    // A definite word after the head makes another body of it ("المجلس الأعلى", "the council
    // of ministers"); an act noun makes it a label ("the regime operation").
    if (lang === 'ar' && next.startsWith('ال')) continue;
    if (
      lang === 'en' &&
      (tokens.text[k - 1] !== 'the' || covered[k - 1] || next === 'of' || ACT_HEAD_NOUNS.has(next))
    )
      continue;
    const before = tokens.text[lang === 'en' ? k - 2 : k - 1] ?? '';
    // "رئيس البرلمان", "the head of the council": a person of the body, not the body;
    // "التحالف مع": an alliance, not the alliance.
    if (isOfficeWord(withoutConjunction(before), lang) || next === 'مع' || next === 'with') continue;
    const preposition = lang === 'ar' && (procliticCode(tokens.text[k]!) & 1) === 1;
    const prepositional = preposition || (lang === 'ar' ? AR_PREPOSITIONS : EN_PREPOSITIONS).has(before);
    added.push(actorMention(tokens, k, k + 1, actor, prepositional));
  }
  return withAddedMentions(mentions, added);
}

// The units of an army that "army" names before them: "army units", "an army unit".
const EN_ARMY_UNITS = new Set(['units', 'unit', 'troops', 'soldiers']);

/** The body a bare possessive head at k ("coalitions", "the coalition 's") names before an act of force. */
function ownerOfAct(tokens: Tokens, k: number, named: ReadonlyMap<string, number>): number | undefined {
  const w = tokens.text[k]!;
  let head = w;
  let act = k + 1;
  if (tokens.text[k + 1] === 's' && tokens.text[k - 1] === 'the') act = k + 2;
  else if (w.endsWith('s')) head = w.slice(0, -1);
  else return undefined;
  const actor = named.get(head);
  if (actor === undefined || actor < 0 || !EN_FORCE_ACT_NOUNS.has(tokens.text[act] ?? '')) return undefined;
  // Only as the object of a reaction ("condemned coalitions airstrikes"): elsewhere the act may
  // be the subject of another's verb ("would threaten the governments siege").
  const verb = tokens.text[tokens.text[k - 1] === 'the' ? k - 2 : k - 1] ?? '';
  return reactingForm(verb) ? actor : undefined;
}

/** A form of a verb of reacting to an act ("condemned", "denounces", "slammed", "criticising"). */
function reactingForm(w: string): boolean {
  for (const lemma of EN_ACT_REACTING_LEMMAS) {
    if (!w.startsWith(lemma.length > 4 ? lemma.slice(0, lemma.length - 1) : lemma)) continue;
    const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
    const forms = [lemma, `${lemma}s`, `${stem}ed`, `${stem}es`, `${stem}ing`, `${lemma}${lemma.at(-1)}ed`];
    if (forms.includes(w)) return true;
  }
  return false;
}

// Heads that close the proper name of a body ("the National Coalition", "the Arab League"): a
// codebook name that is the head alone ("coalition") names no body inside another body's name,
// nor, said bare, right after another body was named in full with it. (Not "regime", "army",
// "opposition": "the Assad regime", "the Syrian army" are the state's own.)
const EN_NAME_CLOSING_HEADS = new Set([
  'coalition',
  'alliance',
  'council',
  'front',
  'union',
  'league',
  'committee',
  'commission',
  'movement',
  'party',
  'assembly',
  'bloc',
]);
const EN_DETERMINERS_BEFORE_HEAD = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her']);

/**
 * Drops one-word English name mentions of a name-closing head ("Coalition") that belong to
 * another body: after a capitalised word that is no codebook name ("the National Coalition"),
 * or bare when the last body named in full with that head was not this actor ("the Syrian
 * Coalition … the Coalition said"). Bare heads then resolve as for any head (addBareHeads).
 */
export function withoutOtherBodiesHeads(
  tokens: Tokens,
  mentions: Mention[],
  capitalized: Uint8Array,
): Mention[] {
  const coveredBy = new Int32Array(tokens.count).fill(-1);
  mentions.forEach((m, i) => {
    for (let k = m.tokStart; k < m.tokEnd; k++) if (coveredBy[k]! < 0) coveredBy[k] = i;
  });
  /** Whether the word before head k makes it part of a longer proper name. */
  const namePart = (k: number): boolean =>
    k > 0 &&
    tokens.isWord[k - 1] === 1 &&
    capitalized[k - 1] === 1 &&
    !EN_DETERMINERS_BEFORE_HEAD.has(tokens.text[k - 1]!);
  return mentions.filter((m) => {
    if (m.kind !== 'name' || m.actor < 0 || m.tokEnd - m.tokStart !== 1) return true;
    const k = m.tokStart;
    const head = tokens.text[k]!;
    if (!EN_NAME_CLOSING_HEADS.has(head)) return true;
    // "the US coalition", "the Saudi coalition": a state's own coalition stays the codebook's.
    if (namePart(k)) return coveredBy[k - 1]! >= 0;
    for (let j = k - 1; j > 0; j--) {
      if (tokens.text[j] !== head) continue;
      const owner = coveredBy[j]! >= 0 ? mentions[coveredBy[j]!]! : undefined;
      if (owner && owner.tokEnd - owner.tokStart > 1) return owner.actor === m.actor;
      if (namePart(j)) return coveredBy[j - 1]! >= 0;
    }
    return true;
  });
}

// Words that make a country's "forces" its own services ("Israel Defense Forces", "Syrian Armed
// Forces", "Iraqi Security Forces"), not another body's name.
const EN_STATE_FORCE_WORDS = new Set([
  'armed',
  'security',
  'defense',
  'defence',
  'air',
  'aerospace',
  'naval',
  'special',
  'border',
  'military',
  'government',
]);

/**
 * Drops an English country mention that opens another body's proper name: "the Syria Democratic
 * Forces", "the Syrian Revolution General Commission" (untracked as written) name no state. The
 * country word is followed by at least one capitalised word that is no office word and no
 * service of the state's own, up to a name-closing head; "the Syrian Armed Forces", "Iran
 * Foreign Minister …" and "the Syrian Coalition" (the head alone, see above) keep it.
 */
export function withoutCountriesInNames(
  compiled: CompiledCodebook,
  tokens: Tokens,
  mentions: Mention[],
  capitalized: Uint8Array,
): Mention[] {
  const starts = new Set(mentions.map((m) => m.tokStart));
  return mentions.filter((m) => {
    if ((m.kind !== 'name' && m.kind !== 'demonym') || m.actor < 0) return true;
    if (compiled.countryOfActor[m.actor] === undefined) return true;
    let j = m.tokEnd;
    for (; j < tokens.count && j < m.tokEnd + 4; j++) {
      const w = tokens.text[j]!;
      if (tokens.isWord[j] !== 1 || capitalized[j] !== 1 || starts.has(j)) return true;
      if (j > m.tokEnd && (EN_NAME_CLOSING_HEADS.has(w) || w === 'forces')) return false;
      if (EN_STATE_FORCE_WORDS.has(w) || isOfficeWord(w, 'en')) return true;
    }
    return true;
  });
}

/**
 * Drops an English mention of a state's government or forces by a name that names no country
 * ("government forces", "the regime") when a nationality adjective or name of another country
 * stands right before it: "ISIL has been battling Iraqi government forces" names Iraq's forces,
 * not the Syrian government's. A coordination that includes the actor's own country keeps it
 * ("Syrian and Iraqi government forces").
 */
export function withoutOtherStatesForces(
  compiled: CompiledCodebook,
  tokens: Tokens,
  mentions: Mention[],
): Mention[] {
  const countriesOf = (from: number, to: number): Set<string> =>
    countriesNamedIn([tokens.text.slice(from, to).join(' ')]);
  return mentions.filter((m) => {
    if (m.kind !== 'name' || m.actor < 0 || m.tokStart === 0) return true;
    const own = compiled.countryOfActor[m.actor];
    const states = own !== undefined ? new Set([own]) : compiled.actorCountries[m.actor]!;
    if (states.size === 0 || countriesOf(m.tokStart, m.tokEnd).size > 0) return true;
    // The nationality words right before it, past "and" and commas ("Syrian and Iraqi government
    // forces"); one must stand right before it ("the Russian and Assad regime forces" names the
    // Assad regime's).
    let j = m.tokStart - 1;
    const named = new Set<string>();
    while (j >= 0 && j >= m.tokStart - 5) {
      const w = tokens.text[j]!;
      if ((w === 'and' || w === ',') && named.size > 0) {
        j--;
        continue;
      }
      const codes = tokens.isWord[j] === 1 ? countriesOf(j, j + 1) : new Set<string>();
      if (codes.size === 0) break;
      for (const c of codes) named.add(c);
      j--;
    }
    if (named.size === 0) return true;
    return [...named].some((c) => states.has(c));
  });
}
