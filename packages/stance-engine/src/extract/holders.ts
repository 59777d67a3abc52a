// Who holds a position: the subject of a cue found by word order (VSO, SVO), reported-speech
// frames, relative clauses, coordinated clauses and elided subjects.
import { AR_BODY_PARTS, AR_OFFICES, AR_OFFICE_COMPLEMENTS, pastOfficeOf } from './titled-surnames.js';
import { mentionWith, type Mention } from './mentions.js';
import { SentenceView } from './sentence-view.js';
import type { TokenCue } from '../lexicon/cue.js';
import { isClauseMark } from '../text/segment.js';
import { withoutConjunction } from '../text/tokens.js';
import { isConcernForm, opensWithAnd } from './cues.js';
import { isInstitutionHead } from './bare-heads.js';
import { isMasculineSingularVerb, takesFeminineVerb } from './verb-agreement.js';
import { isArabicTitleWord, isOfficeWord } from '../lexicon/common-words.js';
import {
  isDirective,
  isAttack,
  isForce,
  nounFromIsTarget,
  takesHolderGenitive,
  takesPrepositionalObject,
} from '../lexicon/cue.js';
import {
  AR_OCCASION_PRONOUNS,
  EN_SIDING_TITLES,
  SOURCE_PHRASES,
  EN_DEONTIC,
  EN_SUBJECT_PRONOUNS,
  EN_PERSON_PRONOUNS,
  EN_TRAILING_REPORT_VERBS,
  EN_OWN_POSSESSIVES,
  EN_CASUALTY_WORDS,
  EN_GROUP_HEADS,
  EN_NOT_NOUNS,
  EN_SUBJECT_GAP,
  EN_TIME_WORDS,
  EN_CATENATIVES,
  EN_WAGING_VERBS,
  RELATIONAL_NOUNS,
  TIME_WORDS,
  CHARGE_LEMMAS,
  PRONOUN_COMPLEMENTIZERS,
  ANONYMOUS_SOURCES,
  STATEMENT_NOUNS,
  ACT_HEAD_NOUNS,
  AR_PASSIVE_AUX,
  AR_FUTURE_PASSIVE_AUX,
  AR_BUT_PRONOUNS,
  AR_PARTICLES,
  CLAIM_NOUNS,
  AR_TEMPORAL_PREPS,
  AR_TAKING_GROUND_VERBS,
  AR_TAKING_GROUND_NOUNS,
  AR_CONTROL_CLAIM_WORDS,
  EXPULSION_LEMMAS,
  EN_AUXILIARIES,
  EN_STRIKE_MODIFIERS,
  EN_STRIKE_NOUNS,
  ADDRESSEE_COMPLEMENTS,
  EN_BACKING_PARTICIPLES,
  EN_SUBJECT_UNITS,
  EN_UNIT_NOUNS,
  EN_SUBORDINATORS,
  EN_MEMBER_TITLES,
  EN_SPOKESPEOPLE,
  EN_MONTHS,
  EN_DEICTIC_PERIODS,
  EN_TIME_UNITS,
  EN_TIME_DEICTICS,
  EN_TIME_COUNTS,
  EN_OCCASION_NOUNS,
  EN_OCCASION_MEDIA,
  EN_CONNECTIVE_ADVERBS,
  EN_DETERMINERS,
  EN_ADVERBIAL_GERUND_PREPS,
  AR_OCCASION_HEADS,
  AR_OCCASION_QUALIFIERS,
  AR_OWN_LAM,
  AR_DEMONSTRATIVES,
  AR_FORMER_WORDS,
} from './word-lists.js';

// The particle between a source phrase and its source ("according to X", "وفقا لما …").
const SOURCE_PHRASE_LINKS = new Set(['to', 'ل', 'لما']);
// Verbs of waging war and aiming at a foe: a clause of them on a group's name identifies the group.
const EN_COMBAT_VERB = /^(fight|fought|battl|combat|target)/;
// English relative pronouns (and "that") opening a clause on the noun before.
const EN_RELATIVES = new Set(['which', 'who', 'that']);
// Adverbs inside an English verb group ("have also agreed", "had not yet joined").
const EN_VERB_GROUP_ADVERBS = new Set(['not', 'also', 'still', 'yet', 'already', 'reportedly', 'then']);

const MAX_HOLDER_NESTING = 6;
// Nouns (lemmas) of helping, urging or pushing whose genitive is the one helped or urged, not the
// agent ("مساعدة العراق على", "تشجيع إيران على"), whatever preposition follows.
const AGENT_OBJECT_LEMMAS = new Set(['ساعد', 'شجع', 'حث', 'حرض', 'دفع', 'اجبر', 'ارغم']);
// Nouns (lemmas) whose على-complement is what their genitive agrees to or cares for ("موافقة
// حكومة الإقليم على …", "مصادقة المحكمة على …", "حرص المملكة على …"); with most others the
// genitive is the one acted on and على the reason ("محاسبة سوريا على", "شكر X على").
const ON_AGENT_LEMMAS = new Set(['وافق', 'صادق', 'حرص']);
// "ونقلت وسائل إعلام … عن X": a verb of passing words on names the speaker after عن.
const TRANSMITTING_VERBS = /^(و|ف)?[يت]?نقل(ت|وا)?$/;
// "وقتل أكثر من 60 فلسطينيا", "وينتشر حوالى ألفي جندي": a count, not a name (folded forms).
const QUANTITY_WORDS = new Set(['اكثر', 'اقل', 'حوالي', 'نحو', 'قرابه', 'عشرات', 'مئات', 'الاف', 'عدد']);
// Tokens back (a few sentences) within which a name was written before.
const REPEATED_NAME_SPAN = 300;
// Words from an opening noun to its verb: "وقانون المفوضية القديم لا يسمح".
const CONSTRUCT_SUBJECT_WORDS = 5;
// Officials named by their place in a body (folded): "مسؤول في …", "القيادي في …" (not a member, عضو).
const OFFICIALS_IN_BODY = /^(ال)?(مسوول|مسووله|قيادي|قياديه|مدير|مديره)$/;
// Laws and constitutions (folded), which state rules, not anyone's position.
const AR_LAW_NOUNS = new Set(['قانون', 'دستور']);
// The auxiliary "was" opening a sentence (folded): "وكان X قد …".
const KANA_FORMS = new Set(['كان', 'وكان', 'كانت', 'وكانت']);
// Expecting, hoping and wishing: توقع، أمل، تمنى (folded forms).

// Words up to a draft resolution's verb: "مشروع قرار تقدمت به الكويت يطالب", "مسودة قرار على
// أعضاء مجلس الأمن الخمسة عشر تطالب".
const DRAFT_REACH = 9;
const DRAFT_NOUNS = new Set([
  'مشروع',
  'مسوده',
  'بمشروع',
  'لمشروع',
  'ومشروع',
  'وبمشروع',
  'بمسوده',
  'لمسوده',
  'ومسوده',
]);

export const EXPECTING_VERBS =
  /^(و|ف)?(توقع|توقعت|يتوقع|تتوقع|نتوقع|اتوقع|يتوقعون|امل|املت|يامل|تامل|نامل|يتطلع|نتطلع|تمني|تمنت|يتمني|تتمني|نتمني|اتمني)$/;
// Nouns and participles of hope and expectation before "في أن", "بأن": أمله، آملا، توقعه (folded).
const EXPECTING_NOUNS =
  /^(و|ف)?(امل|امله|املها|املهم|املا|املين|الامل|اماله|امالها|تمني|تمنيه|تمنياته|توقعه|توقعها|توقعاته)$/;
// Words opening a relative clause or an apposition after a name and a comma.
const PARENTHETICAL_OPENERS = new Set(['which', 'who', 'whose', 'a', 'an']);

// Relative pronouns by gender (an agreeing verb has the relative as its subject).
const MASCULINE_RELATIVES = new Set(['الذي', 'الذين', 'اللذان', 'اللذين']);
const FEMININE_RELATIVES = new Set(['التي', 'اللتان', 'اللتين']);
// (Duals too: "الدولتان اللتان تساندان دمشق".)
const RELATIVE_PRONOUNS = new Set([...MASCULINE_RELATIVES, ...FEMININE_RELATIVES, 'which', 'who']);
// A preposition with a pronoun that takes a relative's antecedent back (folded): بها، عليه، ضدهم.
const RESUMING_PREPOSITIONS = /^(ب|ل|علي|ضد|مع|من|عن)(ها|هم|ه|هما)$/;
// Adverbs that may part a directive's subject from its addressee (دعا X مرارا Y إلى …).
const DIRECTIVE_ADVERBS = new Set(['مرارا', 'مجددا', 'ايضا', 'كذلك', 'اليوم', 'امس', 'مره']);
// Criticism, threats, warnings and charges: what a directing verb directs.
const NEGATIVE_SPEECH_LEMMAS = new Set(['انتقد', 'هدد', 'حذر', 'اتهم', 'هاجم']);
// Verbs that direct or heap criticism, threats or charges on someone (folded): "وجه انتقادات لـ",
// "كال اتهامات لـ", "أطلق تهديدات ضد".
const AR_DIRECTING_VERBS =
  /^(و|ف)?(وجه|وجهت|وجهوا|يوجه|يوجهون|كال|كالت|يكيل|تكيل|اطلق|اطلقت|اطلقوا|يطلق|تطلق)$/;
// Position nouns (folded, with clitics): موقف، الموقف، مواقف، بموقف، لموقف.
const AR_POSITION_NOUN = /^(و|ف)?(ب|ل)?(ال)?(موقف|مواقف)$/;
// Issuing or adopting a decision: أصدر، اتخذ، تبنى، أقر، اعتمد (folded forms).
const ISSUING_VERBS =
  /^(و|ف)?(اصدر|اصدرت|اصدروا|يصدر|تصدر|اتخذ|اتخذت|اتخذوا|يتخذ|تتخذ|تبني|تبنت|تبنوا|يتبني|اقر|اقرت|اقروا|يقر|تقر|اعتمد|اعتمدت|يعتمد)$/;
const EN_THIRD_PERSON_SUBJECTS = new Set(['it', 'they', 'he', 'she']);
// First-person subjects, the speaker's own words.
const EN_FIRST_PERSON = new Set(['i', 'we']);
// How many words of occasion may follow a trailing "he said" ("in a statement on Sunday").
const TRAILING_OCCASION_WORDS = 6;
const FIRE_LIGHT_VERBS = new Set(['open', 'opens', 'opened', 'opening', 'set', 'sets', 'setting']);
// Nouns of calling (دعوات، مناشدات، مطالبات), by their verbs' lemma.
const CALLING_LEMMAS = new Set(['دعا', 'ناشد', 'طالب']);

/**
 * "نرفض", "وندعو", "نناشد": an imperfect verb with the prefix ن of "we" (not the ن of a root
 * such as ندد or ناشد, whose lemma starts with it).
 */
function firstPersonPlural(word: string, lemma: string): boolean {
  // Offsets rather than a sliced copy: this runs for every Arabic verb cue.
  let i = word[0] === 'و' || word[0] === 'ف' ? 1 : 0;
  // "سنعمل", "وسندعم": the future prefix before it.
  if (word[i] === 'س' && lemma[0] !== 'س') i++;
  if (word[i] !== 'ن') return false;
  return lemma[0] === 'ن' ? word[i + 1] === 'ن' : true;
}

// Adjectives of an office (folded): "الناطق الرسمي باسم …".
const OFFICIAL_ADJECTIVES = new Set(['الرسمي', 'الرسميه']);
// A definite nisba adjective (folded): "العربيه", "الليبيه", "الدولي".
const NISBA_ADJECTIVE = /^ال.{2,}(ي|يه)$/;

export class HolderResolver extends SentenceView {
  /** VSO subject within a few words after the cue; 'blocked' when it is an actor we do not track. */
  protected subjectAfter(
    k: number,
    allowMin: boolean,
    limit: number,
    maxSkip = 2,
  ): Mention | 'blocked' | undefined {
    let skipped = 0;
    const office = this.input.lang === 'ar' ? this.bodyOfOfficeAfter(k) : undefined;
    if (office) return office;
    for (let j = k + 1; j < this.e && j < limit; j++) {
      const m = this.mentionAtToken(j);
      if (m) {
        if (m.kind === 'topic') return undefined;
        // "وقال المتحدث باسم الخارجية الإيرانية السابق …": a former official is no longer the body's voice.
        if (this.formerOfficeBody(k, m)) return 'blocked';
        if (m.actor < 0 && m.kind === 'name' && m.tokStart === j && !m.afterPreposition) return 'blocked';
        if (this.canHold(m) && m.tokStart === j) {
          if (m.afterPreposition && !(this.forcesOf(m) && j <= k + 3)) return undefined;
          const prev = j - 1 > k ? this.input.tokens.text[j - 1] : undefined;
          if (prev === 'من' && !allowMin && !this.eachOfAt(j - 2)) return undefined;
          if (prev !== undefined && prev !== 'من' && this.isKind(j - 1, 'preposition')) return undefined;
          return m;
        }
        skipped++;
        j = m.tokEnd - 1;
        if (skipped > maxSkip) return undefined;
        continue;
      }
      // "وأدان القيادي السابق في حماس …", "المتحدث السابق باسم X": a former official is the
      // subject, and no longer the body's voice (as "a former commander of X" in English).
      if (this.formerOfficialAt(j)) return 'blocked';
      // "عبر مصدر مسؤول في وزارة الخارجية السعودية عن …": the official source of a body is its voice.
      const body = j === k + 1 ? this.bodyOfOfficialSource(j) : undefined;
      // "وأدان القيادي في حماس موسى أبو مرزوق": a tracked official named after it is the subject,
      // and speaks for the body (analyze.ts, officeBodies).
      const named = body && this.mentionAtToken(body.tokEnd);
      if (named && named.tokStart === body.tokEnd && this.input.officeBodies?.get(named.actor) === body.actor)
        return named;
      if (body) return body;
      // "وتقول مصادر سياسية …", "قال محللون …": an anonymous source is the subject, and no holder.
      if (j === k + 1 && ANONYMOUS_SOURCES.has(this.input.tokens.text[j]!) && !this.namedOfficialAt(j + 1))
        return 'blocked';
      // "وقصفت كل من الولايات المتحدة وبريطانيا …": "كل من" opens the list of subjects.
      if (this.input.lang === 'ar' && this.eachOfAt(j)) {
        j++;
        continue;
      }
      const tc = this.cueAt(j);
      if (tc && tc.cue.kind !== 'preposition' && tc.cue.kind !== 'hedge') return undefined;
      if (tc?.cue.kind === 'preposition' && !(allowMin && this.input.tokens.text[j] === 'من'))
        return undefined;
      // Office words before a nationality adjective ("نائب وزير الخارجية الألماني") do not count.
      if (this.input.tokens.isWord[j] && !isOfficeWord(this.input.tokens.text[j]!, this.input.lang))
        skipped++;
      if (skipped > maxSkip) return undefined;
    }
    return undefined;
  }

  /**
   * "وقال المتحدث باسم الخارجية الإيرانية السابق …": the body m, after "باسم" or "في" and an
   * office word following the Arabic verb at k, is followed by "السابق"; the former official
   * speaks for it no longer ("الرئيس الأمريكي السابق" names a person and is not meant).
   */
  protected formerOfficeBody(k: number, m: Mention): boolean {
    const text = this.input.tokens.text;
    if (this.input.lang !== 'ar' || m.kind === 'demonym' || m.tokStart < k + 3) return false;
    if (!AR_FORMER_WORDS.has(text[m.tokEnd] ?? '')) return false;
    const link = text[m.tokStart - 1];
    if (link !== 'باسم' && link !== 'في') return false;
    for (let i = k + 1; i < m.tokStart - 1; i++) {
      const w = text[i]!;
      if (isOfficeWord(w, 'ar') || AR_OFFICES.test(w)) return true;
    }
    return false;
  }

  /**
   * "وأدان عضو المكتب السياسي لحركة حماس موسى أبو مرزوق …", "وقال الأمين العام لحزب الله …": an
   * office in a body named after ل, right after the Arabic verb at k, is its subject; the
   * tracked official named next (introduced as the body's) or else the body holds. The office of
   * a member needs a part of the body (المكتب، المجلس …): "عضو في" is not there. 'blocked' for a
   * former official ("… لحركة حماس السابق").
   */
  protected bodyOfOfficeAfter(k: number): Mention | 'blocked' | undefined {
    const text = this.input.tokens.text;
    let i = k + 1;
    if (!AR_OFFICES.test(text[i] ?? '') || this.mentionAtToken(i)) return undefined;
    const member = /عضو$/.test(text[i]!);
    let part = false;
    for (i++; i < this.e && i <= k + 4 && AR_OFFICE_COMPLEMENTS.test(text[i]!) && text[i] !== 'باسم'; i++)
      part ||= AR_BODY_PARTS.test(text[i]!);
    if (member && !part) return undefined;
    const body = this.mentionAtToken(i);
    if (!body || body.tokStart !== i || body.kind === 'topic' || !text[i]!.startsWith('ل')) return undefined;
    if (!this.canHold(body) || this.input.compiled.codebook.actors[body.actor]?.kind === 'person')
      return undefined;
    if (AR_FORMER_WORDS.has(text[body.tokEnd] ?? '')) return 'blocked';
    const named = this.mentionAtToken(body.tokEnd);
    if (named && named.tokStart === body.tokEnd && this.input.officeBodies?.get(named.actor) === body.actor)
      return named;
    return body;
  }

  /**
   * "دعا الرئيس التركي أردوغان مرارا الحكومة العراقية إلى التحرك ضد …": m is the addressee of a
   * directive verb past its VSO subject and an adverb; the directive's holder holds what follows.
   */
  protected directiveOverAddressee(m: Mention): number | undefined {
    let subject: Mention | undefined;
    // "وطالبت حكومة الإقليم في بيان حزب العمال …": an occasion or time phrase after the subject.
    // (A bare "في بيان" too: between a subject and a name it cannot open a noun phrase.)
    const text = this.input.tokens.text;
    const j0 = m.tokStart - 1;
    const bare =
      j0 - 1 > this.s &&
      AR_OCCASION_HEADS.has(text[j0]!) &&
      (text[j0 - 1] === 'في' || text[j0 - 1] === 'خلال')
        ? j0 - 1
        : undefined;
    const adverbial = this.input.lang === 'ar' ? (this.arabicAdverbialAt(j0, this.s) ?? bare) : undefined;
    const from = adverbial ?? m.tokStart;
    for (let j = from - 1; j >= this.s && j >= from - 8; j--) {
      const other = this.mentionAtToken(j);
      if (other) {
        // The subject may be named twice: "الرئيس التركي رجب طيب أردوغان".
        if ((subject && other.actor !== subject.actor) || !this.canHold(other)) return undefined;
        subject = other;
        j = other.tokStart;
        continue;
      }
      const cue = this.cueAt(j)?.cue;
      if (cue)
        return subject && cue.kind === 'stance' && cue.pos === 'verb' && isDirective(cue) ? j : undefined;
      const word = this.input.tokens.text[j]!;
      // Titles before the subject's name ("الزعيم مقتدى الصدر") belong to it.
      const title = isOfficeWord(word, 'ar') || isArabicTitleWord(word);
      if (!DIRECTIVE_ADVERBS.has(word) && !(subject && title)) return undefined;
    }
    return undefined;
  }

  /**
   * "حذرت سارة ساندرز، المتحدثة باسم البيت الأبيض، إيران من مغبة مهاجمة …": m follows a
   * directive verb, its subject (a name, tracked or not) and that subject's apposition between
   * commas; m is the addressee, and the directive's holder holds what follows.
   */
  protected directiveOverApposedSubject(m: Mention): number | undefined {
    const { tokens } = this.input;
    const close = m.tokStart - 1;
    if (close <= this.s || tokens.text[close] !== ',') return undefined;
    let open = close - 1;
    while (open > this.s && open >= close - 8 && tokens.text[open] !== ',') {
      if (this.cueAt(open) && !this.isKind(open, 'preposition')) return undefined;
      open--;
    }
    if (tokens.text[open] !== ',') return undefined;
    // One to three words of the subject's name between the verb and the apposition.
    for (let j = open - 1; j >= this.s && j >= open - 4; j--) {
      const cue = this.cueAt(j)?.cue;
      if (cue)
        return j < open - 1 && cue.kind === 'stance' && cue.pos === 'verb' && isDirective(cue)
          ? j
          : undefined;
      const other = this.mentionAtToken(j);
      if (other) {
        j = other.tokStart;
        continue;
      }
      // Followed by the apposition's comma, a name is no construct head ("سارة ساندرز،").
      if (!this.nameWordAt(j)) return undefined;
    }
    return undefined;
  }

  /**
   * Arabic: the untracked name m ends a list of actors we track, joined by "و" and opened by a
   * word (a verb, "كل من"), not by punctuation ("(الولايات المتحدة وبريطانيا …)") or by "و" of
   * its own ("مع الأطراف الأوروبية وروسيا والصين").
   */
  /**
   * The opening comma of a relative clause or apposition closed by the comma at j and set off
   * right after a holder's name ("Iran, which backs Assad,", "Iran, a close ally of Assad,").
   */
  protected parentheticalOpening(j: number): number | undefined {
    const { tokens } = this.input;
    for (let o = j - 2; o > this.s && o >= j - 20; o--) {
      const w = tokens.text[o]!;
      if (w === ',') {
        if (!PARENTHETICAL_OPENERS.has(tokens.text[o + 1]!)) return undefined;
        const named = this.mentionAtToken(o - 1);
        return named && named.tokEnd === o && this.canHold(named) && !this.isPrepositional(named)
          ? o
          : undefined;
      }
      if (!tokens.isWord[o] && w !== '"' && w !== "'") return undefined;
    }
    return undefined;
  }

  /**
   * "Russia and China vetoed …" with China untracked: the nearest tracked name earlier in an
   * English list ending in the untracked name m, when the list is joined by "and" and is no
   * prepositional object.
   */
  protected trackedConjunctBefore(m: Mention): Mention | undefined {
    const { mentions } = this.input;
    let head = m;
    let sawAnd = false;
    for (let i = mentions.indexOf(m) - 1; i >= 0; i--) {
      const before = mentions[i]!;
      if (before.tokStart < this.s || before.kind === 'topic') return undefined;
      if (before.tokStart === head.tokStart) continue;
      // "Russia, a Syrian ally, and China": the apposition's words are the first name's.
      const end = this.appositionEnd(before);
      if (before.kind === 'demonym' && !this.canHold(before)) continue;
      const join = this.joinBetween(
        end > before.tokEnd ? mentionWith(before, { tokEnd: end }) : before,
        head,
      );
      if (!join) return undefined;
      sawAnd ||= join === 'and';
      if (before.actor >= 0 && this.canHold(before))
        return sawAnd && !this.isPrepositional(before) ? before : undefined;
      if (before.actor >= 0 || before.kind !== 'name') return undefined;
      head = before;
    }
    return undefined;
  }

  protected joinedToTracked(m: Mention): boolean {
    if (this.input.lang !== 'ar') return false;
    const { mentions, tokens } = this.input;
    let head = m;
    let tracked = false;
    for (let i = mentions.indexOf(m) - 1; i >= 0; i--) {
      const before = mentions[i]!;
      if (before.tokStart < this.s || before.kind === 'topic') break;
      if (before.tokStart === head.tokStart) continue;
      if (this.joinBetween(before, head) !== 'and') break;
      head = before;
      tracked ||= before.actor >= 0;
    }
    const opener = this.tokenBefore(head);
    const ownAnd =
      head.start - tokens.start[head.tokStart]! === 1 && tokens.text[head.tokStart]!.startsWith('و');
    return (
      tracked && !ownAnd && opener >= this.s && tokens.isWord[opener] === 1 && !this.isPrepositional(head)
    );
  }

  /**
   * "متظاهرين حاولوا اقتحام …": a plural verb right after the name, before the cue at k, has
   * that name for its subject.
   */
  protected pluralVerbAfter(m: Mention, k: number): boolean {
    const j = m.tokEnd;
    if (j >= k || this.cueAt(j) || this.mentionAtToken(j)) return false;
    return /^(و|ف)?(\S{3,}وا|[يت]\S{2,}ون)$/.test(this.input.tokens.text[j]!);
  }

  /**
   * Arabic: a relative pronoun follows m (after a comma) and opens a clause, ending before k,
   * whose verb takes m back as its object ("التي يدعمها", "التي تستعين بها", "الذي تقاتل ضده"),
   * and k's noun carries a possessive pronoun: that pronoun is the clause's unnamed subject.
   */
  protected resumedInRelativeBefore(m: Mention, k: number): boolean {
    const text = this.input.tokens.text;
    if (this.input.lang !== 'ar' || !this.cueAt(k)?.pronounSuffix) return false;
    let r = m.tokEnd;
    if (text[r] === ',') r++;
    if (r + 1 >= k || !RELATIVE_PRONOUNS.has(text[r]!)) return false;
    const verb = text[r + 1]!;
    const next = text[r + 2] ?? '';
    return (
      /^[يت]\S{2,}(ها|هم|ه)$/.test(verb) ||
      (r + 2 < k && /^[يت]\S{2,}$/.test(verb) && RESUMING_PREPOSITIONS.test(next))
    );
  }

  /** SVO subject: the nearest holder mention before the cue that is not a prepositional or genitive object. */
  protected subjectBefore(
    k: number,
    crossComplementizer: boolean,
  ): Mention | 'frame' | 'blocked' | number | undefined {
    const ownIsNoun = this.nounReading(k);
    // A time adverbial crossed: "struck Aleppo on Monday, killing …" — a participle after it
    // opens a clause on the main verb's subject, and the name before it is that verb's object.
    let crossedTime = false;
    const runs = this.input.quotedRuns;
    for (let j = k - 1; j >= this.s && j >= k - 25; j--) {
      // "وأعرب المجلس عن "إدانة … قوات الاحتلال"، مشددا …": no actor inside a quotation closed
      // before the cue is its subject.
      if (runs !== undefined && runs[j]! >= 0 && runs[j]! < j) {
        const first = this.quotationEndingAt(j);
        if (first !== undefined) {
          // "وشدد البيان على "رفض الإمارات القاطع" …، داعيا …": a quoted act noun with its
          // agent in the genitive names who expresses it, whom the words after go on with.
          const agent = this.quotedActAgent(first, j);
          if (agent) return agent;
          j = first;
          continue;
        }
      }
      const m = this.mentionAtToken(j);
      if (m) {
        // (A verbal noun's holder is no place: "في العراق وسوريا رغم هزيمة التنظيم".)
        const free =
          !this.isPrepositional(m) && !this.isGenitive(m) && !(ownIsNoun && this.conjunctAfterPreposition(m));
        if (crossedTime && free && this.input.tokens.text[k]!.endsWith('ing') && this.canHold(m))
          return 'frame';
        // "وقالت كندا …": a subject outside the codebook is still the subject, unless it ends
        // a list that names one we track ("وجهت الولايات المتحدة وبريطانيا وفرنسا ضربات").
        if (m.actor < 0 && m.kind === 'name' && free) {
          // "Russia and Brazil refused to …": the list's tracked names are the subject too.
          const tracked = this.input.lang === 'en' ? this.trackedConjunctBefore(m) : undefined;
          if (tracked) {
            j = tracked.tokEnd;
            continue;
          }
          if (!this.joinedToTracked(m)) return 'blocked';
          j = m.tokStart;
          continue;
        }
        // "Naim Qassem, a former Hezbollah official, said": the body is not his voice any more.
        if (free && this.input.lang === 'en' && pastOfficeOf(this.input.tokens.text, m)) return 'blocked';
        if (this.canHold(m) && free) {
          // "وحدات حماية الشعب، التي تستعين بها في حملتها على …": a name whose relative clause
          // takes it back as an object pronoun is not that clause's subject, so not the owner of
          // a possessive in it either.
          if (ownIsNoun && this.resumedInRelativeBefore(m, k)) return 'blocked';
          // "Iran which backs Assad condemned the United States": the name right before the verb
          // is the object of a relative clause; the clause's antecedent is the verb's subject.
          const antecedent = ownIsNoun ? undefined : this.relativeAntecedentOver(m, k);
          if (antecedent) return antecedent;
          // "الذي يدعم الحكومة اليمنية في الحرب ضد …": an actor right after a stance verb is
          // that verb's subject or object; the verb's holder holds the later cue too.
          const v = m.tokStart - 1;
          const vc = v >= this.s && this.input.lang === 'ar' ? this.cueAt(v)?.cue : undefined;
          // "دعت فرنسا الاتحاد الأوروبي إلى فرض …": the addressee acts, the directive's holder holds.
          if (
            vc &&
            vc.kind === 'stance' &&
            (vc.pos === 'verb' || vc.verbNoun) &&
            (ownIsNoun || isDirective(vc)) &&
            v !== k
          )
            return v;
          const directive =
            this.input.lang === 'ar'
              ? (this.directiveOverAddressee(m) ?? this.directiveOverApposedSubject(m))
              : undefined;
          if (directive !== undefined && directive !== k) return directive;
          if (this.addresseeOfUntrackedSpeaker(m)) return 'blocked';
          return m;
        }
        // "لتفريق متظاهرين حاولوا اقتحام …": a genitive is the subject of the plural verb after it.
        if (
          this.input.lang === 'ar' &&
          this.isGenitive(m) &&
          !this.isPrepositional(m) &&
          this.canHold(m) &&
          this.pluralVerbAfter(m, k)
        )
          return m;
        j = m.tokStart;
        continue;
      }
      // English subjects stand right before the verb, auxiliaries and adverbs aside.
      if (this.input.lang === 'en' && !ownIsNoun) {
        const w = this.input.tokens.text[j]!;
        // "are attempting to capture", "scrambled to protect": a catenative verb or a plain past
        // verb (no cue of its own) with a purpose infinitive stand in the gap.
        if (w === 'to' && j - 1 >= this.s && this.catenativeBefore(j)) {
          j--;
          continue;
        }
        // "Russian warplanes began supporting …", "kept shelling": an aspectual verb before the
        // -ing form belongs to its verb group.
        if (j === k - 1 && EN_ASPECTUAL_VERBS.has(w) && this.input.tokens.text[k]!.endsWith('ing')) continue;
        // "Russia intervened in 2015 to support …", "deployed warplanes to Syria last year to
        // support …": a past act verb, its object and its place or time, then a purpose infinitive.
        if (w === 'to' && this.input.tokens.text[k - 1] === 'to' && j === k - 1) {
          const act = this.actVerbBeforePurpose(j);
          if (act !== undefined) {
            j = act;
            continue;
          }
        }
        // "a coalition that aims to eradicate IS": a relative clause on a name identifies the
        // group (a label, not a position), and the frame's speaker does not hold it either.
        if (w === 'that' && this.relativeThat(j)) return 'blocked';
        // "Israeli combat planes struck …": the modifier of the unit.
        if (w === 'combat' && isOfficeWord(this.input.tokens.text[j + 1] ?? '', 'en')) continue;
        // "opened fire on", "set fire to": the light verb carries the deed noun.
        if (j === k - 1 && FIRE_LIGHT_VERBS.has(w) && this.cueAt(k)?.cue.lemma === 'fire') continue;
        // "Syria and its allies have denied …": the allies are the subject with the actor.
        if (RELATIONAL_NOUNS.has(w) && j - 2 > this.s && this.alliedAfterAnd(j - 2, j + 1)) {
          j -= 2;
          continue;
        }
        // "Germany, an ally of Kadhimi, rejected …": the subject stands before its apposition.
        const head = this.appositionHeadBefore(j);
        if (head) {
          j = head.tokEnd;
          continue;
        }
        // "Iran, which backs Assad, condemned …": a relative clause or apposition set off by
        // commas after the subject; the subject is the name before it.
        const opening = w === ',' ? this.parentheticalOpening(j) : undefined;
        if (opening !== undefined) {
          j = opening;
          continue;
        }
        // "Russia last week vetoed …", "The UN in February condemned …": a time or occasion
        // adverbial between the subject and its verb.
        const adverbial = this.adverbialStart(j);
        if (adverbial !== undefined) {
          crossedTime = true;
          j = adverbial;
          continue;
        }
        if (EN_TIME_WORDS.has(w)) crossedTime = true;
        if (
          !EN_SUBJECT_GAP.has(w) &&
          !w.endsWith('ly') &&
          !isOfficeWord(w, 'en') &&
          !this.nameAfterOffice(j) &&
          // the "s" of "Iran's" after its name
          !(w === 's' && this.mentionAtToken(j - 1) !== undefined) &&
          this.input.tokens.isWord[j]
        ) {
          // "The US and France termed … and said …": a verb after "and" shares the first verb's subject.
          if (w === 'and' || w === 'but') {
            for (let v = j - 1; v >= this.s; v--) {
              const vc = this.cueAt(v)?.cue;
              // "… to support Assad against rebels seeking to end his rule and have supported …":
              // an auxiliary marks a finite predicate, which joins no infinitive or participle.
              if (
                EN_AUXILIARIES.has(this.input.tokens.text[j + 1] ?? '') &&
                (this.input.tokens.text[v - 1] === 'to' || /.{3}ing$/.test(this.input.tokens.text[v]!))
              )
                continue;
              if (
                vc &&
                vc.pos === 'verb' &&
                (vc.kind === 'stance' || vc.kind === 'speech' || vc.kind === 'describe')
              )
                return v;
            }
          }
          return 'frame';
        }
      }
      // "…، حيث أدى النقص إلى إشعال الاحتجاجات": a verbal noun in a clause opened by "حيث"
      // belongs to that clause, not to an actor named before it.
      if (ownIsNoun && this.input.tokens.text[j] === 'حيث') return 'blocked';
      // "… لا تتطلع لقتال قوات سورية أو إيرانية لكنها ستستخدم القوة للدفاع عن …": "لكنها" opens a
      // clause whose subject is its pronoun, the speaker's or the sentence's subject, not a name
      // inside the clause before.
      if (this.input.lang === 'ar' && AR_BUT_PRONOUNS.test(this.input.tokens.text[j]!)) return 'frame';
      const tc = this.cueAt(j);
      // "رفضت إسرائيل دعوات روسيا بوقف الهجوم": a noun of calling names its caller, who holds
      // the course called for (the verb over the noun composes with it in the analysis).
      const caller = ownIsNoun && this.input.lang === 'ar' ? this.callerHoldingBefore(j, k) : undefined;
      if (caller) return caller;
      // A verbal noun inside a verb's clause ("طلب … توفير الحماية") shares that verb's holder.
      if (ownIsNoun && tc && tc.cue.kind === 'stance' && (this.input.lang === 'ar' || tc.cue.pos === 'verb'))
        return j;
      const kind = tc?.cue.kind;
      if (kind === 'speech') return 'frame';
      // "الادعاءات بأن العملية انتهكت …", "reports that …": the words of unnamed others.
      if (kind === 'complementizer' && j > this.s && CLAIM_NOUNS.has(this.input.tokens.text[j - 1]!))
        return 'blocked';
      if (kind === 'complementizer' && !crossComplementizer) return 'frame';
    }
    return undefined;
  }

  /**
   * An English time or occasion adverbial ending at token j, which may stand between a subject
   * and its verb: "last week", "earlier this month", "in February 2016", "in 2014", "on May 12",
   * "late on Sunday", "a day earlier", "two weeks ago", "in recent days", "in a statement", "at a
   * news conference", "on Twitter", "meanwhile". Returns the phrase's first token. Not "in Syria"
   * (a place), nor "since 2011" (a duration).
   */
  protected adverbialStart(j: number): number | undefined {
    const text = this.input.tokens.text;
    const at = (t: number): string => (t >= this.s ? text[t]! : '');
    const w = at(j);
    if (EN_CONNECTIVE_ADVERBS.has(w)) return j;
    // "in turn", "in response", "for its part".
    if ((w === 'turn' || w === 'response') && at(j - 1) === 'in') return j - 1;
    if (w === 'part' && EN_DETERMINERS.has(at(j - 1)) && at(j - 2) === 'for') return j - 2;
    // "late on Sunday", "early last year" (the rest already crossed).
    if ((w === 'late' || w === 'early') && ['on', 'in', 'last', 'this', 'next'].includes(at(j + 1))) return j;
    // "a day earlier", "two weeks ago", "hours later", "earlier".
    if (
      w === 'earlier' ||
      w === 'ago' ||
      (EN_TIME_UNITS.has(w) && ['earlier', 'later', 'ago'].includes(at(j + 1)))
    ) {
      let p = w === 'earlier' || w === 'ago' ? j - 1 : j;
      if (!EN_TIME_UNITS.has(at(p))) return w === 'earlier' ? j : undefined;
      while (p - 1 >= this.s && p > j - 5 && (EN_TIME_COUNTS.has(at(p - 1)) || /^[0-9]+$/.test(at(p - 1))))
        p--;
      return p;
    }
    if (EN_DEICTIC_PERIODS.has(w)) {
      // "in recent days".
      if (at(j - 1) === 'recent' && at(j - 2) === 'in') return j - 2;
      // "on Monday night", "yesterday morning".
      if (EN_TIME_WORDS.has(at(j - 1)) && !EN_DEICTIC_PERIODS.has(at(j - 1))) return j - 1;
      let p = j - 1;
      // "over the past two weeks".
      if (/^[0-9]+$/.test(at(p)) || (EN_TIME_COUNTS.has(at(p)) && at(p) !== 'of')) p--;
      if (!EN_TIME_DEICTICS.has(at(p))) return undefined;
      if (at(p - 1) === 'the') {
        p--;
        if (['in', 'over', 'during', 'within'].includes(at(p - 1))) p--;
      } else if (['following', 'same', 'coming'].includes(at(p))) return undefined;
      // "earlier this month", "late last year".
      if (['earlier', 'later', 'early', 'late'].includes(at(p - 1))) p--;
      return p;
    }
    // Dates: "in February", "in early February 2016", "in 2014", "on May 12, 2016", "on 12 May".
    const year = (t: string): boolean => /^(19|20)[0-9]{2}$/.test(t);
    if (EN_MONTHS.has(w) || year(w) || (/^[0-9]{1,2}(st|nd|rd|th)?$/.test(w) && EN_MONTHS.has(at(j - 1)))) {
      let p = j;
      let dated = false;
      while (p >= this.s && p > j - 7) {
        const t = at(p);
        if (EN_MONTHS.has(t) || year(t)) dated = true;
        else if (
          !/^[0-9]{1,2}(st|nd|rd|th)?$/.test(t) &&
          !['early', 'late', 'mid', 'the', 'of', ','].includes(t)
        )
          break;
        p--;
      }
      const start = p + 1;
      if (!dated || at(start) === ',' || (at(p) !== 'in' && at(p) !== 'on')) return undefined;
      // "in May" is the month; a bare "may" stays the modal.
      return p;
    }
    // "in a statement", "at a news conference", "in televised remarks", "on state television".
    if (EN_OCCASION_NOUNS.has(w) || EN_OCCASION_MEDIA.has(w)) {
      const preps = EN_OCCASION_MEDIA.has(w) ? ['on'] : ['in', 'at', 'during'];
      for (let p = j - 1; p >= this.s && p >= j - 5; p--) {
        const t = at(p);
        if (preps.includes(t)) return p;
        if (!this.input.tokens.isWord[p] || this.mentionAtToken(p) || this.cueAt(p)) return undefined;
      }
    }
    return undefined;
  }

  /**
   * The first token of an Arabic time or occasion phrase ending at token j (after k): "أمس",
   * "في وقت سابق (من هذا الشهر)", "في بيان (لها)", "في تصريحات له", "خلال مؤتمر صحفي".
   */
  protected arabicAdverbialAt(j: number, k: number): number | undefined {
    const text = this.input.tokens.text;
    let p = j;
    // "من هذا الشهر", "الأسبوع الماضي", "أمس".
    while (p > k && TIME_WORDS.has(text[p]!)) p--;
    if ((text[p] === 'هذا' || text[p] === 'هذه') && p > k) p--;
    if (text[p] === 'من' && p < j && p > k) p--;
    if (
      (text[p] === 'سابق' || text[p] === 'لاحق') &&
      text[p - 1] === 'وقت' &&
      text[p - 2] === 'في' &&
      p - 2 > k
    )
      return p - 2;
    // "في بيان لها", "في بيان رسمي", "خلال مؤتمر صحفي".
    let q = j;
    if (AR_OWN_LAM.has(text[q]!)) q--;
    if (AR_OCCASION_QUALIFIERS.has(text[q]!)) q--;
    if (
      q < j &&
      AR_OCCASION_HEADS.has(text[q]!) &&
      (text[q - 1] === 'في' || text[q - 1] === 'خلال') &&
      q - 1 > k
    )
      return q - 1;
    if (p < j && p >= k) return p + 1;
    return undefined;
  }

  /**
   * The speaker whose words contain token k: subject of the nearest speech cue, else the speaker
   * of a quotation attributed in another sentence. As the holder of a cue without a subject
   * (`quoted` false) an Arabic quotation's speaker holds only in a sentence opening with "نحن"
   * and in what he says must be done ("يجب على الأمم أن تقف ضد …"): others' acts there keep
   * the subject of the sentence before ("إنهم يسعون لإسقاط النظام").
   */
  protected frameHolder(k: number, quoted = true): number[] {
    for (let j = k - 1; j >= this.s; j--) {
      if (this.mentionAtToken(j)) continue;
      // "وحذرت إسرائيل من أنها …", "insisted that …": a stance verb with a that-clause frames it too.
      const framing = this.isKind(j, 'speech') || (this.isKind(j, 'stance') && this.opensThatClause(j));
      if (framing) {
        const speakers = this.holderOf(j, this.isKind(j, 'speech'));
        // "قال X إن … ولكنه اعتبر أن …": a speechless pronoun verb continues the earlier speaker;
        // one after a relative pronoun has the antecedent as its speaker ("الدول التي أكدت …").
        if (speakers.length > 0 || RELATIVE_PRONOUNS.has(this.input.tokens.text[j - 1] ?? ''))
          return speakers;
        // "قائلة …، كما أكدت المنامة وقوفها …": this frame's own subject, which we do not track,
        // speaks; an earlier frame's speaker does not.
        if (this.untrackedSubjectAt(j)) return [];
      }
    }
    if (this.input.lang === 'en') {
      // "…, Lavrov said." — speech verb after the words, not a reduced relative ("… the
      // United States says killed 1,400").
      for (let j = k + 1; j < this.e; j++) {
        if (this.trailingReport(j)) return this.holderOf(j, true);
        if (!this.isKind(j, 'speech')) continue;
        const next = this.input.tokens.text[j + 1];
        if (next !== undefined && this.input.tokens.isWord[j + 1] && /ed$/.test(next)) return [];
        return this.holderOf(j, true);
      }
    }
    if (this.input.lang === 'ar' && !quoted && !this.opensWithWe() && !this.deonticBefore(k)) return [];
    return this.quotedSpeakers(k) ?? [];
  }

  /** The sentence opens with "نحن", "إننا" (we). */
  protected opensWithWe(): boolean {
    let j = this.s;
    while (j < this.e && !this.input.tokens.isWord[j]) j++;
    return /^(و|ف)?(نحن|اننا|انا)$/.test(this.input.tokens.text[j] ?? '');
  }

  /** "يجب على الأمم أن تقف ضد …": what must be done is the speaker's demand. */
  protected deonticBefore(k: number): boolean {
    for (let j = k - 1; j >= this.s; j--)
      if (/^(و|ف)?(يجب|ينبغي|يتعين)$/.test(this.input.tokens.text[j]!)) return true;
    return false;
  }

  /** Token k is in a quotation attributed in another sentence: its speakers. */
  protected quotedSpeakers(k: number): number[] | undefined {
    const { quoteSpeakers, quoteEnd } = this.input;
    return quoteEnd === undefined || k < quoteEnd ? quoteSpeakers : undefined;
  }

  /** "… the US authorities pledged.": a verb of pledging or warning ends the sentence after its subject. */
  protected trailingReport(j: number): boolean {
    const { tokens } = this.input;
    if (!EN_TRAILING_REPORT_VERBS.has(tokens.text[j]!)) return false;
    if (j + 1 < this.e && tokens.isWord[j + 1]) return false;
    const before = tokens.text[j - 1] ?? '';
    return !EN_AUXILIARIES.has(before) && !RELATIVE_PRONOUNS.has(before);
  }

  /**
   * The nearest reporting verb before k has an anonymous subject ("قالت مصادر", "sources said")
   * or one we do not track ("وأكد ماكرون أن …"): the words are not the previous holder's.
   */
  protected anonymousFrame(k: number): boolean {
    for (let j = k - 1; j >= this.s; j--) {
      if (!this.isKind(j, 'speech')) continue;
      const after = this.input.tokens.text[j + 1] ?? '';
      const before = this.input.tokens.text[j - 1] ?? '';
      const anonymous =
        (ANONYMOUS_SOURCES.has(after) && !this.namedOfficialAt(j + 2)) || ANONYMOUS_SOURCES.has(before);
      return anonymous || this.untrackedSpeakerAfter(j);
    }
    return false;
  }

  /**
   * An Arabic office word at j marked past and tied to the body after it: "القيادي السابق في",
   * "المتحدث السابق باسم", "القائد السابق للجيش الحر" (not "الرئيس السابق باراك أوباما", a name).
   */
  protected formerOfficialAt(j: number): boolean {
    const text = this.input.tokens.text;
    if (this.input.lang !== 'ar' || !AR_FORMER_WORDS.has(text[j + 1] ?? '')) return false;
    if (!isOfficeWord(text[j]!, 'ar') && !OFFICIALS_IN_BODY.test(text[j]!)) return false;
    const next = text[j + 2] ?? '';
    if (next === 'في' || next === 'باسم') return true;
    const body = this.mentionAtToken(j + 2);
    return body !== undefined && body.tokStart === j + 2 && next.startsWith('ل');
  }

  /**
   * "مصدر مسؤول في وزارة الخارجية السعودية", "مصدر مسؤول في التحالف": the formula of a body's
   * official statement (an official source in the body, past up to two office words) names the
   * body, a tracked actor that is not a person.
   */
  protected bodyOfOfficialSource(j: number): Mention | undefined {
    const text = this.input.tokens.text;
    if (this.input.lang !== 'ar') return undefined;
    // "سماح حديد، مديرة الحملات في منظمة العفو الدولية": a name we do not track, then its office.
    let o = j;
    while (o < this.e && o < j + 3 && (this.nameWordAt(o) || (o > j && this.untrackedDefiniteAt(o)))) o++;
    if (o > j) {
      if (text[o] !== ',') return undefined;
      o++;
    }
    // "مصدر مسؤول في …", "مسؤول (كبير) في …", "القيادي في …": an official within the body.
    let i = o;
    const source = /^(ال)?مصدر$/.test(text[i]!);
    if (source) {
      if (!/^(ال)?مسوول$/.test(text[i + 1] ?? '')) return undefined;
      i += 2;
    } else if (
      o > j
        ? isOfficeWord(text[i] ?? '', 'ar') || OFFICIALS_IN_BODY.test(text[i] ?? '')
        : OFFICIALS_IN_BODY.test(text[i]!)
    ) {
      i++;
      while (i < this.e && i < o + 4 && text[i] !== 'في' && this.untrackedWordAt(i)) i++;
    } else return undefined;
    if (text[i] !== 'في') return undefined;
    const from = i + 1;
    for (i = from; i < this.e && i <= from + 2; i++) {
      const m = this.mentionAtToken(i);
      if (m) {
        const kind = this.input.compiled.codebook.actors[m.actor]?.kind;
        // (An official "in" a state named alone, "مسؤول في العراق", is posted there; "مصدر مسؤول في
        // السعودية" and "في وزارة الخارجية السعودية" are its voice.)
        const posted = kind === 'country' && !source && i === from && m.kind !== 'demonym';
        return m.tokStart >= from && this.canHold(m) && kind !== 'person' && !posted ? m : undefined;
      }
      if (!isOfficeWord(text[i]!, 'ar')) return undefined;
    }
    return undefined;
  }

  /** Token i is a word that names nothing we track and carries no cue (a title's complement: "مديرة الحملات"). */
  protected untrackedWordAt(i: number): boolean {
    return this.input.tokens.isWord[i] === 1 && !this.mentionAtToken(i) && !this.cueAt(i);
  }

  /** "المسؤول الإيراني" at k is an official introduced before (mentions.ts addOfficialPersons), not anonymous. */
  protected namedOfficialAt(k: number): boolean {
    return this.input.mentions.some(
      (m) => m.tokStart === k && m.kind === 'demonym' && m.countryOf !== undefined,
    );
  }

  /**
   * "واعتبرت الذراع المسلحة للحزب …", "وأكد ماكرون أن …": the Arabic reporting verb at j has a
   * subject of its own right after it that names nothing we track — a plain definite noun, or
   * a personal name of one or two words before the reported words —, so neither an earlier
   * subject nor the previous sentence's holder speaks. Statement nouns (وأضاف البيان) are
   * their issuer's voice and left out.
   */
  protected untrackedSpeakerAfter(j: number): boolean {
    const { tokens, lang } = this.input;
    if (lang !== 'ar' || this.cueAt(j)?.cue.pos !== 'verb') return false;
    if (this.bodyOfOfficialSource(j + 1)) return false;
    if (this.plainDefiniteNounAt(j + 1)) return !STATEMENT_NOUNS.has(tokens.text[j + 1]!);
    if (this.officialOfUntrackedBodyAt(j + 1)) return true;
    let t = j + 1;
    while (t < this.e && t <= j + 2 && this.untrackedNameWordAt(t)) t++;
    if (t === j + 1 || t >= this.e) return false;
    const w = tokens.text[t]!;
    return w === ',' || w === ':' || this.isKind(t, 'complementizer');
  }

  /**
   * The Arabic verb at j has a subject we do not track right after it (a name or a plain
   * definite noun: "أكدت المنامة") or, a name, right before it ("إن دولة الكويت تؤكد").
   */
  protected untrackedSubjectAt(j: number): boolean {
    if (this.input.lang !== 'ar' || this.cueAt(j)?.cue.pos !== 'verb') return false;
    const before = j - 1 >= this.s ? this.mentionAtToken(j - 1) : undefined;
    if (before && before.tokEnd === j && this.untrackedName(before)) return true;
    const after = this.mentionAtToken(j + 1);
    if (after) return after.tokStart === j + 1 && this.untrackedName(after);
    return this.plainDefiniteNounAt(j + 1) && !STATEMENT_NOUNS.has(this.input.tokens.text[j + 1]!);
  }

  private untrackedName(m: Mention): boolean {
    return m.actor < 0 && m.kind === 'name' && !this.isPrepositional(m);
  }

  /** "دعم قطر المستمر للإرهاب": a ل-object (past agreeing definite adjectives) right after the mention. */
  protected lamObjectAfter(target: Mention): boolean {
    return this.lamObjectAt(target.tokEnd);
  }

  /**
   * After a verbal noun's genitive, the noun's object: a ل-object, or a course of action named
   * right after it ("رفض الحوثيين المشاورات", "التحاق الحوثيين بالمشاورات"): the genitive is
   * then the noun's agent.
   */
  protected objectAfterAgent(agent: Mention): boolean {
    if (this.lamObjectAfter(agent)) return true;
    const next = agent.tokEnd < this.e ? this.mentionAtToken(agent.tokEnd) : undefined;
    if (next !== undefined && next.kind === 'topic' && next.tokStart === agent.tokEnd) return true;
    return this.actOrOnObjectAfter(agent);
  }

  /**
   * "إدانة المملكة لاستهداف المدنيين", "رفض السعودية لإقرار …", "موافقة حكومة الإقليم على
   * إخضاعهما …": after the genitive of a stance noun, an act noun after ل or a complement after
   * على (for nouns of agreeing or caring) is the noun's object, so the genitive is its agent. Not after a directive or a noun of
   * helping or charging, whose genitive is the one urged, helped or charged ("حث إيران على",
   * "مساعدة العراق على", "اتهام إيران بـ").
   */
  private actOrOnObjectAfter(agent: Mention): boolean {
    if (this.input.lang !== 'ar') return false;
    const outer = this.cueAt(agent.tokStart - 1)?.cue;
    if (!outer || outer.kind !== 'stance' || outer.pos !== 'noun' || outer.participle || outer.polarity === 0)
      return false;
    if (isDirective(outer) || AGENT_OBJECT_LEMMAS.has(outer.lemma) || CHARGE_LEMMAS.has(outer.lemma))
      return false;
    const t = this.input.tokens.text;
    let j = agent.tokEnd;
    // past agreeing definite adjectives ("رفض إيران القاطع لـ")
    while (j < this.e && j < agent.tokEnd + 2 && /^ال/.test(t[j]!) && !this.mentionAtToken(j)) j++;
    if (j + 1 >= this.e) return false;
    const w = t[j]!;
    if (w === 'علي')
      return (
        ON_AGENT_LEMMAS.has(outer.lemma) &&
        this.input.tokens.isWord[j + 1] === 1 &&
        !isClauseMark(this.input.tokens, j + 1)
      );
    if (!/^ل/.test(w) || w.length <= 3) return false;
    const act = this.cueAt(j)?.cue;
    // (An act of force: "دعم مجلس الأمن لإدانة الضربات" is a purpose, not Russia's sought support's object.)
    return act !== undefined && act.pos === 'noun' && !act.participle && (isForce(act) || isAttack(act));
  }

  /** A ل-object starting at token from, past up to two agreeing definite adjectives ("لإقرار", "للجماعات"). */
  protected lamObjectAt(from: number): boolean {
    let j = from;
    // skip definite adjectives agreeing with the noun ("المستمر")
    while (j < this.e && j < from + 2 && /^ال/.test(this.input.tokens.text[j]!) && !this.mentionAtToken(j))
      j++;
    const w = this.input.tokens.text[j] ?? '';
    return this.input.lang === 'ar' && /^(ل|لل)/.test(w) && w.length > 3 && !this.cueAt(j);
  }

  protected holderCalls = 0;

  /** Holder(s) of the cue at token k; resolution may follow other cues, so nesting is bounded. */
  /**
   * "أكد ظريف التزام إيران بالاتفاق", "أكد ولي العهد السعودي حرص المملكة على …": a member of the
   * body whose stance noun he asserts (reporting verb, the member, the noun) speaks for it and
   * holds the position too, as he does with "التزام بلاده".
   */
  private memberVoicing(k: number, bodies: number[]): number[] {
    const cue = this.cueAt(k);
    if (this.input.lang !== 'ar' || !cue || cue.cue.pos !== 'noun' || cue.pronounSuffix) return [];
    let j = k - 1;
    if (j > this.s && this.input.tokens.text[j] === 'علي') j--;
    const speaker = j > this.s ? this.mentionAtToken(j) : undefined;
    if (!speaker || speaker.kind === 'topic' || speaker.tokEnd !== j + 1 || bodies.includes(speaker.actor))
      return [];
    const verb = this.cueAt(speaker.tokStart - 1);
    if (!verb || verb.cue.kind !== 'speech' || verb.cue.pos !== 'verb' || !this.canHold(speaker)) return [];
    const chain = this.input.compiled.memberChain[speaker.actor];
    return chain && bodies.some((b) => chain.has(b)) ? [speaker.actor] : [];
  }

  holderOf(k: number, isSpeech = false, before = this.e, depth = 0): number[] {
    if (this.holderCalls >= MAX_HOLDER_NESTING) return [];
    this.holderCalls++;
    try {
      const holders = this.resolveHolder(k, isSpeech, before, depth);
      return holders.length > 0 ? holders.concat(this.memberVoicing(k, holders)) : holders;
    } finally {
      this.holderCalls--;
    }
  }

  /**
   * The English combat verb at k opens a clause that identifies the group named before it:
   * a participle right after the name ("the US-led coalition fighting Daesh", "Assad's forces
   * battling rebels") or a relative clause in the perfect or progressive ("Islamic State, which has fought
   * the Syrian army", "a group that has been fighting the government since 2012"). The guideline
   * reads such clauses as labels; a main clause ("the coalition has been fighting IS") is not one.
   */
  protected identifyingCombatClause(k: number): boolean {
    const text = this.input.tokens.text;
    if (this.input.lang !== 'en' || !EN_COMBAT_VERB.test(text[k]!)) return false;
    const named = k - 1 >= this.s ? this.mentionAtToken(k - 1) : undefined;
    if (/ing$/.test(text[k]!) && named?.tokEnd === k) {
      // Only a group named as such ("the SDF", "the coalition"): after a bare common noun the
      // clause says which rebels are meant and is coded ("supports rebels fighting against X").
      const definite = this.input.capitalized?.[named.tokStart] === 1 || text[named.tokStart - 1] === 'the';
      // "airstrikes by the coalition targeting areas controlled by IS", "air strikes in support of
      // its ally Damascus targeting IS": what targets is mostly the strikes, a deed; only "the
      // coalition targeting Daesh" outside an agent phrase names the group by it.
      const the = text[named.tokStart - 1] === 'the';
      if (/^target/.test(text[k]!) && (!the || text[named.tokStart - 2] === 'by')) return false;
      // "fighting between …", "bombing kills …": a noun, not a participle on the name.
      const next = text[k + 1] ?? '';
      return definite && next !== 'between' && this.input.tokens.isWord[k + 1] === 1;
    }
    let r = k - 1;
    while (r > this.s && EN_AUXILIARIES.has(text[r]!)) r--;
    return r < k - 1 && r >= this.s && EN_RELATIVES.has(text[r]!);
  }

  /** The holders of the passive noun at k: its agent after "من قبل". */
  protected passiveNounHolders(k: number): number[] {
    const agents = this.agentAfterMinQibal(k);
    // "وقال يلدريم: سيتم تنفيذ عمليات عسكرية": an act announced for the future without its
    // doer is the speaker's commitment.
    return agents.length === 0 && this.futurePassive(k - 1) ? this.frameHolder(k) : agents;
  }

  protected resolveHolder(k: number, isSpeech: boolean, before: number, depth: number): number[] {
    const lang = this.input.lang;
    const cue = this.cueAt(k)!;
    // "according to Lavrov", "بحسب وزارة الخارجية": the source follows the phrase.
    if (SOURCE_PHRASES.has(this.input.tokens.text[k]!)) {
      let j = k + 1;
      // (The token count is tested before the read: a read past the array's end, reached only at
      // a story's last token, would throw this large function's optimised code away.)
      if (j < this.input.tokens.count && SOURCE_PHRASE_LINKS.has(this.input.tokens.text[j]!)) j++;
      const source = this.mentionAtToken(j);
      return source && source.tokStart === j && this.canHold(source) ? this.coordinated(source) : [];
    }
    // "قال X: نرفض …", "ونحن ندعم …": a verb in the first person plural has "we", the speaker,
    // as its subject, so no actor after it is; the speaker is the sentence's, or, when the
    // sentence opens with it (a quotation running on), the previous sentence's.
    // ("دعوتنا إلى …": "our" on a noun is the speaker's too.) Inside a quotation it is its speaker.
    if (lang === 'ar' && (this.weSubject(k) || this.ourNoun(k))) {
      const speakers = this.frameHolder(k);
      return speakers.length > 0 ||
        this.quotedSpeakers(k) !== undefined ||
        !(this.opensSentence(k) || this.opensAfterSpeech(k))
        ? speakers
        : this.input.previousHolders;
    }
    // "the air attacks by regime forces are aimed at foiling IS efforts, X said": the purpose is
    // the act's, held by the subject that wages it when one is named, never the teller's words.
    if (lang === 'en' && this.purposeGerund(k)) {
      const agent = this.purposeAgent(k - 2);
      return agent ? this.coordinated(agent) : [];
    }
    // "The militias must accept the vote, Sadr said": a deontic modal states the speaker's view.
    if (lang === 'en' && !isSpeech && EN_DEONTIC.has(this.input.tokens.text[k - 1] ?? '')) {
      const speakers = this.frameHolder(k);
      if (speakers.length > 0) return speakers;
    }
    // "قال المجلس إنه يتوقع أن تمنع الحكومة …": what one expects or hopes others will do is
    // the speaker's wish, not the others' position.
    if (lang === 'ar' && cue.cue.pos === 'verb' && this.expectedClause(k)) return this.frameHolder(k);
    // "فتم تكليف حيدر العبادي", "أن يتم القضاء على داعش": a passive names its doer only by "من قبل".
    if (this.passiveNoun(k)) return this.passiveNounHolders(k);
    // "تم خداعهم للانضمام إلى التنظيم": the act a passive's pronoun object was led into is that
    // object's, neither the passive's agent's nor the previous clause's subject's or object's.
    if (this.afterPassiveObjectPronoun(k)) return [];
    // "طالبت الولايات المتحدة روسيا بوقف دعمها للنظام": a noun with a possessive pronoun in the
    // ب-complement of a directive verb belongs to the verb's object, the one asked to act.
    // "وجه أردوغان انتقادات حادة لـ X": a noun of criticism directed by a verb (without a
    // pronoun) is that verb's subject's.
    // (One return for both: each return reached first in a rare case would throw this large
    // function's optimised code away.)
    const nounOwner =
      lang !== 'ar' || cue.cue.pos !== 'noun'
        ? undefined
        : cue.pronounSuffix
          ? this.directiveObjectOwner(k)
          : this.directorOf(k);
    if (nounOwner) return this.canHold(nounOwner) ? this.coordinated(nounOwner) : [];
    const positionOwner = this.positionOwner(k);
    if (positionOwner) {
      if (positionOwner.kind === 'demonym')
        return positionOwner.actor >= 0 && !positionOwner.people ? [positionOwner.actor] : [];
      return this.canHold(positionOwner) ? this.coordinated(positionOwner) : [];
    }
    // "Egypt voted for the drafts at the Security Council arguing that …": a participle of speech
    // after the main clause reports the words of that clause's subject, not of the name ending it.
    const mainOfSpeech = lang === 'en' && isSpeech ? this.mainVerbOfSpeechParticiple(k) : undefined;
    if (mainOfSpeech !== undefined)
      return depth <= 2 ? this.holderOf(mainOfSpeech, false, this.e, depth + 1) : [];
    // Adjacent SVO subject first ("إدارة بايدن أبلغت", "Russia said").
    // (Arabic auxiliaries may stand between them: "وكانت تركيا قد هددت", "إيران ما زالت ترفض".)
    const verbGroup = lang === 'ar' && cue.cue.pos === 'verb' ? this.auxiliaryStart(k) : k;
    const adjacent =
      verbGroup - 1 >= this.s && (lang === 'en' || cue.cue.pos === 'verb')
        ? this.mentionAtToken(verbGroup - 1)
        : undefined;
    // "the US-led coalition fighting Daesh": a combat participle right after a name, with no
    // auxiliary, is a reduced relative that only identifies the group.
    if (lang === 'en' && adjacent && this.identifyingCombatClause(k)) return [];
    // "A former commander of the Free Syrian Army condemned …": a past office holder does not
    // speak for the body (as in apposition, subjectBefore).
    if (lang === 'en' && adjacent && pastOfficeOf(this.input.tokens.text, adjacent)) return [];
    if (
      adjacent &&
      this.canHold(adjacent) &&
      ((!this.isPrepositional(adjacent) && !this.isGenitive(adjacent)) || this.forcesOf(adjacent))
    ) {
      const antecedent = lang === 'en' ? this.relativeAntecedentOver(adjacent, k) : undefined;
      return this.coordinated(antecedent ?? adjacent);
    }
    const opensClause = lang === 'ar' && opensWithAnd(this.input.tokens.text[k]!);
    const afterPlainNoun =
      adjacent !== undefined &&
      adjacent.tokStart - 1 >= this.s &&
      !this.mentionAtToken(adjacent.tokStart - 1);
    if (
      adjacent &&
      adjacent.kind === 'demonym' &&
      cue.cue.pos === 'verb' &&
      !opensClause &&
      afterPlainNoun &&
      !adjacent.modifier &&
      !this.isPrepositional(adjacent)
    ) {
      // "الصاروخين الإسرائيليين استهدفا", "غارة روسية ضربت": the nationality is the agent.
      return adjacent.actor >= 0 && lang === 'ar' && !adjacent.people ? [adjacent.actor] : [];
    }
    // "انتقادات كندية للسعودية", "الدعم الإيراني": a nationality right after a verbal noun is its agent.
    // "الغارات الإسرائيلية ضد القوات الإيرانية": a nationality right before a particle cue is the
    // agent of the noun it qualifies.
    const prevMention =
      lang === 'ar' && cue.cue.pos === 'other' && k - 1 >= this.s ? this.mentionAtToken(k - 1) : undefined;
    if (prevMention?.kind === 'demonym' && !prevMention.people && prevMention.tokEnd === k) {
      return prevMention.actor >= 0 ? [prevMention.actor] : [];
    }
    const next = lang === 'ar' && cue.cue.pos !== 'verb' ? this.mentionAtToken(k + 1) : undefined;
    if (next && next.kind === 'demonym' && next.tokStart === k + 1)
      return next.actor >= 0 && !next.people ? [next.actor] : [];
    // "اتهام الحشد الشعبي للقوات الأميركية": a verbal noun's genitive followed by the noun's
    // ل-object is its agent (the object side is in objectOfCue); not after a participle, whose
    // next word is its object ("داعيا مجلس الأمن للتدخل").
    if (
      next &&
      next.tokStart === k + 1 &&
      cue.cue.pos === 'noun' &&
      !cue.cue.participle &&
      this.canHold(next) &&
      this.objectAfterAgent(next)
    )
      return this.coordinated(next);
    // "لكن المحمود أشار إلى …": a verb right after a definite noun that is not an actor we
    // know has that noun as its subject (time words aside: "في هذه الأثناء رفض …").
    if (
      lang === 'ar' &&
      cue.cue.pos === 'verb' &&
      !cue.cue.verbNoun &&
      !opensWithAnd(this.input.tokens.text[k]!) &&
      (this.unknownDefiniteSubject(k) || (isDirective(cue.cue) && this.subjectAfterComplementizer(k)))
    )
      return [];
    // "التي تتهم فيها إسرائيل إيران": after a relative or an indefinite noun, a verb with "فيه/فيها"
    // (in it: the occasion) has its own subject after the pronoun, not the noun or its antecedent.
    const occasion = lang === 'ar' && cue.cue.pos === 'verb' ? this.occasionSpeaker(k) : undefined;
    if (occasion) return occasion;
    // "بيان يدعو إلى …": a verb right after an indefinite noun has that noun as its subject.
    if (lang === 'ar' && cue.cue.pos === 'verb' && !cue.cue.verbNoun && this.indefiniteNounBefore(k)) {
      const after = this.subjectAfter(k, false, before);
      return after && after !== 'blocked' ? this.coordinated(after) : [];
    }
    // "خطابه … الذي دعا فيه", "التحالف الذي يدعم الحكومة": after a relative pronoun the subject is
    // the antecedent (if it is an actor), unless the verb carries the antecedent as its object
    // pronoun ("العمليات التي يشنها الجيش").
    // "some who have supported X": English auxiliaries stand between the relative and its verb.
    let r = k - 1;
    while (lang === 'en' && r > this.s && EN_AUXILIARIES.has(this.input.tokens.text[r]!)) r--;
    const relative = r >= this.s ? this.input.tokens.text[r]! : '';
    // "a US-led coalition that aims to …": "that" right after a name opens a relative clause on it.
    // ("opposition fighters that …": past the name's unit noun.)
    let end = r;
    if (
      end - 1 > this.s &&
      !this.mentionAtToken(end - 1) &&
      EN_SUBJECT_UNITS.has(this.input.tokens.text[end - 1]!)
    )
      end--;
    const named = lang === 'en' && relative === 'that' ? this.mentionAtToken(end - 1) : undefined;
    const thatRelative = named !== undefined && named.tokEnd === end && named.kind === 'name';
    if ((RELATIVE_PRONOUNS.has(relative) || thatRelative) && !cue.objectPronoun) {
      let a = r - 1;
      while (a >= this.s && isClauseMark(this.input.tokens, a)) a--;
      // "YPG fighters who raid …": the antecedent's head noun after the name.
      while (
        lang === 'en' &&
        a > this.s &&
        !this.mentionAtToken(a) &&
        (EN_SUBJECT_GAP.has(this.input.tokens.text[a]!) || isOfficeWord(this.input.tokens.text[a]!, 'en'))
      )
        a--;
      const antecedent = a >= this.s ? this.mentionAtToken(a) : undefined;
      // "Islamic State, which has fought the Syrian army", "a group that has been fighting the
      // government since 2012": a lasting war told in a relative clause identifies the group.
      if (lang === 'en' && this.identifyingCombatClause(k)) return [];
      // "تركيا، التي تدعم قوات المعارضة …": in Arabic a relative clause on a named actor is an
      // appositive that describes it, a label rather than a reported position.
      if (antecedent && lang === 'ar' && antecedent.kind !== 'topic') return [];
      return antecedent && this.canHold(antecedent) ? this.coordinated(antecedent) : [];
    }
    // English puts the subject after a reporting verb only in "…, said X".
    const inverted =
      isSpeech && lang === 'en' && k > this.s && (this.input.tokens.isWord[k - 1] === 0 || this.saidAtEnd(k));
    const verbLike = cue.cue.pos === 'verb' || this.clauseInitialVerb(k);
    // A verbal noun's genitive holds the position only for nouns of stance (مواقف الحزب) or after "من".
    // ("استنكارها لإقرار الكنيست": a possessive pronoun is the genitive; a name in the ل-object
    // after it is another's.)
    const genitiveHolder =
      !verbLike &&
      takesHolderGenitive(cue.cue) &&
      !(lang === 'ar' && cue.pronounSuffix && this.lamObjectAt(k + 1));
    if (
      (lang === 'ar' &&
        cue.cue.pos !== 'other' &&
        // "بدعم من X": من names the noun's agent, except after nouns of fear and dismay (قلق من X).
        (verbLike ||
          genitiveHolder ||
          (this.input.tokens.text[k + 1] === 'من' && !nounFromIsTarget(cue.cue)))) ||
      inverted
    ) {
      // A reporting verb's subject may be a long title: "قال أمين سر منظمة التحرير، صائب عريقات".
      const after = this.subjectAfter(
        k,
        !verbLike && !nounFromIsTarget(cue.cue),
        before,
        isSpeech && lang === 'ar' ? 5 : 2,
      );
      if (after === 'blocked') return [];
      if (after && this.addresseeAfterNamedSubject(k, after)) return [];
      if (after && !this.isChargedObject(k, after) && !this.addresseeByAgreement(k, after))
        return this.coordinated(after);
      if (!after && isSpeech && this.untrackedSpeakerAfter(k)) return [];
    }
    // "قرار وقف إطلاق النار": a decision or position noun without its owner named (and without a
    // possessive pronoun, قراره) belongs to nobody we can tell.
    // "أصدر البرلمان قرارا بـ…": an indefinite decision noun that a verb of issuing takes as its
    // object belongs to that verb's subject.
    const made = /[^ا]ا$/.test(this.input.tokens.text[k]!) && this.issuedBy(k);
    // (A concern voiced by a verb's subject, "تشعر إسرائيل بالقلق", reads as if it had the pronoun.)
    const word = this.input.tokens.text[k]!;
    if (
      genitiveHolder &&
      lang === 'ar' &&
      !made &&
      !/(ه|ها|هم|هما)$/.test(word) &&
      !(cue.pronounSuffix && isConcernForm(word))
    )
      return [];
    if (lang === 'ar' && cue.cue.pos === 'noun' && this.datesAnEvent(k)) return this.datedEventAgent(k);
    // "…، التي تشارك فيها قوات النظام، رغم مناشدات تركيا بوقف إطلاق النار": a noun of calling
    // names its caller right after it, before any subject of an earlier clause (a verb over the
    // noun, "ترامب يرفض دعوات روسيا لوقف …", composes with it in the analysis instead).
    const caller = lang === 'ar' && !(k > this.s && this.cueAt(k - 1)) ? this.callerOfNoun(k) : undefined;
    if (caller && this.canHold(caller)) return this.coordinated(caller);
    const continued = this.continuedSubject(k, depth);
    if (continued.length > 0) return continued;
    // "استضاف ترامب … أمير قطر … وأثنى على …": a verb joined by و shares the sentence's first
    // subject, not the nearest actor (which is often the first verb's object).
    if (
      lang === 'ar' &&
      (cue.cue.pos === 'verb' || cue.cue.verbNoun) &&
      opensWithAnd(this.input.tokens.text[k]!)
    ) {
      const first = this.firstFreeSubject(k);
      if (first) return this.coordinated(first);
    }
    if (lang === 'en' && cue.cue.pos === 'verb' && !isSpeech) {
      // Passive: "was condemned by X"; an act noun: "strikes by the United States".
      const by = this.agentAfterBy(k);
      if (by) return this.agentList(by);
    }
    const struck =
      lang === 'en' && cue.cue.pos === 'verb' && isForce(cue.cue) ? this.strikeSubjectAgents(k) : undefined;
    if (struck) return struck;
    const backed = lang === 'en' && cue.cue.pos === 'verb' ? this.subjectBeforeBacking(k) : undefined;
    if (backed) return this.coordinated(backed);
    // "the regime dealt a blow to the opposition by seizing its bastion", "IS executed civilians
    // after taking the town from X": a gerund in an adverbial phrase has the clause's subject.
    const adverbial = lang === 'en' && cue.cue.pos === 'verb' ? this.adverbialGerundSubject(k) : undefined;
    if (adverbial) return this.coordinated(adverbial);
    const titled = lang === 'en' ? this.bodyOfTitledName(k) : undefined;
    if (titled) return [titled.countryOf ?? titled.actor];
    const bef = this.subjectBefore(k, isSpeech);
    if (bef === 'blocked') return [];
    if (typeof bef === 'number')
      return depth > 2 ? [] : this.holderOf(bef, this.isKind(bef, 'speech'), this.e, depth + 1);
    if (bef === 'frame') {
      const main = this.mainVerbOfParticiple(k);
      // "which they say …", "he said": a reporting verb whose subject is a pronoun.
      if (isSpeech && lang === 'en' && this.isKind(k - 1, 'pronoun')) return this.elided(k, cue);
      if (isSpeech) return [];
      if (main !== undefined && depth <= 2) {
        const holders = this.holderOf(main, false, this.e, depth + 1);
        if (holders.length > 0) return holders;
      }
      const speakers = this.frameHolder(k, false);
      if (speakers.length > 0)
        return this.forceOfOthers(k, speakers) || this.participleOfNoun(k) || this.othersAsSubject(k)
          ? this.dropReporter()
          : speakers;
      return this.anonymousFrame(k) ? [] : this.elided(k, cue);
    }
    if (bef) return this.coordinated(bef);
    if (isSpeech) return this.elided(k, cue);
    const speakers = this.frameHolder(k, false);
    if (speakers.length > 0)
      return this.forceOfOthers(k, speakers) || this.participleOfNoun(k) ? this.dropReporter() : speakers;
    return this.elided(k, cue);
  }

  /**
   * "The Observatory said he is a member of the SDF, an Arab-Kurdish coalition battling IS": an
   * English "-ing" form right after a plural or group noun we do not track qualifies that noun,
   * whose act it is, not the speaker's.
   */
  protected participleOfNoun(k: number): boolean {
    const text = this.input.tokens.text;
    if (this.input.lang !== 'en' || !text[k]!.endsWith('ing') || k - 1 < this.s) return false;
    const noun = text[k - 1]!;
    if (!this.input.tokens.isWord[k - 1] || this.mentionAtToken(k - 1) || this.cueAt(k - 1)) return false;
    if (EN_NOT_NOUNS.has(noun)) return false;
    return EN_GROUP_HEADS.has(noun) || (noun.endsWith('s') && !noun.endsWith('ss') && noun.length > 3);
  }

  /**
   * "the ministry said the militants attacked …", "said that Ahrar al-Sham was among the groups
   * that agreed to join …": an English verb in reported words whose subject is a plural common
   * noun we do not track is those others' act, which the teller only reports; "its jets", "our
   * forces" (the teller's own) and a tracked name before the noun ("Russian jets") are left alone.
   */
  protected othersAsSubject(k: number): boolean {
    const { text, isWord } = this.input.tokens;
    if (this.input.lang !== 'en' || this.cueAt(k)?.cue.pos !== 'verb') return false;
    let j = k - 1;
    // "agreed to join": an infinitive shares the subject of the verb it completes.
    if (
      text[j] === 'to' &&
      j - 1 > this.s &&
      (EN_CATENATIVES.has(text[j - 1]!) || this.cueAt(j - 1)?.cue.pos === 'verb')
    )
      j -= 2;
    while (
      j > this.s &&
      (EN_AUXILIARIES.has(text[j]!) || EN_VERB_GROUP_ADVERBS.has(text[j]!) || text[j]!.endsWith('ly'))
    )
      j--;
    if (EN_RELATIVES.has(text[j]!)) j--;
    const w = text[j] ?? '';
    if (j <= this.s || !isWord[j] || this.mentionAtToken(j) || this.cueAt(j) || EN_NOT_NOUNS.has(w))
      return false;
    if (!EN_GROUP_HEADS.has(w) && !/^[a-z]{3,}[^s']s$/.test(w)) return false;
    // The noun phrase's own words, back to a determiner or the verb that reports it.
    for (let p = j - 1; p >= this.s && p >= j - 3 && isWord[p]; p--) {
      if (EN_OWN_POSSESSIVES.has(text[p]!) || this.mentionAtToken(p)) return false;
      if (EN_DETERMINERS.has(text[p]!) || this.cueAt(p)) break;
    }
    return true;
  }

  /** Set when a holder resolution dropped the teller of someone else's act (for the fallback's veto). */
  reporterDropped = false;

  /**
   * The subject of the clause that the English gerund at k ("by seizing", "after taking") is an
   * adverbial of: a name opening the clause (after its speech verb or "that", if any), with only
   * a few words before it. Not across "of"/"for" ("accused X of fuelling the war by arming …",
   * "praised X for …": the gerund is then the object's act).
   */
  protected adverbialGerundSubject(k: number): Mention | undefined {
    const { tokens } = this.input;
    const text = tokens.text;
    if (k - 2 < this.s || !text[k]!.endsWith('ing') || !EN_ADVERBIAL_GERUND_PREPS.has(text[k - 1]!))
      return undefined;
    let start = this.s;
    for (let j = k - 2; j >= this.s; j--) {
      const w = text[j]!;
      if (w === 'of' || w === 'for') return undefined;
      const kind = this.cueAt(j)?.cue.kind;
      if (kind === 'speech' || kind === 'complementizer' || kind === 'relative' || EN_RELATIVES.has(w)) {
        start = j + 1;
        break;
      }
    }
    for (let j = start, words = 0; j < k - 1 && words <= 4; j++) {
      const m = this.mentionAtToken(j);
      if (m) {
        const free = m.tokStart === j && this.canHold(m) && !this.isPrepositional(m) && !this.isGenitive(m);
        return free ? m : undefined;
      }
      if (this.cueAt(j)?.cue.pos === 'verb') return undefined;
      if (tokens.isWord[j]) words++;
    }
    return undefined;
  }

  /** The English gerund at k states the purpose an act is "aimed at" ("aimed at defeating IS"). */
  protected purposeGerund(k: number): boolean {
    const text = this.input.tokens.text;
    return k - 2 >= this.s && text[k]!.endsWith('ing') && text[k - 1] === 'at' && text[k - 2] === 'aimed';
  }

  /**
   * The doer of the act that "aimed" at j qualifies: the subject of a verb of waging it, in the
   * same clause ("Russia and a U.S.-led coalition are carrying out separate air strikes in Syria
   * ostensibly aimed at …").
   */
  protected purposeAgent(j: number): Mention | undefined {
    let waged = false;
    for (let i = j - 1; i >= this.s && i >= j - 15; i--) {
      if (isClauseMark(this.input.tokens, i) || this.isKind(i, 'speech') || this.isKind(i, 'complementizer'))
        return undefined;
      const m = this.mentionAtToken(i);
      if (m) {
        i = m.tokStart;
        if (this.isPrepositional(m) || this.isGenitive(m)) continue;
        return waged && m.kind !== 'topic' && this.canHold(m) ? m : undefined;
      }
      if (EN_WAGING_VERBS.has(this.input.tokens.text[i]!)) waged = true;
    }
    return undefined;
  }

  protected dropReporter(): number[] {
    this.reporterDropped = true;
    return [];
  }

  /**
   * "At least 31 people were killed in government shelling of X, the Observatory said", "rebel
   * fire on Damascus has wounded 22": an English act of force in a casualty report told in
   * someone's words is the teller's count of the dead, not the teller's deed (casualty counts
   * are not statements); the teller did it when the words say "it", "they", "we" or
   * "its/their/our (jets)" before the act. Organisations that report (monitors, UN agencies,
   * rights groups: "the Observatory said the bombardment targeted …", "قال المرصد إن الطائرات
   * قصفت …") have no forces: never the doers, in either language, with or without a count of
   * the dead.
   */
  protected forceOfOthers(k: number, speakers: readonly number[]): boolean {
    const cue = this.cueAt(k)?.cue;
    if (!cue || cue.kind !== 'stance' || !isForce(cue)) return false;
    const { unarmed } = this.input.compiled;
    if (speakers.every((a) => unarmed[a])) return true;
    if (this.input.lang !== 'en') return false;
    if (this.unitsOfOthersBefore(k, speakers)) return true;
    const text = this.input.tokens.text;
    let casualty = false;
    for (let j = k - 1; j >= this.s && j >= k - 8; j--) {
      const w = text[j]!;
      if (EN_SUBJECT_PRONOUNS.has(w) || EN_OWN_POSSESSIVES.has(w)) return false;
      if (this.isKind(j, 'speech') || this.isKind(j, 'complementizer')) break;
      if (EN_CASUALTY_WORDS.has(w)) casualty = true;
    }
    for (let j = k + 1; j < this.e && j <= k + 8 && !casualty; j++)
      casualty = EN_CASUALTY_WORDS.has(text[j]!);
    return casualty;
  }

  /**
   * "thousands of troops from a Kurdish-Arab alliance are launching an attack …, US officials
   * told Reuters", "a helicopter believed to belong to Syrian government forces dropped barrel
   * bombs in a deadly attack …, Turkish officials said": the act's clause opens with units named
   * as another side's ("troops from/of …", "belong to …"), so it is that side's deed, told by
   * the speakers, not theirs. Units of the speakers' own ("troops of the US-led coalition, the
   * coalition said") stay theirs.
   */
  protected unitsOfOthersBefore(k: number, speakers: readonly number[]): boolean {
    const text = this.input.tokens.text;
    for (let j = k - 1; j > this.s; j--) {
      if (this.isKind(j, 'speech') || this.isKind(j, 'complementizer') || EN_SUBORDINATORS.has(text[j]!))
        return false;
      const w = text[j]!;
      const owned =
        (EN_UNIT_NOUNS.has(text[j - 1]!) || text[j - 1] === 'helicopter') && (w === 'from' || w === 'of');
      const belongs = /^belong(s|ed|ing)?$/.test(text[j - 1]!) && w === 'to';
      if (!owned && !belongs) continue;
      // The owner, past an article and modifiers: a side we name other than the speakers, or a
      // group we do not track ("a Kurdish-Arab alliance").
      for (let o = j + 1; o < k && o <= j + 5; o++) {
        const m = this.mentionAtToken(o);
        if (m && m.kind !== 'topic') return m.actor >= 0 && !speakers.includes(m.actor);
        if (EN_GROUP_HEADS.has(text[o]!) || EN_UNIT_NOUNS.has(text[o]!)) return true;
      }
      return false;
    }
    return false;
  }

  /**
   * The verb at k is in the first person plural and asserted: negated ones ("لا نخشى X", "لن
   * نسمح") are idioms whose sense under negation the lexicon does not tell.
   */
  protected weSubject(k: number): boolean {
    const cue = this.cueAt(k)?.cue;
    return (
      cue !== undefined &&
      cue.pos === 'verb' &&
      firstPersonPlural(this.input.tokens.text[k]!, cue.lemma) &&
      !this.negatedBefore(k, 2)
    );
  }

  /**
   * "دعوتنا", "عقوباتنا": a noun cue with the possessive pronoun of "we" (not a root's نا), the
   * noun itself first in the word (بحثنا is "we discussed", not ب + حث); a position noun
   * (موقفنا بشأن سوريا) names no side.
   */
  protected ourNoun(k: number): boolean {
    const tc = this.cueAt(k);
    const word = this.input.tokens.text[k]!.replace(/^(و|ف)/, '');
    return (
      tc !== undefined &&
      tc.pronounSuffix &&
      tc.cue.pos === 'noun' &&
      word.endsWith('نا') &&
      !tc.cue.lemma.endsWith('ن') &&
      word[0] === tc.cue.lemma.replace(/^[أإآ]/, 'ا')[0] &&
      !AR_POSITION_NOUN.test(word.slice(0, -2))
    );
  }

  /** Token k is the sentence's first word, or follows "نحن" there. */
  protected opensSentence(k: number): boolean {
    let j = this.s;
    while (j < k && !this.input.tokens.isWord[j]) j++;
    if (j < k && /^(و|ف)?نحن$/.test(this.input.tokens.text[j]!)) j++;
    while (j < k && !this.input.tokens.isWord[j]) j++;
    return j === k;
  }

  /**
   * The sentence opens with a reporting verb and nothing but punctuation before k ("وأضاف:
   * نرفض …", "وتابع "ندعو …""): the quoted words of the speaker it continues.
   */
  protected opensAfterSpeech(k: number): boolean {
    let j = this.s;
    while (j < k && !this.input.tokens.isWord[j]) j++;
    if (j >= k || !this.isKind(j, 'speech')) return false;
    for (j++; j < k; j++) if (this.input.tokens.isWord[j]) return false;
    return true;
  }

  /** The verb at k is in a clause "أن …" after a verb or noun of expecting, hoping or wishing (نأمل أن، أمله في أن). */
  protected expectedClause(k: number): boolean {
    const { tokens } = this.input;
    // The nearest "أن" of the clause: a verb coordinated into it ("أتمنى أن يعود ترامب إلى
    // صوابه وألا ينسحب") is wished for as much as the first.
    for (let j = k - 1; j - 1 >= this.s; j--) {
      if (isClauseMark(tokens, j) || this.isKind(j, 'speech')) return false;
      const w = tokens.text[j]!;
      if (w === 'ان') return EXPECTING_VERBS.test(tokens.text[j - 1]!) || this.hopeBefore(j);
      // "عبر عن أمله في ألا تنسحب واشنطن", "آملا بأن …".
      if (w === 'الا' || w === 'بان' || w === 'بالا') return this.hopeBefore(j);
    }
    return false;
  }

  /** A noun of hope or expectation before the "أن" at j, through "في" or the "ب" of "بأن". */
  protected hopeBefore(j: number): boolean {
    const { text } = this.input.tokens;
    const head = text[j]!.startsWith('ب') ? j - 1 : text[j - 1] === 'في' ? j - 2 : -1;
    return head >= this.s && EXPECTING_NOUNS.test(text[head]!);
  }

  /**
   * The subject of a verb that directs the indefinite criticism, threat or charge noun at k
   * ("وجه الرئيس التركي انتقادات …", "وجهت إيران تهديدات مباشرة إلى …"): the verb right before the
   * noun, its subject named between them.
   */
  protected directorOf(k: number): Mention | undefined {
    const { tokens } = this.input;
    if (tokens.text[k]!.startsWith('ال') || !NEGATIVE_SPEECH_LEMMAS.has(this.cueAt(k)!.cue.lemma))
      return undefined;
    const subject = k - 1 >= this.s ? this.mentionAtToken(k - 1) : undefined;
    if (!subject || subject.tokEnd !== k || subject.tokStart - 1 < this.s) return undefined;
    return AR_DIRECTING_VERBS.test(tokens.text[subject.tokStart - 1]!) ? subject : undefined;
  }

  /**
   * "موقف روسيا الداعم للأسد", "الموقف المصري الداعم للحل السياسي", "موقف مصر الثابت الداعم":
   * a participle qualifying a position noun and its owner states the owner's position (no label
   * on a group); the owner, a name or a nationality adjective right after موقف/مواقف.
   */
  positionOwner(k: number): Mention | undefined {
    const { tokens } = this.input;
    if (this.input.lang !== 'ar' || !this.cueAt(k)?.cue.participle) return undefined;
    let j = k - 1;
    // Definite adjectives of the position between owner and participle (الثابت، المعلنة).
    for (let n = 0; n < 2 && j > this.s && /^ال/.test(tokens.text[j]!); n++) {
      if (this.mentionAtToken(j) || this.cueAt(j)) break;
      j--;
    }
    const owner = j >= this.s ? this.mentionAtToken(j) : undefined;
    if (!owner || owner.kind === 'topic' || owner.actor < 0 || owner.tokEnd !== j + 1) return undefined;
    const head = owner.tokStart - 1 >= this.s ? tokens.text[owner.tokStart - 1]! : '';
    return AR_POSITION_NOUN.test(head) ? owner : undefined;
  }

  /** A verb of issuing or adopting (أصدر، اتخذ، تبنى، أقر) shortly before token k, past its subject. */
  protected issuedBy(k: number): boolean {
    for (let j = k - 1; j >= Math.max(this.s, k - 5); j--) {
      const m = this.mentionAtToken(j);
      if (m) {
        j = m.tokStart;
        continue;
      }
      if (ISSUING_VERBS.test(this.input.tokens.text[j]!)) return true;
    }
    return false;
  }

  /**
   * The main verb of the English participle of speech at k ("…, saying", "… arguing that"); not
   * in "with Russia arguing that …", whose name is the participle's own subject.
   */
  protected mainVerbOfSpeechParticiple(k: number): number | undefined {
    const text = this.input.tokens.text;
    const named = k - 1 >= this.s ? this.mentionAtToken(k - 1) : undefined;
    if (named) {
      let b = named.tokStart - 1;
      if (text[b] === 'the') b--;
      if (text[b] === 'with') return undefined;
    }
    return this.mainVerbOfParticiple(k);
  }

  /**
   * "warplanes bombarded the city, targeting positions …": an English participle clause after
   * the main clause shares the subject of its finite deed verb.
   */
  protected mainVerbOfParticiple(k: number): number | undefined {
    const { tokens } = this.input;
    if (this.input.lang !== 'en' || !/ing$/.test(tokens.text[k]!) || k - 1 < this.s) return undefined;
    // Without commas, only a clause end before it tells the clause from "a resolution calling
    // for …": punctuation, a name ending the object (tracked, or a place: "seized a district in
    // Aleppo tightening their siege"), or a time adverbial.
    const prev = k - 1;
    const m = this.mentionAtToken(prev);
    const clauseEnd =
      isClauseMark(tokens, prev) ||
      (m !== undefined && m.kind !== 'topic') ||
      (m === undefined && this.input.capitalized?.[prev] === 1) ||
      EN_TIME_WORDS.has(tokens.text[prev]!);
    if (!clauseEnd) return undefined;
    for (let j = k - 2; j >= Math.max(this.s, k - 20); j--) {
      const tc = this.cueAt(j);
      if (!tc) continue;
      if (tc.cue.kind === 'speech' || tc.cue.kind === 'complementizer' || tc.cue.kind === 'relative')
        return undefined;
      if (
        tc.cue.kind === 'stance' &&
        tc.cue.pos === 'verb' &&
        /ed$/.test(tokens.text[j]!) &&
        !this.nounReading(j)
      )
        return j;
    }
    return undefined;
  }

  /**
   * The past act verb before the purpose infinitive's "to" at `to`, past at most six words of its
   * object, place and time ("warplanes to Syria last year", "in 2015"); no name we track, cue,
   * clause mark or "and" between them.
   */
  protected actVerbBeforePurpose(to: number): number | undefined {
    const { tokens } = this.input;
    for (let p = to - 1; p >= this.s && p >= to - 7; p--) {
      const w = tokens.text[p]!;
      if (
        (!tokens.isWord[p] && !/^[0-9]+$/.test(w)) ||
        w === 'and' ||
        w === 'but' ||
        w === 'that' ||
        w === 'which'
      )
        return undefined;
      const m = this.mentionAtToken(p);
      if (m) {
        // A place after a preposition ("to Syria"); a subject or object we track ends the gap.
        if (!PURPOSE_GAP_PREPOSITIONS.has(tokens.text[m.tokStart - 1] ?? '')) return undefined;
        p = m.tokStart;
        continue;
      }
      const cue = this.cueAt(p)?.cue;
      const kind = cue?.kind;
      // "deployed", "intervened": an act verb, no verb of speech, of telling others to act or of
      // hindering ("undermined efforts to defeat ISIS": the aim is the efforts' owner's).
      if (
        p < to - 1 &&
        /.{3}ed$/.test(w) &&
        (!cue ||
          isForce(cue) ||
          (cue.kind === 'stance' && cue.pos === 'verb' && cue.polarity > 0 && !isDirective(cue)))
      )
        return p;
      if (kind && kind !== 'preposition') return undefined;
    }
    return undefined;
  }

  protected catenativeBefore(to: number): boolean {
    const verb = this.input.tokens.text[to - 1]!;
    if (EN_CATENATIVES.has(verb)) return true;
    return /.{3}ed$/.test(verb) && !this.cueAt(to - 1) && !this.mentionAtToken(to - 1);
  }

  /**
   * "Britain and France submitted evidence on the attacks, which they say …": a pronoun later in
   * the sentence stands for the sentence's subject when they agree in number.
   */
  protected pronounInSentence(j: number): number[] | undefined {
    const first = this.firstFreeSubject(j);
    const w = this.input.tokens.text[j]!;
    // "The United States and Britain … as they …": the article before the names still opens the
    // sentence (for "it", a name after "the" is too often not what the pronoun stands for).
    const opening = w === 'they' && this.input.tokens.text[this.s] === 'the' ? this.s + 1 : this.s;
    if (!first || (first.tokStart !== this.s && first.tokStart !== opening)) return undefined;
    const subjects = this.coordinated(first);
    const person = this.input.compiled.codebook.actors[first.actor]?.kind === 'person';
    const agrees =
      w === 'they'
        ? subjects.length > 1 || /s$/.test(this.input.tokens.text[first.tokEnd - 1]!)
        : w === 'it'
          ? subjects.length === 1 && !person
          : subjects.length === 1 && person;
    return agrees ? subjects : undefined;
  }

  /**
   * "Many rebels do not trust the YPG because they say it cooperates …": a name earlier in the
   * sentence (tracked or not) is a nearer antecedent of the pronoun than the previous holder.
   */
  protected nameBefore(j: number): boolean {
    return this.nameBetween(this.s + 1, j);
  }

  /** A name, tracked or not (a capitalised word that is no day or time word), in [from, to). */
  protected nameBetween(from: number, to: number): boolean {
    const { tokens, capitalized } = this.input;
    for (let t = from; t < to; t++) {
      const m = this.mentionAtToken(t);
      if (m ? m.kind === 'name' : capitalized?.[t] === 1 && !EN_TIME_WORDS.has(tokens.text[t]!)) return true;
    }
    return false;
  }

  /** "Cavusoglu also said he …": the sentence opens with a speaker we do not track, whom "he" means. */
  protected untrackedSpeakerFirst(): boolean {
    const { tokens, capitalized } = this.input;
    const first = this.s;
    if (
      !capitalized?.[first] ||
      this.mentionAtToken(first) ||
      this.cueAt(first) ||
      tokens.text[first] === 'the'
    )
      return false;
    for (let j = first + 1; j < Math.min(this.e, first + 4); j++) {
      if (this.mentionAtToken(j)) return false;
      if (this.isKind(j, 'speech')) return true;
    }
    return false;
  }

  /**
   * "rebels backed by Sunni Gulf Arab powers fighting to overthrow Assad", "troops backed by
   * Hezbollah have captured …": a "backed by …" phrase between a subject and its verb.
   */
  protected subjectBeforeBacking(k: number): Mention | undefined {
    const { tokens } = this.input;
    for (let j = k - 1; j > this.s + 1 && j >= k - 8; j--) {
      const w = tokens.text[j]!;
      if (w === 'by' && EN_BACKING_PARTICIPLES.has(tokens.text[j - 1]!)) {
        // "YPG ground forces backed by …": the subject's unit nouns before the participle.
        let u = j - 2;
        while (u > this.s && u >= j - 3 && !this.mentionAtToken(u) && EN_SUBJECT_UNITS.has(tokens.text[u]!))
          u--;
        const m = this.mentionAtToken(u);
        if (!m || m.tokEnd !== u + 1 || !this.canHold(m)) return undefined;
        // "fighting between the army and rebels backed by Turkey has blocked …": a list after a
        // preposition is no subject.
        for (let t = m.tokStart - 1; t >= this.s && t >= m.tokStart - 8; t--) {
          const before = this.mentionAtToken(t);
          if (before) t = before.tokStart;
          else if (this.isKind(t, 'preposition')) return undefined;
          else if (tokens.text[t] !== 'and' && tokens.text[t] !== 'the') break;
        }
        return m;
      }
      // Only the helper's name and words that are no cue stand between.
      // ("backed by US-led air strikes": the helper's means are no cue of the subject's.)
      if (
        !tokens.isWord[j] ||
        (this.cueAt(j) && !this.mentionAtToken(j) && !EN_AUXILIARIES.has(w) && !EN_UNIT_NOUNS.has(w))
      )
        return undefined;
    }
    return undefined;
  }

  /** The Arabic verbal noun at k follows a passive auxiliary (تم، يتم، سيتم). */
  protected passiveNoun(k: number): boolean {
    return (
      this.input.lang === 'ar' &&
      this.cueAt(k)?.cue.pos === 'noun' &&
      k - 1 >= this.s &&
      AR_PASSIVE_AUX.test(this.input.tokens.text[k - 1]!)
    );
  }

  /** The Arabic noun cue at k follows "تم/يتم" and a verbal noun with an object pronoun (تم خداعهم). */
  protected afterPassiveObjectPronoun(k: number): boolean {
    const t = this.input.tokens.text;
    if (this.input.lang !== 'ar' || this.cueAt(k)?.cue.pos !== 'noun' || k - 2 < this.s) return false;
    const undergone = k - 1;
    return (
      this.input.tokens.isWord[undergone] === 1 &&
      !this.cueAt(undergone) &&
      !this.mentionAtToken(undergone) &&
      /(ه|ها|هم|هما|هن)$/.test(t[undergone]!) &&
      AR_PASSIVE_AUX.test(t[k - 2]!)
    );
  }

  /** The passive auxiliary at j is future: "سيتم", "ستتم", "سوف يتم". */
  protected futurePassive(j: number): boolean {
    const t = this.input.tokens.text;
    return (
      AR_FUTURE_PASSIVE_AUX.test(t[j]!) ||
      (j - 1 >= this.s && t[j - 1] === 'سوف' && /^(يتم|تتم)$/.test(t[j]!))
    );
  }

  /** The actor named after "من قبل" in the clause of token k ("تم … من قبل القوات العراقية"). */
  protected agentAfterMinQibal(k: number): number[] {
    const { tokens } = this.input;
    for (let j = k + 1; j + 2 < this.e && j <= k + 8; j++) {
      if (isClauseMark(tokens, j)) break;
      if (tokens.text[j] !== 'من' || tokens.text[j + 1] !== 'قبل') continue;
      const m = this.mentionAtToken(j + 2);
      return m && m.tokStart === j + 2 && this.canHold(m) ? this.coordinated(m) : [];
    }
    return [];
  }

  /**
   * Who the strike noun at k names as its agent: "by (the) X" right after it, or a body or
   * nationality adjective right before it, past "air"/"artillery" ("regime air strikes",
   * "Russian raids"). A country's name is left out: "Russia strikes …" heads a headline.
   */
  protected namedStriker(k: number): Mention | undefined {
    const by = this.agentAfterBy(k);
    if (by) return by;
    // ("Russian air" may be one mention, a nationality with its air force.)
    let j = k - 1;
    let m = this.mentionAtToken(j);
    while (
      !(m && m.tokEnd === j + 1) &&
      j > this.s &&
      j >= k - 2 &&
      EN_STRIKE_MODIFIERS.has(this.input.tokens.text[j]!)
    )
      m = this.mentionAtToken(--j);
    if (!m || m.tokEnd !== j + 1 || !this.adjectivalStriker(m)) return undefined;
    if (m.kind === 'name' && this.input.compiled.codebook.actors[m.actor]!.kind === 'country')
      return undefined;
    return m;
  }

  /** A name or nationality adjective that can stand before a strike noun as its agent. */
  protected adjectivalStriker(m: Mention): boolean {
    if (m.kind === 'demonym') return m.actor >= 0 && !m.modifier;
    return m.kind === 'name' && this.canHold(m);
  }

  /** The strikers named by `namedStriker`, with those coordinated before it ("Russian and Syrian strikes"). */
  protected strikers(m: Mention): number[] {
    if (this.canHold(m)) return this.coordinated(m);
    const actors = [m.countryOf ?? m.actor];
    for (let at = m.tokStart; this.input.tokens.text[at - 1] === 'and';) {
      const prev = this.mentionAtToken(at - 2);
      if (!prev || prev.tokEnd !== at - 1 || !this.adjectivalStriker(prev)) break;
      actors.push(prev.countryOf ?? prev.actor);
      at = prev.tokStart;
    }
    return actors;
  }

  /**
   * "Russian air strikes hit …", "Ten Russian raids hit …": a strike noun that names its agent
   * before it, as the subject of a verb of force, makes that agent the verb's holder (not after
   * a preposition: "forces backed by Russian air strikes captured …" is the forces' deed).
   */
  protected strikeSubjectAgents(k: number): number[] | undefined {
    const text = this.input.tokens.text;
    let j = k - 1;
    while (j > this.s && (EN_AUXILIARIES.has(text[j]!) || text[j]!.endsWith('ly'))) j--;
    if (!EN_STRIKE_NOUNS.has(text[j] ?? '')) return undefined;
    const striker = this.namedStriker(j);
    if (!striker || striker.tokStart > j || this.isPrepositional(striker)) return undefined;
    return this.strikers(striker);
  }

  /**
   * "backed by Shiite Iran": past a capitalized word or two we do not track (a sect, a title)
   * that describe the name starting there; `a` itself when no name follows them.
   */
  protected pastDescribingCapitals(a: number): number {
    // "brokered by regime ally Iran and rebel backer Qatar": a siding title (its owner's name, or
    // a word for it, then "ally") before the name.
    const titled = this.pastSidingTitle(a);
    if (titled !== undefined) return titled;
    let j = a;
    for (let n = 0; n < 2 && j < this.e && !this.mentionAtToken(j); n++) {
      if (this.input.capitalized?.[j] !== 1 || this.cueAt(j) || !this.input.tokens.isWord[j]) return a;
      j++;
    }
    return this.mentionAtToken(j)?.tokStart === j ? j : a;
  }

  /**
   * The actors of an agent list after "by" that starts with `first`, titled conjuncts included:
   * "brokered by rebel backer Qatar and regime ally Iran", "by Russian President Vladimir Putin,
   * Turkey and Iran" (a title's person's own name is skipped). A plain coordination's actors too.
   */
  protected agentList(first: Mention): number[] {
    const { tokens } = this.input;
    const text = tokens.text;
    const actors = this.coordinated(first);
    let m = first;
    for (let n = 0; n < 6; n++) {
      let t = m.tokEnd;
      // "Russian President Vladimir Putin": after an office word, the person's capitalised name.
      if (isOfficeWord(text[t - 1]!, 'en') || isOfficeWord(text[t] ?? '', 'en'))
        for (let w = 0; w < 5 && t < this.e && !this.mentionAtToken(t); w++) {
          const office = isOfficeWord(text[t]!, 'en');
          if (!office && (this.input.capitalized?.[t] !== 1 || this.cueAt(t) || !tokens.isWord[t])) break;
          t++;
        }
      const joined = t;
      if (text[t] === ',') t++;
      if (text[t] === 'and') t++;
      if (t === joined || t >= this.e) break;
      const a = this.pastDescribingCapitals(text[t] === 'the' ? t + 1 : t);
      const next = this.mentionAtToken(a);
      if (!next || next.tokStart !== a || next.kind === 'topic' || !this.canHold(next)) break;
      const actor = next.countryOf ?? next.actor;
      if (!actors.includes(actor)) actors.push(actor);
      m = next;
    }
    return actors;
  }

  /** The name after "<owner> ally|backer|supporter" starting at a, or undefined. */
  protected pastSidingTitle(a: number): number | undefined {
    const { tokens } = this.input;
    const owner = this.mentionAtToken(a);
    let t = owner && owner.tokStart === a ? owner.tokEnd : a + 1;
    if (!owner && (this.cueAt(a) || !tokens.isWord[a])) return undefined;
    if (tokens.text[t] === 's') t++;
    if (!EN_SIDING_TITLES.has(tokens.text[t] ?? '')) return undefined;
    const named = this.mentionAtToken(t + 1);
    return named && named.tokStart === t + 1 && this.canHold(named) ? t + 1 : undefined;
  }

  /**
   * The actor named right after "by (the)" following token k, or after the agent phrase of the
   * means named there: "backed by air strikes launched by the US-led coalition".
   */
  protected agentAfterBy(k: number): Mention | undefined {
    const { tokens } = this.input;
    if (tokens.text[k + 1] !== 'by') return undefined;
    const a = this.pastDescribingCapitals(tokens.text[k + 2] === 'the' ? k + 3 : k + 2);
    const m = this.mentionAtToken(a);
    if (m && m.tokStart === a) return this.canHold(m) ? m : undefined;
    const done = this.meansDoneBy(k + 2);
    return done === undefined ? undefined : this.agentAfterBy(done);
  }

  /**
   * "air strikes launched by", "air support provided by": one to three words naming military means
   * from j, then a participle of carrying them out; the token before the agent's "by".
   */
  protected meansDoneBy(j: number): number | undefined {
    const { tokens } = this.input;
    let p = j;
    while (p < this.e && p < j + 3 && EN_MILITARY_MEANS.has(tokens.text[p]!)) p++;
    if (p === j || !EN_MEANS_PARTICIPLES.has(tokens.text[p]!)) return undefined;
    if (tokens.text[p] === 'carried' && tokens.text[p + 1] === 'out') p++;
    return tokens.text[p + 1] === 'by' && p + 2 < this.e ? p : undefined;
  }

  /**
   * "Member of the Syrian Coalition's political committee Adnan Rahmoun condemned …": an untracked
   * name right before the verb at k, after "<title> of (the) X" and at most three words naming a
   * body of X, speaks for X.
   */
  protected bodyOfTitledName(k: number): Mention | undefined {
    const { tokens, capitalized } = this.input;
    let j = k - 1;
    while (j > this.s && (EN_AUXILIARIES.has(tokens.text[j]!) || EN_SUBJECT_GAP.has(tokens.text[j]!))) j--;
    // A person's name: at least a first and a last name, neither of them tracked.
    if (!capitalized?.[j] || !capitalized[j - 1] || this.mentionAtToken(j) || this.mentionAtToken(j - 1))
      return undefined;
    let p = j - 1;
    while (p >= this.s && p > j - 3 && capitalized[p] && !this.mentionAtToken(p)) p--;
    for (let n = 0; n < 3 && p > this.s && !capitalized[p] && !this.mentionAtToken(p) && !this.cueAt(p); n++)
      p--;
    const body = this.mentionAtToken(p);
    if (!body || body.actor < 0 || (body.kind !== 'name' && body.kind !== 'role')) return undefined;
    let a = body.tokStart - 1;
    if (tokens.text[a] === 'the') a--;
    const title = tokens.text[a - 1] ?? '';
    return tokens.text[a] === 'of' && (EN_MEMBER_TITLES.has(title) || EN_SPOKESPEOPLE.has(title))
      ? body
      : undefined;
  }

  /** "that" at j opens a relative clause on the name before it: "a coalition that aims …". */
  /**
   * "Iran which backs Assad condemned …", "Russia which has backed Assad since 2015 bombed …": when
   * `m` ends right before the finite verb at k (a time adverbial aside) and is the object of a verb
   * opened by "which/who" right after a holder, that holder (the antecedent) is k's subject.
   */
  protected relativeAntecedentOver(m: Mention, k: number): Mention | undefined {
    const text = this.input.tokens.text;
    if (this.input.lang !== 'en' || text[k]!.endsWith('ing')) return undefined;
    const cue = this.cueAt(k)?.cue;
    if (!cue || cue.pos !== 'verb') return undefined;
    let e = k - 1;
    while (
      e >= m.tokEnd &&
      (EN_SUBJECT_GAP.has(text[e]!) ||
        text[e]!.endsWith('ly') ||
        /^(19|20)[0-9]{2}$/.test(text[e]!) ||
        text[e] === 'since')
    )
      e--;
    if (e !== m.tokEnd - 1) return undefined;
    let v = m.tokStart - 1;
    if (text[v] === 'the') v--;
    const verb = this.cueAt(v)?.cue;
    if (!verb || verb.pos !== 'verb' || text[v]!.endsWith('ing')) return undefined;
    let w = v - 1;
    while (w > this.s && EN_AUXILIARIES.has(text[w]!)) w--;
    if (text[w] !== 'which' && text[w] !== 'who') return undefined;
    const head = this.mentionAtToken(w - 1);
    if (!head || head.tokEnd !== w || !this.canHold(head) || this.isPrepositional(head)) return undefined;
    return head.actor === m.actor ? undefined : head;
  }

  protected relativeThat(j: number): boolean {
    const named = this.mentionAtToken(j - 1);
    const next = this.input.tokens.text[j + 1] ?? '';
    return (
      named !== undefined &&
      named.tokEnd === j &&
      !this.mentionAtToken(j + 1) &&
      (EN_AUXILIARIES.has(next) ||
        (/^[a-z]{3,}(s|ed)$/.test(next) && this.cueAt(j + 1)?.cue.kind !== 'speech'))
    );
  }

  /**
   * "Iran's foreign ministry spokesman Bahram Ghasemi said", "French Foreign Minister Jean-Marc
   * Ayrault accused …": a personal name right after an office word, which may be capitalised as
   * part of the title.
   */
  protected nameAfterOffice(j: number): boolean {
    const { capitalized, tokens } = this.input;
    if (!capitalized?.[j] || this.cueAt(j)) return false;
    let p = j - 1;
    // A capitalised cue word ends the name: "Turkish Army Seizes Armed Insurgent" is a headline.
    while (
      p >= this.s &&
      p > j - 4 &&
      capitalized[p] &&
      !isOfficeWord(tokens.text[p]!, 'en') &&
      !this.cueAt(p)
    )
      p--;
    return p >= this.s && isOfficeWord(tokens.text[p]!, 'en');
  }

  /** A verb followed (after its subject and "من") by a complementizer: "حذرت إسرائيل من أن". */
  protected opensThatClause(j: number): boolean {
    const cue = this.cueAt(j)?.cue;
    if (!cue || cue.pos !== 'verb') return false;
    for (let t = j + 1; t < Math.min(this.e, j + 6); t++) {
      const m = this.mentionAtToken(t);
      if (m) {
        t = m.tokEnd - 1;
        continue;
      }
      if (this.isKind(t, 'complementizer')) return true;
      if (!['من', 'on', 'of', ','].includes(this.input.tokens.text[t]!)) return false;
    }
    return false;
  }

  /** "… the agreement said Lavrov." (commas lost): a reporting verb, its speaker, then the end. */
  protected saidAtEnd(k: number): boolean {
    const m = this.mentionAtToken(k + 1);
    if (!m || m.tokStart !== k + 1 || !this.canHold(m)) return false;
    return m.tokEnd >= this.e || this.input.tokens.isWord[m.tokEnd] === 0;
  }

  protected firstFreeSubject(k: number): Mention | undefined {
    for (let j = this.s; j < k; j++) {
      const tc = this.cueAt(j);
      if (tc && (tc.cue.kind === 'speech' || tc.cue.kind === 'complementizer')) return undefined;
      const m = this.mentionAtToken(j);
      if (!m) continue;
      if (this.canHold(m) && !this.isPrepositional(m) && !this.heldAsGenitive(m)) return m;
      j = m.tokEnd - 1;
    }
    return undefined;
  }

  /**
   * A genitive that is no subject; not after a verb-noun homograph opening the clause ("ورفض
   * الصدر …": the verb's subject, which a later verb joined by و shares).
   */
  private heldAsGenitive(m: Mention): boolean {
    return this.isGenitive(m) && !this.clauseInitialVerb(this.tokenBefore(m));
  }

  protected unknownDefiniteSubject(k: number): boolean {
    // "أن الجماعات الإرهابية المسلحة تطلق": up to two definite adjectives follow the noun.
    for (let j = k - 1; j >= k - 3; j--) {
      if (this.definiteSubjectAt(j)) return true;
      if (!this.definiteAdjective(j)) return false;
    }
    return false;
  }

  /**
   * "أكد أن قوات تحالف دعم الشرعية تطالب الأمم المتحدة بـ…": after "أن/إن" a noun comes before
   * the verb, so the clause's subject stands between them, and an actor after a directive verb
   * is its addressee. (An actor we know there is the subject found before this; "أن لا تطالب"
   * has none.) Only directives: over other verbs the noun between is often the actor's own
   * forces or strikes ("أن قواتها الجوية شنت").)
   */
  protected subjectAfterComplementizer(k: number): boolean {
    const { text } = this.input.tokens;
    let noun = false;
    for (let j = k - 1; j >= this.s && j >= k - 8; j--) {
      if (isClauseMark(this.input.tokens, j)) return false;
      const w = text[j]!;
      if (w === 'ان' || w === 'وان' || w === 'بان') return noun && this.isKind(j, 'complementizer');
      if ((this.mentionAtToken(j)?.actor ?? -1) >= 0) return false;
      const cue = this.cueAt(j);
      // A verb ends the search; a noun cue may be part of the subject ("قوات تحالف دعم الشرعية").
      if (cue && cue.cue.pos === 'verb') return false;
      if (this.input.tokens.isWord[j] && !AR_PARTICLES.has(w) && cue?.cue.kind !== 'preposition') noun = true;
    }
    return false;
  }

  /** Token j is a definite noun we do not know, opening its clause. */
  private definiteSubjectAt(j: number): boolean {
    if (j < this.s || !this.input.tokens.isWord[j] || this.mentionAtToken(j) || this.cueAt(j)) return false;
    const w = this.input.tokens.text[j]!;
    if (!w.startsWith('ال') || w.length < 4 || TIME_WORDS.has(w) || isOfficeWord(w, 'ar')) return false;
    // Only at a clause start: "لكن المحمود أشار", "، المحمود أشار".
    const p = j - 1;
    return (
      p < this.s ||
      isClauseMark(this.input.tokens, p) ||
      AR_PARTICLES.has(this.input.tokens.text[p]!) ||
      this.isKind(p, 'complementizer')
    );
  }

  /** A definite relational adjective (الإرهابية، المسلحة) that is no mention and at most an evaluation. */
  protected definiteAdjective(j: number): boolean {
    if (j < this.s || !this.input.tokens.isWord[j] || this.mentionAtToken(j)) return false;
    const kind = this.cueAt(j)?.cue.kind;
    if (kind !== undefined && kind !== 'evaluative') return false;
    return /^ال.{2,}(يه|يون|يين|ه)$/.test(this.input.tokens.text[j]!);
  }

  /**
   * The subject named right after "فيه/فيها" of a verb in a clause on an occasion noun: "التي
   * تتهم فيها إسرائيل إيران", "قمة ثلاثية، التي رفضت فيها روسيا وإيران …", "المناطق التي نفذت
   * فيها تركيا عمليتها". (Without one, "بيانا دعا فيه" would be the first subject's; the corpus
   * has no such sentence with a target, so that is not done.)
   */
  protected occasionSpeaker(k: number): number[] | undefined {
    const { tokens } = this.input;
    if (k + 1 >= tokens.count || !AR_OCCASION_PRONOUNS.has(tokens.text[k + 1]!)) return undefined;
    const prev = tokens.text[k - 1] ?? '';
    if (!this.indefiniteNounBefore(k) && !(RELATIVE_PRONOUNS.has(prev) && !this.mentionAtToken(k - 2)))
      return undefined;
    const own = this.mentionAtToken(k + 2);
    return own && own.tokStart === k + 2 && this.canHold(own) ? this.coordinated(own) : undefined;
  }

  protected indefiniteNounBefore(k: number): boolean {
    const j = k - 1;
    if (j < this.s || !this.input.tokens.isWord[j] || this.mentionAtToken(j) || this.cueAt(j)) return false;
    const w = this.input.tokens.text[j]!;
    if (AR_PARTICLES.has(w) || /^(ال|وال|بال|لل|فال)/.test(w) || w.length < 3) return false;
    // Verbs (قد، سوف are particles above) rarely precede a verb directly; nouns ending in ة/ات/ون do.
    return /(ه|ات|ون|ين)$/.test(w) || /^[^يتن]/.test(w);
  }

  /**
   * "اتهم X بالتواصل مع …", "وصفه X بالقاتل": with verbs of charging, a lone actor followed by a
   * "ب" complement is the object, and the subject is elided.
   */
  protected isChargedObject(k: number, m: Mention): boolean {
    // "قال إنه يطالب أنقرة بـ…": a complementizer carrying a pronoun has already given the verb
    // its subject, so the actor after the verb is its object.
    if (k - 1 >= this.s && PRONOUN_COMPLEMENTIZERS.has(this.input.tokens.text[k - 1]!)) return true;
    if (!CHARGE_LEMMAS.has(this.cueAt(k)!.cue.lemma)) return false;
    let j = m.tokEnd;
    // Skip actors coordinated with it ("تيار المستقبل وحزب القوات").
    let current = m;
    for (
      let next = this.mentionAtToken(j);
      next && j < this.e && this.joinBetween(current, next) === 'and';
      next = this.mentionAtToken(j)
    ) {
      current = next;
      j = next.tokEnd;
    }
    while (j < this.e && !this.input.tokens.isWord[j]) j++;
    const w = this.input.tokens.text[j] ?? '';
    // "بأنها" is the complementizer of a description, not the charge.
    return w.startsWith('ب') && w.length > 3 && !this.mentionAtToken(j) && !this.isKind(j, 'complementizer');
  }

  /**
   * "دعا الولايات المتحدة إلى الحفاظ على الاتفاق": a masculine directive verb right before a name
   * that takes a feminine verb does not agree with it, so the name is the addressee and the
   * subject is elided (the previous sentence's).
   */
  protected addresseeByAgreement(k: number, m: Mention): boolean {
    const cue = this.cueAt(k)!.cue;
    if (this.input.lang !== 'ar' || cue.pos !== 'verb' || cue.verbNoun || !isDirective(cue)) return false;
    if (m.tokStart !== k + 1 || m.kind !== 'name' || m.actor < 0) return false;
    const text = this.input.tokens.text;
    if (!isMasculineSingularVerb(text[k]!, cue.lemma)) return false;
    return takesFeminineVerb(text[m.tokStart]!, this.input.compiled.codebook.actors[m.actor]!.kind);
  }

  /**
   * "وحذر صالحي ترامب من الانسحاب", "اتهم لاريجاني واشنطن بـ…": after a verb of directing,
   * warning or charging, a name we do not track (one or two plain words, no article) is the
   * subject, and the actor after it, followed by the verb's complement, is the addressee.
   */
  protected addresseeAfterNamedSubject(k: number, m: Mention): boolean {
    const cue = this.cueAt(k)!.cue;
    if (cue.pos !== 'verb' || (!isDirective(cue) && !CHARGE_LEMMAS.has(cue.lemma))) return false;
    const words = m.tokStart - (k + 1);
    if (words < 1) return false;
    if (words > 2 || !this.allBetween(k + 1, m.tokStart, (j) => this.untrackedNameWordAt(j))) {
      if (!this.untrackedOfficialBetween(k + 1, m.tokStart)) return false;
    }
    const next = this.input.tokens.text[m.tokEnd] ?? '';
    return ADDRESSEE_COMPLEMENTS.has(next) || (/^(ب|ل)/.test(next) && next.length > 3);
  }

  /**
   * "ودعا وزير الخارجية الهولندي مجلس الأمن إلى مواصلة …": m is the addressee of a directive
   * verb whose subject we do not track, so no holder of what the addressee is told to do.
   */
  protected addresseeOfUntrackedSpeaker(m: Mention): boolean {
    if (this.input.lang !== 'ar') return false;
    for (let j = m.tokStart - 2; j >= this.s && j >= m.tokStart - 8; j--) {
      const other = this.mentionAtToken(j);
      if (other) {
        if (other.actor >= 0) return false;
        j = other.tokStart;
        continue;
      }
      const cue = this.cueAt(j)?.cue;
      if (cue) return cue.kind === 'stance' && this.addresseeAfterNamedSubject(j, m);
    }
    return false;
  }

  private allBetween(from: number, to: number, test: (j: number) => boolean): boolean {
    for (let j = from; j < to; j++) if (!test(j)) return false;
    return true;
  }

  /**
   * "دعا وزير الخارجية الهولندي مجلس الأمن إلى …": an official we do not track (a title with a
   * nationality or a name of its own) stands between the verb and the actor, who is then the
   * addressee. Not when an office word is right before the actor: "رئيس مجلس الأمن" is the
   * actor's own office.
   */
  private untrackedOfficialBetween(from: number, to: number): boolean {
    const { text } = this.input.tokens;
    if (to - from > 6 || !isOfficeWord(text[from]!, 'ar') || isOfficeWord(text[to - 1]!, 'ar')) return false;
    for (let j = from; j < to; j++) {
      const other = this.mentionAtToken(j);
      if (other) {
        if (other.actor >= 0) return false;
        j = other.tokEnd - 1;
        continue;
      }
      if (
        !isOfficeWord(text[j]!, 'ar') &&
        !isArabicTitleWord(text[j]!) &&
        !this.nameWordAt(j) &&
        !/^ال.{2,}ي$/.test(text[j]!)
      )
        return false;
    }
    return true;
  }

  /**
   * The actor that looks like the subject of the Arabic verb at k was set aside: an addressee
   * after a speaker we do not track ("وحذر صالحي ترامب من …"), or the doer of a course someone
   * wishes or expects ("أتمنى أن يعود ترامب … وألا ينسحب"), or anyone before a passive (فتم تكليف …).
   */
  protected subjectSetAside(k: number): boolean {
    if (this.input.lang !== 'ar') return false;
    if (this.passiveNoun(k)) return true;
    if (this.toldByDirective(k)) return true;
    if (this.cueAt(k)?.cue.pos !== 'verb') return false;
    if (this.expectedClause(k) || this.draftSubjectBefore(k)) return true;
    const after = this.subjectAfter(k, false, this.e);
    return after !== undefined && after !== 'blocked' && this.addresseeAfterNamedSubject(k, after);
  }

  /**
   * "ضد مشروع قرار عربي يطالب بتوفير حماية …", "مشروع قرار تقدمت به الكويت يطالب …", "مسودة
   * قرار على أعضاء مجلس الأمن تطالب بوقف …": a verb after a draft resolution, in its clause, has
   * the draft as its subject; whoever vetoed, tabled or circulated it is not the verb's holder.
   */
  protected draftSubjectBefore(k: number): boolean {
    const { tokens } = this.input;
    if (/^[وف]/.test(tokens.text[k]!)) return false;
    for (let j = k - 1; j > this.s && j >= k - DRAFT_REACH; j--) {
      if (isClauseMark(tokens, j)) return false;
      const w = tokens.text[j]!;
      if ((w === 'قرار' || w === 'القرار') && DRAFT_NOUNS.has(tokens.text[j - 1]!)) return true;
    }
    return false;
  }

  /**
   * "ندعو الأمم المتحدة إلى إدانة …", "أن قوات التحالف تطالب الأمم المتحدة بإدانة …": the cue at
   * k is what a directive tells its addressee to do; when the directive's holder is unknown the
   * addressee is not to be read as the holder either.
   */
  protected toldByDirective(k: number): boolean {
    const bef = this.subjectBefore(k, false);
    if (typeof bef !== 'number' || bef === k) return false;
    const cue = this.cueAt(bef)?.cue;
    if (cue === undefined || cue.kind !== 'stance' || cue.pos !== 'verb' || !isDirective(cue)) return false;
    // Only where the actor after the verb cannot be its subject: "we" is ("ندعو X إلى"), or a
    // noun stands between "أن" and the verb ("أن قوات … تطالب X بـ").
    return this.subjectAfterComplementizer(bef);
  }

  /**
   * Token j may be part of a personal name: no article, mention, cue, office or title word,
   * particle, time word or adverb ("مجددا"), and no ending of a feminine head noun in
   * construct ("حركة حماس").
   */
  protected untrackedNameWordAt(j: number): boolean {
    return this.nameWordAt(j) && !/(ا|ه|ات)$/.test(this.input.tokens.text[j]!);
  }

  /** Token j may be part of a name (سارة ساندرز) by what it is not; see untrackedNameWordAt. */
  protected nameWordAt(j: number): boolean {
    const { tokens } = this.input;
    if (!tokens.isWord[j] || this.mentionAtToken(j) || this.cueAt(j)) return false;
    const w = tokens.text[j]!;
    return (
      w.length >= 3 &&
      !w.startsWith('ال') &&
      !isOfficeWord(w, 'ar') &&
      !isArabicTitleWord(w) &&
      !AR_PARTICLES.has(w) &&
      !TIME_WORDS.has(w) &&
      !DIRECTIVE_ADVERBS.has(w)
    );
  }

  /**
   * "قال نصر الله إن …، وطلب من اللبنانيين …": a verb opening a clause after a comma with "و"
   * or "كما" shares the subject of the sentence's first verb that has one.
   */
  protected continuedSubject(k: number, depth: number): number[] {
    const { tokens, lang } = this.input;
    if (lang !== 'ar' || depth > 2) return [];
    const cue = this.cueAt(k)!.cue;
    const word = tokens.text[k]!;
    // "…، داعيا جميع الكتل إلى …", "مؤكدة أن …": a circumstantial participle after a comma.
    const circumstantial =
      (cue.participle === true || cue.kind === 'speech') &&
      /(ا|ه)$/.test(word) &&
      k - 1 >= this.s &&
      isClauseMark(tokens, k - 1);
    if (!circumstantial && (cue.pos === 'other' || (cue.pos === 'noun' && !cue.verbNoun))) return [];
    let lead = k - 1;
    if (circumstantial) lead = k - 1;
    else if (lead >= this.s && (tokens.text[lead] === 'كما' || tokens.text[lead] === 'ثم')) lead--;
    else if (!circumstantial && !opensWithAnd(tokens.text[k]!)) return [];
    if (lead < this.s || !isClauseMark(tokens, lead)) return [];
    const runs = this.input.quotedRuns;
    for (let j = this.s; j < lead; j++) {
      // (The verbs inside a quotation are its speaker's words, not the clause's.)
      if (runs !== undefined && runs[j]! > j && runs[j]! < lead && this.quotationEndingAt(runs[j]!) === j) {
        j = runs[j]!;
        continue;
      }
      const tc = this.cueAt(j);
      if (!tc || this.mentionAtToken(j) || (tc.cue.kind !== 'speech' && tc.cue.kind !== 'stance')) continue;
      if (tc.cue.pos !== 'verb' && !this.clauseInitialVerb(j)) continue;
      const holders = this.holderOf(j, tc.cue.kind === 'speech', this.e, depth + 1);
      if (holders.length > 0) return holders;
    }
    return [];
  }

  /**
   * The first token of the quotation whose last token is j, when it is a phrase of words of its
   * own (a cue outside any name in it), not a quoted name ("أعلن "الجيش السوري الحر" …": the
   * name is the subject) or term; undefined otherwise.
   */
  protected quotationEndingAt(j: number): number | undefined {
    const first = this.input.quotedRuns?.[j] ?? -1;
    if (first < 0 || first >= j) return undefined;
    const { isWord } = this.input.tokens;
    let last = j;
    while (last > first && !isWord[last]) last--;
    const named = this.mentionAtToken(last);
    if (named && named.tokStart <= first) return undefined;
    for (let i = Math.max(first, this.s); i <= last; i++)
      if (this.cueAt(i) && !this.mentionAtToken(i)) return first;
    return undefined;
  }

  /**
   * The agent in the genitive of the stance noun that opens the quotation first..last ("إدانة
   * المملكة لـ…", "رفض الإمارات القاطع"), an actor that can hold a position; undefined otherwise.
   */
  protected quotedActAgent(first: number, last: number): Mention | undefined {
    const cue = first >= this.s ? this.cueAt(first)?.cue : undefined;
    if (!cue || cue.kind !== 'stance' || cue.pos !== 'noun' || cue.participle) return undefined;
    const m = this.mentionAtToken(first + 1);
    if (!m || m.tokStart !== first + 1 || m.tokEnd > last + 1 || m.kind === 'topic' || m.actor < 0)
      return undefined;
    return this.canHold(m) && !m.people ? m : undefined;
  }

  /**
   * "منذ إعلان النصر على داعش", "بعيد إعلان السلطات هزيمة داعش": a verbal noun without a
   * pronoun in a phrase opened by a preposition of time dates a past event; it is nobody's
   * present position.
   */
  protected datesAnEvent(k: number): boolean {
    const { tokens } = this.input;
    if (this.cueAt(k)?.pronounSuffix) return false;
    for (let j = k - 1; j >= Math.max(this.s, k - 3); j--) {
      if (!tokens.isWord[j] || this.mentionAtToken(j)) return false;
      if (AR_TEMPORAL_PREPS.has(tokens.text[j]!)) return true;
    }
    return false;
  }

  /**
   * "بعد اتهام الحشد الشعبي للقوات الأميركية بشن ضربة": a dated verbal noun still belongs to the
   * agent its genitive names before the noun's complement; otherwise to nobody.
   */
  protected datedEventAgent(k: number): number[] {
    const genitive = this.genitiveBeforeComplement(k);
    if (genitive?.agent) return this.coordinated(genitive.mention);
    const taker = this.groundTakerBefore(k);
    return taker ? this.coordinated(taker) : [];
  }

  /**
   * The object of a directive verb whose ب-complement holds the noun at k, right after it or
   * after one verbal noun of stopping or ending: "طالبت الولايات المتحدة روسيا بوقف دعمها",
   * "نطالب قطر بوقف دعمها للإرهاب", "مطالبا السعودية بإنهاء تدخلها".
   */
  protected directiveObjectOwner(k: number): Mention | undefined {
    const { tokens } = this.input;
    let j = k - 1;
    if (j >= this.s && !tokens.text[k]!.startsWith('ب')) {
      if (!tokens.text[j]!.startsWith('ب') || !this.cueAt(j) || this.mentionAtToken(j)) return undefined;
      j--;
    }
    const object = j >= this.s ? this.mentionAtToken(j) : undefined;
    if (!object || object.kind === 'topic' || object.afterPreposition || object.kind === 'demonym')
      return undefined;
    let v = object.tokStart - 1;
    // The subject between the verb and its object (VSO).
    const subject = v >= this.s ? this.mentionAtToken(v) : undefined;
    if (subject && subject.kind !== 'topic') v = subject.tokStart - 1;
    const verb = v >= this.s ? this.cueAt(v)?.cue : undefined;
    return verb && isDirective(verb) && (verb.pos === 'verb' || verb.participle) ? object : undefined;
  }

  /**
   * "تمكنت قوات النظام من السيطرة عليها بعد طرد …", "أعلن الجيش سيطرته … إثر طرد …": the taker
   * of ground written as a noun (at t) is the subject of the verb whose complement it is, or the
   * genitive agent of إعلان; undefined under any other word ("فقدت السيطرة").
   */
  protected controlClaimer(t: number): Mention | undefined {
    const { tokens } = this.input;
    let g = t - 1;
    if (g >= this.s && tokens.text[g] === 'من') g--;
    // The subject between the verb and its complement: "أعلن الجيش سيطرته".
    // (Back over a nationality adjective to the noun it qualifies: "الجيش السوري".)
    let between: Mention | undefined;
    for (let n = 0; n < 3 && g >= this.s; n++) {
      const m = this.mentionAtToken(g);
      if (!m) break;
      between = m;
      g = m.tokStart - 1;
    }
    if (between) {
      if (between.kind === 'topic' || !this.canHold(between) || between.afterPreposition) return undefined;
      // "الجيش السوري": the office word a nationality adjective qualifies.
      if (between.kind === 'demonym' && g >= this.s && isOfficeWord(tokens.text[g]!, 'ar')) g--;
    }
    if (g < this.s || !AR_CONTROL_CLAIM_WORDS.test(tokens.text[g]!)) return undefined;
    if (between) return between;
    const after = this.subjectAfter(g, false, t);
    if (after !== undefined) return after === 'blocked' ? undefined : after;
    const before = g - 1 >= this.s ? this.mentionAtToken(g - 1) : undefined;
    return before && before.kind !== 'topic' && this.canHold(before) && !before.afterPreposition
      ? before
      : undefined;
  }

  /**
   * "وسيطرت القوات التركية على مدينة عفرين بعد طرد المقاتلين الأكراد منها", "مقاتلي داعش سيطروا على
   * حي القدم، بعد طرد قوات موالية للحكومة": an expulsion the clause's taking of ground is dated after
   * is the taker's deed. The subject of the verb of taking: right after it (VSO) or right before it.
   */
  protected groundTakerBefore(k: number): Mention | undefined {
    const lemma = this.cueAt(k)?.cue.lemma;
    if (this.input.lang !== 'ar' || lemma === undefined || !EXPULSION_LEMMAS.has(lemma)) return undefined;
    const { tokens } = this.input;
    let p = k - 1;
    while (p >= this.s && !AR_TEMPORAL_PREPS.has(tokens.text[p]!)) p--;
    // One comma may set the dated phrase off its clause.
    let j = p - 1;
    if (j >= this.s && tokens.text[j] === ',') j--;
    for (; j >= this.s && !isClauseMark(tokens, j); j--) {
      if (this.isKind(j, 'speech') || this.isKind(j, 'complementizer')) return undefined;
      if (AR_TAKING_GROUND_NOUNS.test(tokens.text[j]!)) return this.controlClaimer(j);
      if (!AR_TAKING_GROUND_VERBS.test(tokens.text[j]!)) continue;
      const after = this.subjectAfter(j, false, p);
      if (after !== undefined) return after === 'blocked' ? undefined : after;
      const before = j - 1 >= this.s ? this.mentionAtToken(j - 1) : undefined;
      return before && before.kind !== 'topic' && this.canHold(before) && !before.afterPreposition
        ? before
        : undefined;
    }
    return undefined;
  }

  /**
   * "عبرت النقابات … عن دعمها للاحتجاجات، وطالبت بمحاسبة الفاسدين", "كما أكدت الدول الأوروبية …
   * أن ما جرى … يجعل من الحفاظ على الاتفاق …": a verb of the sentence before k has a subject of
   * its own that we do not track (a plain definite noun right after it), so an elided holder is
   * that subject, not the previous sentence's.
   */
  protected verbWithUntrackedSubjectBefore(k: number): boolean {
    for (let j = k - 1; j >= this.s; j--) {
      const cue = this.cueAt(j)?.cue;
      if (!cue || this.mentionAtToken(j) || cue.pos !== 'verb' || cue.verbNoun || cue.participle) continue;
      if (cue.kind !== 'speech' && cue.kind !== 'stance') continue;
      if (this.plainDefiniteNounAt(j + 1) || this.officialOfUntrackedBodyAt(j + 1)) return true;
    }
    return false;
  }

  /**
   * "وقال المتحدث باسم الجامعة العربية إنه …", "وقال المتحدث باسم فيلق الرحمن إن …": the subject
   * at j is an official (office words) of a body named after باسم, في or لـ in which we track no
   * one. He speaks for that body, not for the previous sentence's holder. The body must be named
   * in full — a noun with a nationality or other nisba adjective, or a construct of two words —:
   * a bare "المتحدث باسم الجيش", "باسم المنظمة" is the previous holder's own office.
   */
  protected officialOfUntrackedBodyAt(j: number): boolean {
    const { tokens } = this.input;
    let t = j;
    while (
      t < this.e &&
      t <= j + 2 &&
      !this.mentionAtToken(t) &&
      (isOfficeWord(tokens.text[t]!, 'ar') || OFFICIAL_ADJECTIVES.has(tokens.text[t]!))
    )
      t++;
    if (t === j || t >= this.e) return false;
    const w = tokens.text[t]!;
    const separate = w === 'باسم' || w === 'في';
    if (!separate && !(w.startsWith('ل') && w.length > 3)) return false;
    const from = separate ? t + 1 : t;
    // (Only the body's own words: "لمجلس منبج العسكري المتحالف مع قوات سوريا الديمقراطية".)
    for (let i = from; i < this.e && i <= from + 2 && tokens.isWord[i]; i++) {
      const m = this.mentionAtToken(i);
      if (m && m.actor >= 0) return false;
    }
    // The body's words, the ل of "للجامعة" set aside, past its office words ("وزارة الخارجية").
    const word = (i: number): string => (i === t && !separate ? w.slice(1) : tokens.text[i]!);
    let i = from;
    while (i < this.e && i < from + 3 && tokens.isWord[i] && isOfficeWord(word(i), 'ar')) i++;
    if (i >= this.e || !tokens.isWord[i] || this.mentionAtToken(i)?.actor === -1) {
      // "باسم الخارجية المصرية": an untracked state's office is named by the nationality.
      return i > from && i < this.e && this.mentionAtToken(i) !== undefined;
    }
    const head = word(i);
    const next = i + 1 < this.e && tokens.isWord[i + 1] ? tokens.text[i + 1]! : '';
    if (!head.startsWith('ال')) return next !== '' && !this.mentionAtToken(i + 1) && !this.cueAt(i + 1);
    return NISBA_ADJECTIVE.test(next) || (i > from && NISBA_ADJECTIVE.test(head));
  }

  /**
   * "حين قتل 61 فلسطينيا خلال تظاهرات شارك فيها عشرات آلاف الفلسطينيين احتجاجا على …": a
   * state or people we do not track, or one's official ("وكان وزير الدفاع الإسرائيلي … أعلن"),
   * named free (no preposition, no genitive) before k in the sentence, is the nearer subject;
   * the previous sentence's holder is not carried past it.
   */
  protected untrackedNameBefore(k: number): boolean {
    for (const m of this.input.mentions) {
      if (m.tokStart >= k) break;
      if (m.tokStart < this.s || m.actor >= 0 || m.kind === 'topic') continue;
      if ((m.kind === 'name' || m.people || m.official) && !this.isPrepositional(m) && !this.isGenitive(m))
        return true;
    }
    return false;
  }

  /**
   * The sentence names its own subject, one we do not track, before the cue at k: "وركز غالاواي
   * في حديثه على …", "ترك برات المجموعة … وترشح" (an opening verb and a personal name after
   * it), or "المحكمة العليا في العراق تصادق على …" (an opening definite noun and the verb at
   * k with no other verb between). The previous sentence's holder is not carried past it.
   */
  protected opensWithOwnSubject(k: number, cue: TokenCue): boolean {
    const { tokens } = this.input;
    let j = this.s;
    while (j < k && !tokens.isWord[j]) j++;
    if (j + 1 >= k || this.mentionAtToken(j)) return false;
    const w = tokens.text[j]!;
    // "وكان خاشقجي، الذي عرف بانتقاد …", "وكان مجلس القضاء الأعلى قد قرر …": the noun or name
    // right after an opening كان is its subject. (An act, "وكانت العملية …", is its agent's, who
    // may be the previous holder; so is a statement.)
    if (KANA_FORMS.has(w) && j + 1 < k) {
      const n = tokens.text[j + 1]!;
      return (
        (this.untrackedNameWordAt(j + 1) && !QUANTITY_WORDS.has(n) && !this.namedBefore(j + 1)) ||
        (this.plainDefiniteNounAt(j + 1) && !STATEMENT_NOUNS.has(n) && !ACT_HEAD_NOUNS.has(n))
      );
    }
    if (w.length < 3 || AR_PARTICLES.has(w) || TIME_WORDS.has(w) || this.isKind(j, 'preposition'))
      return false;
    const opener = this.cueAt(j)?.cue;
    if (!/^(و|ف)?ال/.test(w))
      return (
        ((opener === undefined || opener.pos === 'verb') &&
          !TRANSMITTING_VERBS.test(w) &&
          this.untrackedNameWordAt(j + 1) &&
          !AR_DEMONSTRATIVES.has(tokens.text[j + 1]!) &&
          !QUANTITY_WORDS.has(tokens.text[j + 1]!) &&
          !isInstitutionHead(tokens.text[j + 1]!, 'ar') &&
          !this.namedBefore(j + 1)) ||
        (opener === undefined && this.constructSubjectBefore(j, k, cue)) ||
        (opener === undefined && this.topicSubjectAfter(j, k))
      );
    // SVO: the definite noun is the subject of the first verb after it, the cue itself.
    // ("والقانون": the conjunction set aside.)
    const noun = withoutConjunction(w);
    if (opener || (!this.plainDefiniteNounAt(j, noun) && !isInstitutionHead(noun, 'ar'))) return false;
    if (cue.cue.pos !== 'verb' || opensWithAnd(tokens.text[k]!) || k - j > 8) return false;
    for (let i = j + 1; i < k; i++) {
      // ("والقانون لا يسمح بـ…": a negation before the verb leaves the noun its subject.)
      const kind = this.cueAt(i)?.cue.kind;
      if (kind !== undefined && kind !== 'preposition' && kind !== 'negation') return false;
      if (!tokens.isWord[i]) return false;
    }
    return true;
  }

  /**
   * "وقانون المفوضية القديم لا يسمح بهذا الإجراء", "ومشروع القرار يدعو إلى …": an opening word
   * the lexicon does not know, a plain definite noun after it and only definite words (its
   * adjectives or genitives) and a negation up to the finite verb at k: the verb's subject is
   * that phrase — an indefinite noun with its genitive (SVO), or the definite noun after an
   * unknown verb ("وخرج المتظاهرون يطالبون …") — and the previous sentence's holder is neither.
   */
  protected constructSubjectBefore(j: number, k: number, cue: TokenCue): boolean {
    const { tokens } = this.input;
    const verb = cue.cue;
    if (verb.pos !== 'verb' || verb.participle || verb.verbNoun || opensWithAnd(tokens.text[k]!))
      return false;
    if (k - j > CONSTRUCT_SUBJECT_WORDS) return false;
    // "وقانون المفوضية": a law is about what its genitive names, which holds nothing by it.
    const genitive = this.mentionAtToken(j + 1);
    const law = AR_LAW_NOUNS.has(withoutConjunction(tokens.text[j]!));
    if (genitive ? !(law && genitive.tokStart === j + 1) : !this.untrackedDefiniteAt(j + 1)) return false;
    for (let i = genitive ? genitive.tokEnd : j + 2; i < k; i++) {
      if (this.cueAt(i)?.cue.kind !== 'negation' && !this.untrackedDefiniteAt(i)) return false;
    }
    return true;
  }

  /**
   * "وجاء افتتاح السفارة الأميركية في القدس … تنفيذا لتعهد …", "وأتاح الاتفاق … تعليق قسم من
   * العقوبات": a topic phrase right after the sentence's opening word — a verb the cue lexicon
   * does not read — is that verb's subject, and what the cue after it says is said of it, not
   * by the previous sentence's holder.
   */
  protected topicSubjectAfter(j: number, k: number): boolean {
    const m = this.mentionAtToken(j + 1);
    return (
      m !== undefined &&
      m.tokStart === j + 1 &&
      m.kind === 'topic' &&
      !m.afterPreposition &&
      !m.verbal &&
      m.tokEnd <= k &&
      !isOfficeWord(this.input.tokens.text[j]!, 'ar') &&
      !isArabicTitleWord(this.input.tokens.text[j]!)
    );
  }

  /** Token i is a definite word that names nothing we track and carries no cue ("المفوضية", "القديم"). */
  protected untrackedDefiniteAt(i: number): boolean {
    const { tokens } = this.input;
    if (i >= this.e || !tokens.isWord[i] || this.mentionAtToken(i) || this.cueAt(i)) return false;
    const w = tokens.text[i]!;
    return w.startsWith('ال') && w.length >= 4 && !TIME_WORDS.has(w);
  }

  /**
   * "قال رئيس الوزراء الإسرائيلي بنيامين نتنياهو … بدأ نتنياهو خطابه": the word at j was written
   * in an earlier sentence (within a few) beside a nationality, naming an official or body of a state.
   */
  protected namedBefore(j: number): boolean {
    const { tokens } = this.input;
    const w = tokens.text[j]!;
    for (let i = Math.max(0, this.s - REPEATED_NAME_SPAN); i < this.s; i++) {
      if (tokens.text[i] !== w) continue;
      // Named with an official's nationality beside it ("الرئيس الأميركي، دونالد ترامب"), not a
      // people's ("الصحفي السعودي جمال خاشقجي": a person of that people, no one's voice).
      for (let b = Math.max(0, i - 4); b <= i + 3 && b < this.s; b++)
        if (b !== i && /^ال.{3,}ي$/.test(tokens.text[b]!) && this.officeBefore(b)) return true;
    }
    return false;
  }

  /** An office word or title one or two words before the nationality adjective at b ("رئيس الوزراء الإسرائيلي"). */
  private officeBefore(b: number): boolean {
    for (let k = Math.max(0, b - 2); k < b; k++) {
      const w = this.input.tokens.text[k]!.replace(/^(و|ف|ل)/, '');
      if (isOfficeWord(w, 'ar') || isArabicTitleWord(w) || isOfficeWord(this.input.tokens.text[k]!, 'ar'))
        return true;
    }
    return false;
  }

  /**
   * Token j is a definite noun that names nothing we know and carries no cue (الدول، الممثل);
   * titles, office words and institution heads (الشيخ، المتحدث، المجلس) are left out: they
   * usually stand for the previous holder, one of its officials or a body named before.
   */
  protected plainDefiniteNounAt(j: number, w = this.input.tokens.text[j] ?? ''): boolean {
    if (j >= this.e || !this.input.tokens.isWord[j] || this.mentionAtToken(j) || this.cueAt(j)) return false;
    return (
      w.startsWith('ال') &&
      w.length >= 4 &&
      !TIME_WORDS.has(w) &&
      !isOfficeWord(w, 'ar') &&
      !isArabicTitleWord(w) &&
      !isInstitutionHead(w, 'ar')
    );
  }

  /**
   * "مناشدات تركيا بوقف إطلاق النار", "إدانة السعودية لهجمات سبتمبر", "إتهام روسيا بتسميم …":
   * the genitive of the verbal noun at k, an actor we track, followed by the noun's complement
   * (ل or ب): the noun names its own parties, and the previous sentence's holder is neither.
   */
  protected genitiveBeforeComplement(k: number): { mention: Mention; agent: boolean } | undefined {
    const m = this.mentionAtToken(k + 1);
    if (!m || m.tokStart !== k + 1 || m.actor < 0 || m.kind === 'topic' || this.isPrepositional(m))
      return undefined;
    let j = m.tokEnd;
    if (j < this.e && this.definiteAdjective(j)) j++;
    const w = j < this.e && this.input.tokens.isWord[j] ? this.input.tokens.text[j]! : '';
    if (!/^(ل|ب)/.test(w) || w.length <= 3) return undefined;
    return { mention: m, agent: w.startsWith('ل') || this.callsFor(k) };
  }

  /**
   * "مناشدات تركيا بوقف …", "دعوات روسيا بـ…": before ب a noun of calling names its caller. Not
   * a singular مطالبة, which is as often "demanding (of) X" ("مطالبة الحكومة بالكشف عن …").
   */
  protected callsFor(k: number): boolean {
    const lemma = this.cueAt(k)?.cue.lemma ?? '';
    if (!CALLING_LEMMAS.has(lemma)) return false;
    return lemma !== 'طالب' || this.input.tokens.text[k]!.endsWith('ات');
  }

  /**
   * The caller of the noun of calling at j when it ends before token k and can hold a position.
   * (Its tests in a method of their own: reached only when a caller is named, they would throw
   * subjectBefore's optimised code away.)
   */
  protected callerHoldingBefore(j: number, k: number): Mention | undefined {
    const caller = this.callerOfNoun(j);
    return caller && caller.tokEnd <= k && this.canHold(caller) ? caller : undefined;
  }

  /** The caller named right after the noun of calling at k: its genitive before ب or ل ("دعوات روسيا بـ…"). */
  protected callerOfNoun(k: number): Mention | undefined {
    const cue = this.cueAt(k)?.cue;
    // (Not a participle: "داعيا مجلس الأمن للتدخل" names the addressee.)
    if (!cue || cue.pos !== 'noun' || cue.participle || !this.callsFor(k)) return undefined;
    const genitive = this.genitiveBeforeComplement(k);
    return genitive?.agent ? genitive.mention : undefined;
  }

  /**
   * "حزب الاتحاد الديمقراطي الذي تقول إنه متحالف مع …": when the reporting verb of a relative
   * clause does not agree with the relative (a feminine verb after الذي, a masculine one after
   * التي), the relative is what is reported on, and "إنه" is the antecedent, not the previous
   * sentence's subject. ("البيان الذي أكد أنه يقف مع …": the relative is the speaker.)
   */
  protected reportedInRelative(k: number): boolean {
    const text = this.input.tokens.text;
    let verb: string | undefined;
    for (let j = k - 1; j >= Math.max(this.s, k - 4); j--) {
      const kind = this.cueAt(j)?.cue.kind;
      if (kind === 'speech') verb = text[j]!;
      else if (kind !== 'complementizer') {
        if (verb === undefined) return false;
        if (MASCULINE_RELATIVES.has(text[j]!)) return /^ت|[^ا]ت$/.test(verb);
        if (FEMININE_RELATIVES.has(text[j]!)) return /^ي/.test(verb);
        return false;
      }
    }
    return false;
  }

  /**
   * "“We will not accept it,” he said.", "… we will fight the terrorists he added in a statement.":
   * "he"/"she" and a reporting verb at the end of the sentence attribute the words before them, whose names
   * are what is spoken of, not who speaks: the pronoun stands for the speaker before. (The
   * verb is followed by nothing, or by a few words of occasion: no subject or object we track,
   * no cue but a noun of speech, no clause.)
   */
  protected trailingPersonAttribution(j: number, k: number): boolean {
    const { tokens } = this.input;
    if (
      j !== k - 1 ||
      j - this.s < 3 ||
      !EN_PERSON_PRONOUNS.has(tokens.text[j]!) ||
      !this.isKind(k, 'speech')
    )
      return false;
    // Only words spoken in the first person: "“The alliance should …” he added" may report
    // another's view, and "he" may be an untracked speaker named since.
    let firstPerson = false;
    for (let i = this.s; i < j && !firstPerson; i++) firstPerson = EN_FIRST_PERSON.has(tokens.text[i]!);
    if (!firstPerson) return false;
    let words = 0;
    for (let i = k + 1; i < this.e; i++) {
      if (!tokens.isWord[i]) continue;
      if (++words > TRAILING_OCCASION_WORDS || this.mentionAtToken(i)?.afterPreposition === false)
        return false;
      // ("in a statement", "in an interview": a noun of speech names the occasion.)
      const cue = this.cueAt(i)?.cue;
      if (cue && cue.kind !== 'preposition' && !(cue.kind === 'speech' && cue.pos !== 'verb')) return false;
      if (tokens.text[i] === 'that' || tokens.text[i] === 'and') return false;
    }
    return true;
  }

  /** The previous holders when they were named in the last sentence or the one before it, else none. */
  protected recentHolders(): number[] {
    return (this.input.previousHoldersAge ?? 0) <= 1 ? this.input.previousHolders : [];
  }

  /** Elided subject or pronoun: the previous sentence's holder, when nothing else can be. */
  protected elided(k: number, cue: TokenCue): number[] {
    const prev = this.input.previousHolders;
    const { tokens, lang } = this.input;
    if (prev.length === 0 && lang !== 'en') return [];
    if (lang === 'en') {
      // "We reject his visit", "I think …" inside a quotation: its speaker.
      const quoted = this.input.quoteSpeakers;
      if (quoted) {
        for (let j = k - 1; j >= Math.max(this.s, k - 3); j--)
          if (EN_FIRST_PERSON.has(tokens.text[j]!)) return quoted;
      }
      // Subject pronouns only: "their foes" does not make "their" the subject.
      for (let j = k - 1; j >= Math.max(this.s, k - 3); j--) {
        if (!this.isKind(j, 'pronoun') || !EN_SUBJECT_PRONOUNS.has(this.input.tokens.text[j]!)) continue;
        if (this.trailingPersonAttribution(j, k)) return this.recentHolders();
        return this.pronounInSentence(j) ?? (this.untrackedSpeakerFirst() || this.nameBefore(j) ? [] : prev);
      }
      // "It is separately waging an air campaign against X": a pronoun opening the sentence is
      // the subject of its clause, however far the cue, unless a clause or a name intervenes.
      // ("We …" in a quote is its speaker, not the previous holder.)
      const p = this.s;
      if (k - p > 10 || !EN_THIRD_PERSON_SUBJECTS.has(tokens.text[p]!)) return [];
      for (let j = p + 1; j < k; j++) {
        if (this.mentionAtToken(j) || isClauseMark(tokens, j)) return [];
        const kind = this.cueAt(j)?.cue.kind;
        if (kind === 'speech' || kind === 'complementizer' || kind === 'relative') return [];
      }
      return prev;
    }
    if (cue.cue.pos === 'noun' && this.datesAnEvent(k)) return this.datedEventAgent(k);
    if (this.verbWithUntrackedSubjectBefore(k) || this.untrackedNameBefore(k)) return [];
    if (this.reportedInRelative(k)) return [];
    // "الدعم الذي تلقاه الجيش السوري من روسيا": a verbal noun followed by a relative clause is
    // defined by it, and whose act it is the clause tells, not the previous sentence.
    if (cue.cue.pos === 'noun' && RELATIVE_PRONOUNS.has(tokens.text[k + 1] ?? '')) return [];
    const genitive = cue.cue.pos === 'noun' ? this.genitiveBeforeComplement(k) : undefined;
    // "إدانة السعودية لهجمات …": before a ل object the genitive is the agent; before a ب
    // complement it may be either ("مناشدات تركيا بـ…", "إتهام روسيا بـ…").
    if (genitive) return genitive.agent ? this.coordinated(genitive.mention) : [];
    if (this.opensWithOwnSubject(k, cue)) return [];
    if (cue.objectPronoun || cue.cue.pos === 'noun') return prev;
    let j = k + 1;
    while (j < this.e && !tokens.isWord[j]) j++;
    if (j >= this.e) return prev;
    const m = this.mentionAtToken(j);
    if (m && m.kind === 'topic') return m.afterPreposition || !takesPrepositionalObject(cue.cue) ? prev : [];
    // "دعا الولايات المتحدة إلى …": a name the verb does not agree with is its addressee.
    if (m && this.addresseeByAgreement(k, m)) return prev;
    const kind = this.cueAt(j)?.cue.kind;
    if (kind === 'preposition' || kind === 'complementizer' || kind === 'negation') return prev;
    return [];
  }
}

// Verbs of beginning and going on that take an -ing form of the same subject ("began supporting").
const EN_ASPECTUAL_VERBS = new Set([
  'begin',
  'began',
  'begun',
  'begins',
  'start',
  'started',
  'starts',
  'continue',
  'continued',
  'continues',
  'keep',
  'kept',
  'keeps',
  'resume',
  'resumed',
  'resumes',
]);

// Military means an act is "backed by", carried out by an agent named after them.
const EN_MILITARY_MEANS = new Set([
  'air',
  'aerial',
  'strikes',
  'airstrikes',
  'raids',
  'support',
  'cover',
  'fire',
  'artillery',
  'bombardment',
  'bombing',
  'warplanes',
  'jets',
  'aircraft',
  'drones',
]);
const EN_MEANS_PARTICIPLES = new Set(['launched', 'carried', 'conducted', 'provided', 'flown', 'waged']);
const PURPOSE_GAP_PREPOSITIONS = new Set(['in', 'into', 'to', 'inside']);
