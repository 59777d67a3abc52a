// Relations between two sides: clashes, pacts and rivalry between X and Y, paired sides, diplomatic
// deeds, alliances and parties, allies and siding titles, reckoned relations, designations.
import { mentionWith, type Mention } from './mentions.js';
import { isClauseMark } from '../text/segment.js';
import { withoutConjunction } from '../text/tokens.js';
import { AR_ENVOYS, AR_RELATIONS, EXCHANGE_FORMS } from './word-classes.js';
import { isOfficeWord } from '../lexicon/common-words.js';
import { isMutual } from '../lexicon/cue.js';
import {
  AR_RECKONING_VERBS,
  AR_RELATION_SIDES,
  AR_RELATION_DEGREE,
  AR_FORMER_WORDS,
  RELATIVE_AR,
  AR_DESIGNATING_VERBS,
  AR_TERRORIST,
  TRANSFER_HEADS,
  EN_KILLED_MEMBERS,
  EN_EXCHANGE_VERBS,
  EN_AUXILIARIES,
  EN_RECIPROCAL_NOUNS,
  EN_COMBAT_INTRANSITIVES,
  EN_COMBAT_CIRCUMSTANCES,
  EN_ALLY_CONJUNCT_WORDS,
  EN_LOCKED_FIGHT_NOUNS,
  EN_LOCKED_FIGHT_FRAMES,
  CLASH_NOUNS,
  COOPERATION_NOUNS,
  RIVALRY_NOUNS,
  WAR_NAME_NOUNS,
  EN_OCCURRENCE_WORDS,
  AR_LABEL_WORDS,
  AR_PARTICLES,
  TIME_WORDS,
  AGREEMENT_NOUNS,
  AR_TRUCE_QUALIFIERS,
  EN_TRUCE_NOUNS,
  EN_DETERMINERS,
  EN_SIDING_ADJECTIVES,
  EN_ALLY_NOUNS,
  EN_ALLIED_FIGHT_NOUNS,
  EN_ALLIED_FIGHT_STOPS,
  EN_UNREAL_ALLY_WORDS,
  AR_UNREAL_ALLY_WORDS,
  AR_EXPECTED_QUALIFIERS,
  AR_ALLIED_FIGHT_NOUNS,
  AR_FIGHT_OF_FOE,
  AR_FIGHT_PURPOSES,
  EN_SIDING_TITLES,
  EN_COPULAS,
  EN_KILLER_UNITS,
  EN_PACT_PARTICIPLES,
  EN_BACKING_PARTICIPLES,
  PEOPLE_ADJECTIVES,
} from './word-lists.js';
import { isDemonymWord } from './government-words.js';
import { bareArabicNoun, type Emit } from './analyzer-base.js';
import { MisdeedReader } from './misdeeds.js';

// A state's armed forces (folded): "الجيش التركي", "قوات سورية".
const AR_ARMY_WORDS = new Set(['الجيش', 'جيش', 'القوات', 'قوات']);
// How far from a mutual cue its parties' mentions are looked for, for the evidence span.
const PARTY_REACH = 12;
// Forms of joining someone: "Turkey joined the US in the fight against IS".
const EN_JOIN_FORMS = new Set(['join', 'joins', 'joined', 'joining']);
// (Folded) an Arabic ally noun: حليف، حليفا، الحليف، حليفتهم، شريك، شريكا، شركاء.
const AR_ALLY_WORD = /^و?(ال|ك)?(حليف|حليفا|حليفه|حليفت(ه|ها|هم)|حلفاء|حلفاوه|شريك|شريكا|شريكه|شركاء)$/;
// (Folded) the stem of any Arabic ally noun, with its clitics ("لحليفها", "الحليفة"), for a cue already found.
const AR_ALLY_STEM = /حليف|حلفا[ءوي]|شريك|شركا[ءوي]/;
// "قد تصبح حليفا": قد before a present-tense verb is "may" (before a past one, "has").
const AR_MAY = /^و?قد$/;
const AR_PRESENT_VERB = /^[يت]/;
// Before "become", a perfect ("has become an ally": one now) or a wish ("wants to become an ally":
// a position) makes no unreal ally; a modal does ("could become").
const EN_REAL_BECOME = new Set(['has', 'have', 'had', 'to']);

export class SideRelationReader extends MisdeedReader {
  /**
   * "ويعد الصدر خصما للولايات المتحدة", "وتعد روسيا أقوى حليف للرئيس السوري", "وتعتبر بريطانيا
   * إسرائيل حليفا": an actor held to be (or holding another to be) an ally or a foe of another
   * takes that side; not a former relation ("كان يوما حليفا", "حليفا سابقا").
   */
  protected reckonedRelations(emit: Emit): void {
    const { tokens, mentions } = this.input;
    // From the mentions, fewer than the tokens: the verb right before a holder's first token.
    for (const holder of mentions) {
      const k = holder.tokStart - 1;
      if (k < this.s || k + 3 >= this.e || this.mentionAtToken(k + 1) !== holder) continue;
      if (AR_RECKONING_VERBS.has(tokens.text[k]!)) this.reckonedRelationAt(emit, k, holder);
    }
  }

  /** The verb of reckoning at k, with `holder` as its subject right after it (read apart as hostileActAt). */
  protected reckonedRelationAt(emit: Emit, k: number, holder: Mention): void {
    const { tokens } = this.input;
    if (!this.canHold(holder)) return;
    let j = holder.tokEnd;
    // "وتعتبر بريطانيا إسرائيل حليفا": the one held to be the ally comes first.
    let other = this.mentionAtToken(j);
    if (other && other.tokStart === j) j = other.tokEnd;
    else other = undefined;
    if (AR_RELATION_DEGREE.has(tokens.text[j] ?? '')) j++;
    const side = AR_RELATION_SIDES.get(tokens.text[j] ?? '');
    if (side === undefined) return;
    let t = j + 1;
    if (AR_FORMER_WORDS.has(tokens.text[t] ?? '')) return;
    if (!other) {
      // "خصما للولايات المتحدة", "حليف الرئيس", "حليفا وثيقا لـ": the other side after the noun.
      const w = tokens.text[t] ?? '';
      if (!this.mentionAtToken(t) && w.startsWith('ال') === false && /(ا|يا|يه)$/.test(w)) t++;
      other = this.mentionAtToken(t);
      if (!other || other.tokStart !== t) return;
    }
    if (!this.isTarget(other) || other.actor === holder.actor) return;
    const sign = side * (this.negatedBefore(k, 2) ? -1 : 1);
    emit(this.coordinated(holder), other, sign, 0.6, j, this.hedged(k, other.tokEnd - 1));
    // "خصما للولايات المتحدة وإيران": each actor in the list.
    for (const a of this.coordinated(other))
      if (a !== other.actor && a !== holder.actor)
        emit(this.coordinated(holder), mentionWith(other, { actor: a }), sign, 0.6, j, false);
  }

  /**
   * "حزب العمال الكردستاني، الذي تصنفه أنقرة تنظيما إرهابيا", "الجماعة التي تعتبرها القاهرة
   * إرهابية": designating the antecedent of a relative clause a terrorist (or another negative
   * category) is the position of the one who designates it, the verb's subject.
   */
  protected designatedAntecedents(emit: Emit): void {
    const t = this.input.tokens.text;
    for (let k = this.s + 2; k + 1 < this.e; k++) {
      // (The set lookup first: the pattern is tested only after a relative pronoun.)
      if (!RELATIVE_AR.has(t[k - 1]!) || !AR_DESIGNATING_VERBS.test(t[k]!)) continue;
      const antecedent = this.antecedentBefore(k - 1);
      if (!antecedent) continue;
      const ev = this.designationAfter(k);
      if (ev === undefined) continue;
      const holders = this.designator(k, ev).filter((a) => a !== antecedent.actor);
      emit(holders, antecedent, -1, 0.7, k, this.hedged(k, ev));
    }
  }

  /**
   * Who designates, for the verb at k: its named subject ("تصنفه أنقرة والاتحاد الأوروبي"), or,
   * with the category right after the verb ("الذي تصنفه تنظيما إرهابيا"), the speaker whose
   * words the clause reports. An untracked subject ("يصنفها مجلس الأمن") designates for no one.
   */
  protected designator(k: number, ev: number): number[] {
    const subject = this.mentionAtToken(k + 1);
    if (subject) {
      if (subject.tokStart !== k + 1 || !this.canHold(subject)) return [];
      // "الذي تصنفه تركيا والولايات المتحدة والاتحاد الأوروبي منظمة إرهابية": a list of
      // designators is the stock phrase that identifies the group, a label, no one's position.
      const list = this.coordinated(subject);
      return list.length > 1 || this.input.tokens.text[subject.tokEnd]?.startsWith('و') ? [] : list;
    }
    return ev - k <= 3 ? this.frameHolder(k) : [];
  }

  /** The actor named right before the relative pronoun at r, past a comma and two plain words ("المحظور لديها،"). */
  protected antecedentBefore(r: number): Mention | undefined {
    const { tokens } = this.input;
    for (let j = r - 1, words = 0; j >= this.s && words <= 2; j--) {
      const m = this.mentionAtToken(j);
      if (!m) {
        if (tokens.isWord[j]) words++;
        continue;
      }
      // "الوحدات الكردية المدعومة من واشنطن، والتي تعتبرها أنقرة …": the clause is on the
      // labelled group, not on the backer the label names.
      const label = m.tokStart - (tokens.text[m.tokStart - 1] === 'من' ? 2 : 1);
      if (label >= this.s && AR_LABEL_WORDS.has(tokens.text[label]!)) {
        j = label;
        words = 0;
        continue;
      }
      return m.kind !== 'topic' && this.isTarget(m) ? m : undefined;
    }
    return undefined;
  }

  /** The negative evaluation ("إرهابيا", "ضمن المنظمات الإرهابية") within eight words after the verb at k, in its clause. */
  protected designationAfter(k: number): number | undefined {
    for (let j = k + 1; j < this.e && j <= k + 8; j++) {
      // "الذي تعتبره أنقرة فرعا لحزب العمال الذي تصنفه …": the next clause judges another.
      if (isClauseMark(this.input.tokens, j) || RELATIVE_AR.has(this.input.tokens.text[j]!)) return undefined;
      const c = this.cueAt(j)?.cue;
      if ((c && c.kind === 'evaluative' && c.polarity < 0) || AR_TERRORIST.test(this.input.tokens.text[j]!))
        return j;
    }
    return undefined;
  }

  /**
   * "regime ally Iran", "rebel backer Turkey", "Assads main global ally Moscow", "Iran a key
   * regime ally": a siding noun whose modifier names the one sided with, used as the title of a
   * name after it or in apposition to a name before it.
   */
  protected sidingTitles(emit: Emit): void {
    if (this.input.lang !== 'en') return;
    const { tokens } = this.input;
    for (let k = this.s + 1; k < this.e; k++) {
      if (!EN_SIDING_TITLES.has(tokens.text[k]!) || this.mentionAtToken(k)) continue;
      const named = this.titleOwnerBefore(k);
      // "Syrias allies Russia": the possessor of the title is the one sided with, not a group it owns.
      const owner = named && mentionWith(named, { possessive: false });
      if (!owner || !this.isTarget(owner)) continue;
      // A title before a name ("Damascus ally Hezbollah said …") only labels it (guideline:
      // labels are not positions); an apposition or a copula states the siding.
      const before = this.appositionHolderBefore(owner.tokStart) ?? this.copulaSubjectBefore(owner.tokStart);
      if (!before) continue;
      // "Russia and Iran are Assads main allies": every conjunct of the subject before the title.
      const names = this.coordinated(before);
      const holders = names.filter((a) => a !== owner.actor);
      emit(holders, owner, 1, 0.6, k, this.hedged(owner.tokStart, k));
    }
  }

  /** The name right before a siding noun at k, past "s" and up to two plain modifiers ("main global"). */
  protected titleOwnerBefore(k: number): Mention | undefined {
    const { tokens } = this.input;
    let j = k - 1;
    for (let words = 0; j > this.s && words < 2 && EN_SIDING_ADJECTIVES.has(tokens.text[j]!); words++) j--;
    if (tokens.text[j] === 's') j--;
    const m = this.mentionAtToken(j);
    // A nationality adjective or a hyphened name ("Syrian ally", "Russia-backed") is no owner here.
    return m && m.tokEnd === j + 1 && m.kind === 'name' && !m.modifier ? m : undefined;
  }

  /**
   * "The YPG has been a close ally of the United States in the campaign against Daesh", "Kurdish
   * militias are key US allies in the fight against IS", "Iran fought alongside Assad's forces
   * against IS", "Turkey joined the US in the war on IS": an ally in a fight named with its foe
   * fights that foe too (a deed, not a label). Not a former or predicted ally ("could become").
   */
  protected alliesInFight(emit: Emit): void {
    const t = this.input.tokens.text;
    const ar = this.input.lang === 'ar';
    for (let k = this.s + 1; k + 2 < this.e; k++) {
      const w = t[k]!;
      const alongside = !ar && w === 'alongside';
      if (ar ? !AR_ALLY_WORD.test(w) : !alongside && !EN_ALLY_NOUNS.has(w) && !EN_JOIN_FORMS.has(w)) continue;
      // The cue of the tie: the ally noun or "joined" itself, the verb of fighting before "alongside".
      const c = alongside ? k - 1 : k;
      const cue = this.cueAt(c)?.cue;
      // (An Arabic predicate noun, "حليفا رئيسيا", is read by the frame around it, not as a cue.)
      if ((!ar && (!cue || cue.polarity <= 0)) || this.mentionAtToken(k)) continue;
      if (this.unrealAlly(k) || this.negatedBefore(c, 3)) continue;
      const at = ar ? this.arabicFoeOfAlliedFight(k + 1) : this.foeOfAlliedFight(k + 1, alongside);
      if (at === undefined) continue;
      const foe = this.mentionAtToken(at);
      if (!foe || foe.tokStart !== at || foe.kind === 'topic' || !this.isTarget(foe)) continue;
      // "are key US allies in the fight against IS": with an owner before the noun, the ally is
      // the subject of the copula or the apposition before it (the nearest holder is the owner).
      const owner = !ar && EN_ALLY_NOUNS.has(w) && t[k + 1] !== 'of' ? this.titleOwnerBefore(k) : undefined;
      const subject = owner && this.allyBeforeOwner(owner.tokStart);
      if (owner && !subject) continue;
      const named = subject ?? (ar ? this.arabicAllyBefore(k) : undefined);
      const holders = (named ? this.coordinated(named) : cue ? this.holderOf(c) : []).filter(
        (a) => a !== foe.actor && a !== owner?.actor,
      );
      if (holders.length === 0) continue;
      for (const a of this.coordinated(foe))
        emit(holders, mentionWith(foe, { actor: a }), -1, 0.6, k, this.hedged(c, foe.tokEnd - 1));
      // The cue reads only "ally of Y": the owner is sided with too, in a named fight a deed.
      if (owner && this.isTarget(owner))
        emit(holders, mentionWith(owner, { possessive: false }), 1, 0.6, k, false);
    }
  }

  /**
   * "تركيا شريك مهم", "وتعد X حليفا", "قوات سوريا الديمقراطية، الحليف الرئيسي لواشنطن": the
   * name right before an Arabic ally noun (past a comma or a quote), its subject or apposition.
   */
  protected arabicAllyBefore(k: number): Mention | undefined {
    const { tokens } = this.input;
    let j = k - 1;
    if (j > this.s && !tokens.isWord[j]) j--;
    const m = j >= this.s ? this.mentionAtToken(j) : undefined;
    return m && m.tokEnd === j + 1 && this.canHold(m) ? m : undefined;
  }

  /** j, or j + 1 past "the". */
  protected pastThe(j: number): number {
    return this.input.tokens.text[j] === 'the' ? j + 1 : j;
  }

  /**
   * The foe's first token in the fight named after an Arabic ally word, from `from`: "[للولايات
   * المتحدة] في الحرب على", "في التحالف الدولي لهزيمة", "للقضاء على", "في مكافحة". Six tokens at
   * most to في, in one clause.
   */
  protected arabicFoeOfAlliedFight(from: number): number | undefined {
    const { tokens } = this.input;
    const t = tokens.text;
    for (let j = from; j < this.e && j < from + 6; j++) {
      if (isClauseMark(tokens, j)) return undefined;
      if (t[j] !== 'في') continue;
      if (AR_FIGHT_OF_FOE.has(t[j + 1]!)) return j + 2;
      if (!AR_ALLIED_FIGHT_NOUNS.has(t[j + 1]!)) return undefined;
      // "في التحالف الدولي": one qualifier after the noun (or the coalition's name, when tracked).
      const named = this.mentionAtToken(j + 1);
      let f = named ? named.tokEnd : j + 2;
      if (f < this.e && !this.mentionAtToken(f) && /^ال.*ي$/.test(t[f]!)) f++;
      if (t[f] === 'علي' || AR_FIGHT_PURPOSES.has(t[f]!)) return f + 1;
      return t[f] === 'للقضاء' && t[f + 1] === 'علي' ? f + 2 : undefined;
    }
    return undefined;
  }

  /** "The YPG are a key US ally", "Turkey, a key US ally,": the ally named before the owner at `from`. */
  protected allyBeforeOwner(from: number): Mention | undefined {
    const t = this.input.tokens.text;
    const apposed = this.appositionHolderBefore(from);
    if (apposed) return apposed;
    let j = from - 1;
    for (let words = 0; j > this.s && words < 2 && EN_SIDING_ADJECTIVES.has(t[j]!); words++) j--;
    if (t[j] === 'a' || t[j] === 'an') j--;
    if (!EN_COPULAS.has(t[j] ?? '')) return undefined;
    j--;
    if (t[j] === 'has' || t[j] === 'have') j--;
    // "The Kurdish People's Protection Units (YPG) are": past the bracket of an abbreviation.
    if (t[j] === ')' && !this.mentionAtToken(j)) j--;
    const m = j >= this.s ? this.mentionAtToken(j) : undefined;
    return m && m.tokEnd === j + 1 && this.canHold(m) && !this.isPrepositional(m) ? m : undefined;
  }

  /**
   * The ally word at k names a past or not (yet) real alliance: "former", "could become",
   * "potential" within three words before it; "حليفا سابقا", "حليفها السابق", "حليفها المحتمل",
   * "قد تصبح حليفا", "ستصبح حليفا". Such an ally takes no side (every reading of an ally noun asks this).
   */
  protected unrealAlly(k: number): boolean {
    const t = this.input.tokens.text;
    const from = Math.max(this.s, k - 3);
    if (this.input.lang === 'ar') {
      const next = t[k + 1] ?? '';
      if (
        AR_FORMER_WORDS.has(next) ||
        AR_EXPECTED_QUALIFIERS.has(next) ||
        AR_FORMER_WORDS.has(t[k - 1] ?? '')
      )
        return true;
      for (let j = from; j < k; j++)
        if (AR_UNREAL_ALLY_WORDS.has(t[j]!) || (AR_MAY.test(t[j]!) && AR_PRESENT_VERB.test(t[j + 1] ?? '')))
          return true;
      return false;
    }
    for (let j = from; j < k; j++)
      if (EN_UNREAL_ALLY_WORDS.has(t[j]!) && !(t[j] === 'become' && EN_REAL_BECOME.has(t[j - 1] ?? '')))
        return true;
    return false;
  }

  /** The token at k is an ally noun: "ally", "partners", "حليفها", "الحليفة", "شركاء". */
  protected allyNoun(k: number): boolean {
    const w = this.input.tokens.text[k] ?? '';
    return this.input.lang === 'ar' ? AR_ALLY_STEM.test(w) : EN_ALLY_NOUNS.has(w);
  }

  /**
   * The foe's first token after the "against" (or the "on" of "war on") of the fight named after an ally word, from `from`:
   * "[of the US] in the (global) campaign against", or, after "alongside", "[Assad's forces]
   * (across the country) against". Eight tokens at most, in one clause.
   */
  protected foeOfAlliedFight(from: number, alongside: boolean): number | undefined {
    const { tokens } = this.input;
    const t = tokens.text;
    for (let j = from; j < this.e && j < from + 8; j++) {
      if (t[j] === 'against') return alongside ? this.pastThe(j + 1) : undefined;
      if (isClauseMark(tokens, j) || EN_ALLIED_FIGHT_STOPS.has(t[j]!)) return undefined;
      if (t[j] !== 'in' || this.mentionAtToken(j)) continue;
      // "in the (US-led) (global) war on": up to three words to the fight noun.
      for (let f = j + 1; f < this.e && f <= j + 4; f++) {
        if (isClauseMark(tokens, f)) return undefined;
        if (!EN_ALLIED_FIGHT_NOUNS.has(t[f]!)) continue;
        return t[f + 1] === 'against' || (t[f + 1] === 'on' && t[f] === 'war')
          ? this.pastThe(f + 2)
          : undefined;
      }
      return undefined;
    }
    return undefined;
  }

  /** "Iran is Assads strongest regional ally": the subject of a copula before the title's owner. */
  protected copulaSubjectBefore(from: number): Mention | undefined {
    const { tokens } = this.input;
    const owner = this.mentionAtToken(from);
    if (!owner?.possessive) return undefined;
    let j = from - 1;
    // "is President Bashar Assads …": the owner's title words.
    while (j > this.s && isOfficeWord(tokens.text[j]!, 'en') && !this.mentionAtToken(j)) j--;
    if (!EN_COPULAS.has(tokens.text[j] ?? '')) return undefined;
    j--;
    if (EN_COPULAS.has(tokens.text[j] ?? '') || tokens.text[j] === 'has' || tokens.text[j] === 'have') j--;
    const m = j >= this.s ? this.mentionAtToken(j) : undefined;
    return m && m.tokEnd === j + 1 && this.canHold(m) && !this.isPrepositional(m) ? m : undefined;
  }

  /** "Iran a key regime ally", "Iran, a key regime ally": the name before "a/an" and the apposition's adjectives. */
  protected appositionHolderBefore(from: number): Mention | undefined {
    const { tokens } = this.input;
    let j = from - 1;
    for (let words = 0; j > this.s && words < 2 && EN_SIDING_ADJECTIVES.has(tokens.text[j]!); words++) j--;
    if (tokens.text[j] !== 'a' && tokens.text[j] !== 'an') return undefined;
    j--;
    if (j >= this.s && !tokens.isWord[j] && tokens.text[j] === ',') j--;
    const m = j >= this.s ? this.mentionAtToken(j) : undefined;
    return m && m.tokEnd === j + 1 && this.canHold(m) ? m : undefined;
  }

  /**
   * "شكل الصدر والعبادي تحالفا", "اتفقت إيران وروسيا على …": an alliance or agreement whose
   * coordinated holders are its parties makes each of them support the others; "تبادل X وY
   * الاتهامات" makes each oppose the others.
   */
  protected relationsAmongParties(emit: Emit, exchanges: boolean): void {
    for (let k = this.s; k < this.e; k++) {
      // (The pattern only where the sentence holds a verb of exchange: `exchanges`, from its word classes.)
      if (exchanges && EXCHANGE_FORMS.test(this.input.tokens.text[k]!)) {
        this.exchangedHostility(k, emit);
        continue;
      }
      // "X and Y have blamed each other", "X and Y traded accusations": each party opposes the others.
      if (this.input.lang === 'en' && this.reciprocalHostility(k)) {
        const subject = this.cueAt(k) ? this.holderOf(k) : this.partiesBefore(k);
        // "Turkish troops traded fire with the YPG": one party before, the other after "with".
        const other = subject.length === 1 ? this.exchangePartner(k) : undefined;
        const parties = other !== undefined && other !== subject[0] ? [...subject, other] : subject;
        if (parties.length >= 2 && !this.negatedBefore(k, 2)) {
          const [lo, hi] = this.partiesSpan(k, parties);
          for (const a of parties) this.emitTowardActors(emit, [a], parties, -1, 0.6, lo, hi);
        }
        continue;
      }
      // "rebels and government forces battled around …": a coordinated subject fighting with no foe named.
      if (this.input.lang === 'en' && this.objectlessFight(k)) {
        const { parties, from } = this.fightingParties(k);
        if (parties.length === 2 && !this.negatedBefore(k, 2))
          for (const a of parties) this.emitTowardActors(emit, [a], parties, -1, 0.55, from, k);
        continue;
      }
      const tc = this.cueAt(k);
      if (!tc || tc.cue.kind !== 'stance' || !isMutual(tc.cue) || tc.objectPronoun) continue;
      if (this.negatedBefore(k, 2) || this.attributiveParticiple(k)) continue;
      // "يعتقد أن روسيا وإيران وتركيا ستتفق على …", "would agree": a predicted pact is none made.
      if (tc.cue.pos === 'verb' && this.futureVerb(k)) continue;
      // "تعزيز التعاون": a definite noun names the relation in general, not a pact they made.
      // "لتتفق", "ليتحالفوا": a purpose clause is no pact made.
      if (/^(و|ف)?(ال|بال|لل|ل)/.test(this.input.tokens.text[k]!)) continue;
      if (tc.cue.pos !== 'verb' && this.pactOfGenitives(emit, k, tc.cue.strength)) continue;
      // "تحالف سائرون", "مع تحالف القرار": a noun naming a group, or governed by a preposition,
      // is no pact its holders made.
      if (tc.cue.pos !== 'verb' && !this.formedPact(k)) continue;
      // "the committee would agree to grant X …": in English only a coordinated subject right
      // before the verb are the parties of an agreement.
      const parties =
        this.input.lang === 'en' && tc.cue.lemma === 'agree' ? this.partiesBefore(k) : this.holderOf(k);
      if (parties.length < 2) continue;
      // "اتفقت إسرائيل وحماس على وقف إطلاق النار": a state and an armed group agreeing a truce
      // stay enemies ("اتفقت روسيا والولايات المتحدة على مناطق تهدئة" sponsor one together).
      if (this.input.lang === 'ar' && this.stateAndInsurgent(parties) && this.truceTerms(k + 1, k + 10))
        continue;
      const [lo, hi] = this.partiesSpan(k, parties);
      for (const a of parties) this.emitTowardActors(emit, [a], parties, 1, tc.cue.strength * 0.9, lo, hi);
    }
  }

  /**
   * The tokens from the nearest mention of each party to the cue at k, for the evidence of a
   * mutual relation: "وقعت الكويت والفلبين اتفاقية", not the verb "وقعت" alone.
   */
  protected partiesSpan(k: number, parties: readonly number[]): [number, number] {
    let lo = k;
    let hi = k;
    for (const a of parties) {
      let best: Mention | undefined;
      for (let j = Math.max(this.s, k - PARTY_REACH); j < this.e && j <= k + PARTY_REACH; j++) {
        const m = this.mentionAtToken(j);
        if (m?.actor !== a || m.tokStart !== j) continue;
        if (!best || Math.abs(j - k) < Math.abs(best.tokStart - k)) best = m;
      }
      if (!best) continue;
      lo = Math.min(lo, best.tokStart);
      hi = Math.max(hi, best.tokEnd - 1);
    }
    return [lo, hi];
  }

  /**
   * Arabic tokens from..to-1 (to a clause mark) name a truce, evacuation or exchange: the terms
   * of a deal that settles a fight ("لإجلاء المقاتلين", "على وقف إطلاق النار", "صفقة إجلاء").
   * "تبادل المعلومات" is cooperation, an exchange of prisoners or bodies is between enemies;
   * "لوقف التدفق" stops something else than the fighting.
   */
  protected truceTerms(from: number, to: number): boolean {
    const { tokens } = this.input;
    for (let j = from; j < this.e && j < to; j++) {
      // (A comma may set off a date: "توصلت إسرائيل والفصائل في يوليو، إلى اتفاق وقف …".)
      if (tokens.text[j] !== ',' && isClauseMark(tokens, j)) return false;
      // (The word itself first: وقف opens with و.)
      const raw = tokens.text[j]!;
      const w = [raw, raw.replace(/^(و|ف)?(ب|ل(?!ل))/, ''), raw.replace(/^(و|ف)?لل/, 'ال')].find((x) =>
        AR_TRUCE_QUALIFIERS.test(x),
      );
      if (w === undefined) continue;
      const next = tokens.text[j + 1] ?? '';
      if (/تبادل$/.test(w) ? AR_EXCHANGED_CAPTIVES.test(next) : !/وقف$/.test(w) || AR_FIGHTING.test(next))
        return true;
    }
    return false;
  }

  /**
   * "أن تحالف الصدر والعبادي يضم …": an alliance noun whose genitive joins two parties names a
   * pact between them (one genitive, "تحالف سائرون", names a group); emits it, and says whether
   * it did. (A method called for every pact noun: the emitting loop, reached in few stories, would
   * otherwise throw relationsAmongParties' optimised code away the first time it ran.)
   */
  protected pactOfGenitives(emit: Emit, k: number, strength: number): boolean {
    const joint = this.jointGenitiveParties(k);
    for (const a of joint) this.emitTowardActors(emit, [a], joint, 1, strength * 0.8, k, k);
    return joint.length >= 2;
  }

  /** The parties of "تحالف X وY" named right after the alliance noun, if two or more. */
  protected jointGenitiveParties(k: number): number[] {
    if (this.input.lang !== 'ar' || !ALLIANCE_NOUNS.test(this.input.tokens.text[k]!)) return [];
    const first = this.mentionAtToken(k + 1);
    if (!first || first.tokStart !== k + 1 || !this.canHold(first)) return [];
    const parties = this.coordinated(first);
    return parties.length >= 2 ? parties : [];
  }

  /**
   * "شكلوا تحالفا", "أعلنوا تشكيل تحالف": a pact noun made by its holders, as the object of a verb
   * of forming; not a group's name ("تحالف سائرون") nor the subject of another verb ("يقود تحالف").
   */
  protected formedPact(k: number): boolean {
    const { tokens } = this.input;
    if (this.mentionAtToken(k + 1) || /^و?[بل]/.test(tokens.text[k]!)) return false;
    return tokens.text[k]!.endsWith('ا') || (k - 1 >= this.s && PACT_FORMING.test(tokens.text[k - 1]!));
  }

  /**
   * "battled around a power plant", "have fought for control", "were locked in fierce fighting":
   * a verb of fighting with no object (only a circumstance, or nothing, after it).
   */
  protected objectlessFight(k: number): boolean {
    const { tokens } = this.input;
    const w = tokens.text[k]!;
    if (w === 'locked') {
      if (tokens.text[k + 1] !== 'in') return false;
      // "locked in fierce fighting", "locked in a cycle of tit-for-tat attacks".
      let n = k + 2;
      while (n < this.e && n <= k + 8 && EN_LOCKED_FIGHT_FRAMES.has(tokens.text[n]!)) n++;
      const fight = n < this.e && (EN_LOCKED_FIGHT_NOUNS.has(tokens.text[n]!) || this.mutualQualified(n));
      return fight && tokens.text[n + 1] !== 'with';
    }
    if (!EN_COMBAT_INTRANSITIVES.has(w)) return false;
    if (k + 1 >= this.e || !tokens.isWord[k + 1]) return true;
    return EN_COMBAT_CIRCUMSTANCES.has(tokens.text[k + 1]!) && !this.mentionAtToken(k + 1);
  }

  /**
   * The two parties of a coordinated subject right before the fighting verb at k (past
   * auxiliaries and "continue to"), when nothing between makes one the other's ally.
   */
  protected fightingParties(k: number): { parties: number[]; from: number } {
    const none = { parties: [], from: k };
    const { tokens } = this.input;
    let b = k - 1;
    if (tokens.text[k] === 'locked') while (b > this.s && EN_AUXILIARIES.has(tokens.text[b]!)) b--;
    else {
      while (b > this.s && EN_AUXILIARIES.has(tokens.text[b]!)) b--;
      if (tokens.text[b] === 'to' && /^continu/.test(tokens.text[b - 1] ?? '')) b -= 2;
    }
    const last = b >= this.s ? this.mentionAtToken(b) : undefined;
    if (!last || last.tokEnd !== b + 1 || last.kind === 'topic' || !this.canHold(last)) return none;
    // The first conjunct: the holder mention before "and", right before the last one.
    if (tokens.text[last.tokStart - 1] !== 'and') return none;
    const first = this.mentionAtToken(last.tokStart - 2);
    if (!first || first.kind === 'topic' || !this.canHold(first) || first.afterPreposition) return none;
    // Nothing between the conjuncts but "and" (and the first one's unit word).
    for (let j = first.tokStart; j <= b; j++) if (EN_ALLY_CONJUNCT_WORDS.has(tokens.text[j]!)) return none;
    // The subject opens its clause: no preposition or verb right before it ("backed by X and Y").
    // A name before it is a possessive ("Syrias regime") or a place ("Elsewhere in Syria rebels …").
    let open = first.tokStart;
    const named = this.mentionAtToken(open - 1);
    if (named && open - 1 >= this.s && (named.possessive || named.afterPreposition)) open = named.tokStart;
    if (named && named.afterPreposition) open = this.s;
    const before = tokens.text[open - 1];
    if (
      open > this.s &&
      tokens.isWord[open - 1] &&
      !/^(as|while|where|when|after|since|and|but|elsewhere|meanwhile|the)$/.test(before ?? '')
    )
      return none;
    const parties = [first.countryOf ?? first.actor, last.countryOf ?? last.actor];
    return parties[0] === parties[1] ? none : { parties, from: first.tokStart };
  }

  /** The side after "with" that the exchange at k ("traded fire with", "exchanged heavy fire with") is with. */
  protected exchangePartner(k: number): number | undefined {
    const t = this.input.tokens.text;
    let j = k + 2;
    if (t[j] === 'fire') j++;
    if (t[j] !== 'with') return undefined;
    j++;
    if (t[j] === 'the') j++;
    const m = j < this.e ? this.mentionAtToken(j) : undefined;
    return m && m.tokStart === j && this.canHold(m) ? m.actor : undefined;
  }

  /** "blamed each other", "fight one another", "traded accusations": hostility among the subject's parties. */
  protected reciprocalHostility(k: number): boolean {
    const { tokens } = this.input;
    const next = tokens.text[k + 1];
    if (next === 'each' || next === 'one') {
      const other = tokens.text[k + 2];
      if (other !== (next === 'each' ? 'other' : 'another')) return false;
      const cue = this.cueAt(k)?.cue;
      return cue !== undefined && cue.kind === 'stance' && cue.polarity < 0;
    }
    return EN_RECIPROCAL_NOUNS.has(next ?? '') && EN_EXCHANGE_VERBS.has(tokens.text[k]!);
  }

  /**
   * "the US-Russia truce deal", "a US-Russian brokered ceasefire": a course of action named after
   * two parties joined by a hyphen is a pact they made, so each supports it. (The compound names
   * the pact, not a relation between them, as the in-repo gold reads it; a single party,
   * "Russia-brokered", "US-backed", stays a label.)
   */
  protected jointPacts(emit: Emit): void {
    if (this.input.lang !== 'en') return;
    const { mentions, tokens } = this.input;
    for (let i = 0; i + 1 < mentions.length; i++) {
      const a = mentions[i]!;
      if (!a.modifier || a.tokStart < this.s || a.kind === 'topic' || a.actor < 0) continue;
      const b = mentions[i + 1]!;
      if (!b.modifier || b.tokStart !== a.tokEnd || b.kind === 'topic' || b.actor < 0 || b.actor === a.actor)
        continue;
      let j = b.tokEnd;
      if (JOINT_PACT_PARTICIPLES.has(tokens.text[j] ?? '')) j++;
      const head = tokens.text[j] ?? '';
      const pactHead =
        EN_TRUCE_NOUNS.has(head) ||
        AGREEMENT_NOUNS.has(head) ||
        AGREEMENT_NOUNS.has(tokens.text[j + 1] ?? '');
      if (!pactHead || j >= this.e) continue;
      let phrase = this.mentionAtToken(j);
      // "joined the Convention under a U.S.-Russian deal": the pact frames the act named before it.
      if (!(phrase && phrase.kind === 'topic' && phrase.tokStart === j))
        phrase =
          AGREEMENT_NOUNS.has(head) && EN_DETERMINERS.has(tokens.text[a.tokStart - 1] ?? '')
            ? this.topicUnderPact(a.tokStart - 1)
            : undefined;
      if (phrase)
        emit(
          [a.actor, b.actor],
          phrase,
          phrase.polarity,
          0.6,
          Math.min(a.tokStart, phrase.tokStart),
          this.hedged(a.tokStart, j),
        );
    }
  }

  /** The coordinated subject right before a verb that is no cue: "X and Y have been trading …". */
  protected partiesBefore(k: number): number[] {
    let b = k - 1;
    while (b > this.s && EN_AUXILIARIES.has(this.input.tokens.text[b]!)) b--;
    const m = b >= this.s ? this.mentionAtToken(b) : undefined;
    return m && m.kind !== 'topic' && this.canHold(m) ? this.coordinated(m) : [];
  }

  /** "تبادل فيها العبادي والعيداني الاتهامات": the parties named before a hostile noun oppose each other. */
  protected exchangedHostility(k: number, emit: Emit): void {
    let first: Mention | undefined;
    for (let j = k + 1; j < this.e && j <= k + 10; j++) {
      const m = this.mentionAtToken(j);
      if (m) {
        if (m.kind === 'topic') return;
        first ??= this.canHold(m) ? m : undefined;
        j = m.tokEnd - 1;
        continue;
      }
      const c = this.cueAt(j)?.cue;
      if (!c) continue;
      if (c.kind !== 'stance' || c.polarity >= 0 || !first) return;
      const parties = this.coordinated(first);
      if (parties.length < 2) return;
      for (const a of parties) this.emitTowardActors(emit, [a], parties, -1, c.strength * 0.9, k, j);
      return;
    }
  }

  protected clashesBetween(emit: Emit): void {
    const { tokens } = this.input;
    const english = this.input.lang === 'en';
    for (let k = this.s; k + 1 < this.e; k++) {
      // "clashes broke out between …", "battles continued between …": an intransitive verb of
      // occurrence may stand between the noun and its sides.
      let at = k + 1;
      // "a deal reached between …", "the agreement brokered between …": so may a participle of a pact.
      if (english)
        while (
          at < this.e &&
          at <= k + 3 &&
          (EN_OCCURRENCE_WORDS.has(tokens.text[at]!) || EN_PACT_PARTICIPLES.has(tokens.text[at]!))
        )
          at++;
      const between = tokens.text[at];
      // The rare hit in a method of its own: its branches do not deoptimise this token loop.
      if (between === 'بين' || between === 'between') this.clashAt(emit, k, at);
    }
  }

  /** The clash noun ending at k (or a word qualifying it) before "بين"/"between" at `at`. */
  protected clashAt(emit: Emit, k: number, at: number): void {
    const { tokens } = this.input;
    let noun = k;
    // "اشتباكات عنيفة بين", "القصف المتبادل بين", "معارك دارت بين": up to two words qualify the
    // clash noun (adjectives, a verb of breaking out), no mention, cue or punctuation.
    while (noun > this.s && k - noun < 2 && !this.betweenNoun(noun)) {
      if (!this.clashQualifier(noun)) break;
      noun--;
    }
    const bare = bareArabicNoun(tokens.text[noun]!);
    const clash = CLASH_NOUNS.has(bare);
    if (!clash && !this.betweenNoun(noun) && !this.mutualAct(noun, at)) return;
    // A cooperative relation makes each side support the other; a truce or evacuation deal
    // between warring sides is none ("اتفاق التهدئة بين", "an evacuation deal between").
    const sign = this.cooperativeNoun(noun) ? 1 : -1;
    if (sign > 0) this.pactTermsBetween(emit, noun, at);
    if (sign > 0 && this.truceDeal(noun, at)) return;
    // "مخاطر مواجهات أكبر بين X و Y", "خشية اندلاع معارك بين": a feared clash is no deed.
    if (noun - 1 >= this.s && FEARED_BEFORE.test(tokens.text[noun - 1]!)) return;
    if (
      noun - 2 >= this.s &&
      /^(اندلاع|نشوب)$/.test(tokens.text[noun - 1]!) &&
      FEARED_BEFORE.test(tokens.text[noun - 2]!)
    )
      return;
    // "نفت روسيا وقوع اشتباكات بين", "officials fear clashes between", "لا يوجد أي سبب للعداء بين":
    // a clash or rivalry denied, feared or negated is none.
    if (this.unassertedBetween(noun)) return;
    // The first side, past a unit word ("بين عناصر X"); then the side coordinated with it.
    let j = at + 1;
    if (j < this.e && tokens.text[j] === 'the') j++;
    if (j < this.e && !this.mentionAtToken(j) && (TRANSFER_HEADS.has(tokens.text[j]!) || this.armyOfState(j)))
      j++;
    j = this.pastFirstLabel(this.pastMembersOf(j));
    const a = this.mentionAtToken(j);
    if (!a || a.kind === 'topic' || a.actor < 0) return;
    if (sign > 0 && this.pactOfMany(emit, noun, at, a)) return;
    const b = this.secondSide(a);
    if (!b || b.actor === a.actor || !this.sideJoin(a.tokEnd, b.tokStart)) return;
    // Sides grouped against a third are no opponents; but partners of a three-party pact are.
    if (sign < 0 && this.groupedSides(b)) return;
    if (!clash && !this.assertedRivalry(noun, at, b.tokEnd)) return;
    if (sign > 0 && this.settlementBetween(noun, a, b)) return;
    const hedge = this.hedged(k, b.tokStart);
    const ta = this.sideAsTarget(a);
    const tb = this.sideAsTarget(b);
    if (this.canHold(a) && tb) emit([a.actor], tb, sign, 0.6, noun, hedge);
    if (this.canHold(b) && ta) emit([b.actor], ta, sign, 0.6, noun, hedge);
  }

  /**
   * "a de-escalation zone under an agreement between Turkey Russia and Iran": the parties of a
   * pact support the course of action it frames, enemies too (a truce between them is still
   * theirs). Only an asserted pact, with its parties listed right after "between".
   */
  protected pactTermsBetween(emit: Emit, noun: number, at: number): void {
    const { tokens } = this.input;
    if (this.input.lang !== 'en' || !AGREEMENT_NOUNS.has(tokens.text[noun]!)) return;
    if (!EN_DETERMINERS.has(tokens.text[noun - 1] ?? '')) return;
    const topic = this.topicUnderPact(noun - 1);
    if (!topic || this.unassertedBetween(noun)) return;
    const j = tokens.text[at + 1] === 'the' ? at + 2 : at + 1;
    const first = this.mentionAtToken(j);
    if (!first || first.tokStart !== j || first.kind === 'topic' || !this.canHold(first)) return;
    const parties = this.coordinated(first);
    if (parties.length < 2) return;
    emit(parties, topic, topic.polarity, 0.6, topic.tokStart, this.hedged(topic.tokStart, first.tokEnd));
  }

  /**
   * "an agreement between Turkey Russia and Iran": three or more parties listed after a noun of
   * cooperation each support the others, unless a state and an armed group settle a fight among
   * them. True when the list was read so (two sides are read by clashAt).
   */
  protected pactOfMany(emit: Emit, noun: number, at: number, a: Mention): boolean {
    if (!this.canHold(a)) return false;
    const parties = this.coordinated(a);
    if (parties.length < 3) return false;
    const kinds = parties.map((p) => this.input.compiled.codebook.actors[p]!.kind);
    const settles =
      kinds.some((k) => /^(country|government)$/.test(k)) &&
      kinds.some((k) => /^(armed-group|movement)$/.test(k));
    if (settles || !this.assertedRivalry(noun, at, a.tokEnd)) return true;
    const hedge = this.hedged(noun, a.tokEnd);
    for (const p of parties)
      this.emitTowardActors(
        emit,
        [p],
        parties.filter((q) => q !== p),
        1,
        0.6,
        noun,
        a.tokStart,
        hedge,
      );
    return true;
  }

  /**
   * "اتهامات متبادلة بين", "mutual shelling between": a hostile act (a stance noun against its
   * object) that both sides do to each other.
   */
  protected mutualAct(noun: number, at: number): boolean {
    const c = this.cueAt(noun)?.cue;
    if (!c || c.kind !== 'stance' || c.polarity >= 0) return false;
    const { tokens } = this.input;
    if (this.input.lang === 'en') return this.mutualQualified(noun);
    for (let j = noun + 1; j < at; j++) if (AR_MUTUAL.test(tokens.text[j]!)) return true;
    return false;
  }

  /** "mutual accusations", "tit-for-tat attacks" (hyphens fold to spaces): the English noun at j is done by each side to the other. */
  protected mutualQualified(j: number): boolean {
    const t = this.input.tokens.text;
    if (j - 1 >= this.s && t[j - 1] === 'mutual') return true;
    return j - 3 >= this.s && t[j - 1] === 'tat' && t[j - 2] === 'for' && t[j - 3] === 'tit';
  }

  /**
   * A noun of a cooperative relation: "التعاون", "الاتفاق", "the alliance", or warm relations
   * ("تعزيز العلاقات بين", "العلاقات الاستراتيجية بين").
   */
  protected cooperativeNoun(j: number): boolean {
    const { tokens } = this.input;
    const w = tokens.text[j]!;
    if (COOPERATION_NOUNS.has(bareArabicNoun(w))) return true;
    if (this.input.lang === 'en' || !/^(ال)?علاقات$/.test(bareArabicNoun(w))) return false;
    const before = j - 1 >= this.s ? tokens.text[j - 1]! : '';
    return (
      AR_RELATIONS_BUILD.test(before) ||
      AR_WARMING.test(before) ||
      AR_WARM_RELATIONS.test(tokens.text[j + 1] ?? '')
    );
  }

  /**
   * "a deal between the regime and rebels", "اتفاق بين النظام السوري والفصائل المسلحة": a pact
   * between a state and an armed group or movement settles a fight (a surrender, an evacuation);
   * it makes no ally of either. Cooperation between them still counts.
   */
  protected settlementBetween(noun: number, a: Mention, b: Mention): boolean {
    if (!PACT_NOUNS.has(bareArabicNoun(this.input.tokens.text[noun]!))) return false;
    return this.stateAndInsurgent([a.actor, b.actor]);
  }

  /** The actors count a state (country, government) and an armed group or movement. */
  protected stateAndInsurgent(actors: number[]): boolean {
    const kinds = actors.map((a) => this.input.compiled.codebook.actors[a]!.kind);
    return (
      kinds.some((k) => /^(country|government)$/.test(k)) &&
      kinds.some((k) => /^(armed-group|movement)$/.test(k))
    );
  }

  /**
   * "التنسيق السعودي الإماراتي", "الاتفاق الروسي-التركي" (two nationality adjectives after a
   * cooperation noun), "the US-Russia deal", "Saudi-Emirati coordination" (two sides before it):
   * each side supports the other; "التوتر الروسي التركي", "الخلاف الأميركي الإيراني", "the US-Iran
   * standoff" (a noun of a hostile relation): each opposes the other. Both under the guards of a
   * relation "between" them.
   */
  protected pairedSidesRelations(emit: Emit): void {
    const { mentions } = this.input;
    const english = this.input.lang === 'en';
    for (let i = 0; i + 1 < mentions.length; i++) {
      const a = mentions[i]!;
      const b = mentions[i + 1]!;
      if (a.tokStart < this.s || b.tokStart !== a.tokEnd || b.tokEnd > this.e) continue;
      if (a.kind === 'topic' || b.kind === 'topic' || a.actor < 0 || b.actor < 0 || a.actor === b.actor)
        continue;
      if (!english && (a.kind !== 'demonym' || b.kind !== 'demonym')) continue;
      // The noun: after the sides in English, before them (past one qualifier) in Arabic.
      let noun = english ? b.tokEnd : a.tokStart - 1;
      if (!english && noun > this.s && this.clashQualifier(noun) && !this.betweenNoun(noun)) noun--;
      if (noun < this.s || noun >= this.e) continue;
      const sign = this.pairedRelationSign(noun);
      if (sign === 0) continue;
      // A hostile noun takes its sides right after it: in "اتفاق «خفض التوتر» برعاية أمريكية
      // أردنية" the adjectives name the sponsors of a pact.
      if (!english && sign < 0 && noun !== a.tokStart - 1) continue;
      const at = english ? noun + 1 : a.tokStart;
      if (sign > 0 && this.truceDeal(noun, at)) continue;
      if (this.unassertedBetween(english ? a.tokStart : noun)) continue;
      if (!this.assertedRivalry(noun, at, english ? noun + 1 : b.tokEnd)) continue;
      if (sign > 0 && this.settlementBetween(noun, a, b)) continue;
      const hedge = this.hedged(Math.min(noun, a.tokStart), b.tokEnd);
      // Adjectives and modifiers that name the parties of a relation stand for their states here.
      const ta = this.sideAsTarget(mentionWith(a, { kind: 'name', modifier: false }));
      const tb = this.sideAsTarget(mentionWith(b, { kind: 'name', modifier: false }));
      if (tb) emit([a.actor], tb, sign, 0.6, noun, hedge);
      if (ta) emit([b.actor], ta, sign, 0.6, noun, hedge);
    }
  }

  /**
   * +1 for a noun of cooperation, −1 for one of a hostile relation ("التوتر الروسي التركي") or of
   * fighting done by each side to the other ("تبادل القصف الإسرائيلي الإيراني"), 0 otherwise. A
   * war or conflict named by its sides is the war's name ("الحرب العراقية الإيرانية", mostly the
   * 1980s one), and fighting named by two agents is their joint act ("القصف السوري الروسي")
   * unless they exchange it.
   */
  protected pairedRelationSign(noun: number): number {
    const { tokens } = this.input;
    const bare = bareArabicNoun(tokens.text[noun]!);
    if (COOPERATION_NOUNS.has(bare)) return 1;
    if (WAR_NAME_NOUNS.has(bare)) return 0;
    if (RIVALRY_NOUNS.has(bare)) return -1;
    const exchanged = noun - 1 >= this.s && EXCHANGE_FORMS.test(tokens.text[noun - 1]!);
    return exchanged && CLASH_NOUNS.has(bare) ? -1 : 0;
  }

  /** A deal of truce, evacuation or exchange between warring sides, named next to its noun. */
  protected truceDeal(noun: number, at: number): boolean {
    const { tokens } = this.input;
    if (this.input.lang === 'en')
      return noun - 1 >= this.s && EN_TRUCE_QUALIFIERS.has(tokens.text[noun - 1]!);
    for (let j = noun + 1; j < at; j++) if (AR_TRUCE_QUALIFIERS.test(tokens.text[j]!)) return true;
    return false;
  }

  /**
   * A noun of fighting or of a hostile relation that takes its sides with "بين/between": a clash
   * noun, a rivalry noun ("التوتر", "الخلاف", "the rift"), or soured relations ("توتر العلاقات
   * بين", "وتوترت العلاقات بين").
   */
  protected betweenNoun(j: number): boolean {
    const { tokens } = this.input;
    const bare = bareArabicNoun(tokens.text[j]!);
    if (CLASH_NOUNS.has(bare) || RIVALRY_NOUNS.has(bare) || this.cooperativeNoun(j)) return true;
    return (
      this.input.lang === 'ar' &&
      /^(ال)?علاقات?$|^(ال)?علاقه$/.test(bare) &&
      j - 1 >= this.s &&
      AR_SOURING.test(tokens.text[j - 1]!)
    );
  }

  /**
   * Up to four words before a clash or rivalry noun deny, fear or negate it: "نفت روسيا وقوع
   * اشتباكات", "denied that clashes took place", "fear clashes between", "لا يوجد أي سبب للعداء",
   * "could spark a war between".
   */
  protected unassertedBetween(noun: number): boolean {
    const { tokens } = this.input;
    // Four words back, a name counting as one ("تحذر الأمم المتحدة من اندلاع حرب").
    for (let j = noun - 1, n = 0; j >= this.s && n < 4; j--, n++) {
      const m = this.mentionAtToken(j);
      if (m && m.tokStart < j) j = Math.max(this.s, m.tokStart);
      const w = tokens.text[j]!;
      if (isClauseMark(tokens, j)) return false;
      if (this.input.lang === 'ar' ? AR_UNASSERTED.test(w) : EN_UNASSERTED.has(w)) return true;
      if (this.isKind(j, 'negation') && w !== 'غير') return true;
    }
    // "خشية أن تتسبب الخطوة في إحداث أزمة بين": fear reaches a little further, to a clause mark.
    for (let j = noun - 5; j >= this.s && j >= noun - 7; j--) {
      if (isClauseMark(tokens, j)) break;
      if (FEARED_BEFORE.test(tokens.text[j]!) || tokens.text[j] === 'fear' || tokens.text[j] === 'fears')
        return true;
    }
    return false;
  }

  /**
   * A rivalry noun names a relation that holds: not a question ("هل نشب الخلاف بين …؟"), not a
   * dated or past war ("حرب 1967 بين العرب وإسرائيل", "the 1980s war between"), not a future or
   * possible one ("أي حرب مستقبلية بين").
   */
  protected assertedRivalry(noun: number, at: number, sidesEnd: number): boolean {
    const { tokens } = this.input;
    if (this.asksQuestion()) return false;
    for (let j = Math.max(this.s, noun - 2); j < at; j++) {
      const w = tokens.text[j]!;
      if (/[0-9٠-٩]/.test(w) || AR_UNREAL_QUALIFIERS.test(w) || EN_UNREAL_QUALIFIERS.has(w)) return false;
    }
    // "بين إيران والعراق بين عامي 1980 و1988", "بين إسرائيل وحماس في عام 2014": a dated war or rift.
    for (let j = sidesEnd; j < this.e && j < sidesEnd + 4; j++)
      if (/[0-9٠-٩]/.test(tokens.text[j]!)) return false;
    return true;
  }

  /**
   * After the second side, a grouping of sides ("بين السعودية والإمارات … من جهة وقطر من جهة
   * أخرى", "بين إيران وروسيا مع تركيا", "between A, B and C"): the two named first are no
   * opponents of each other.
   */
  protected groupedSides(b: Mention): boolean {
    const { tokens } = this.input;
    const next = tokens.text[b.tokEnd];
    if (next === 'مع' || next === 'and' || next === 'with') return true;
    if (next === 'من' && /^(جهه|ناحيه)$/.test(tokens.text[b.tokEnd + 1] ?? '')) return true;
    // A third side joined by "و": "بين السعودية والإمارات والبحرين".
    const third = this.mentionAtToken(b.tokEnd);
    return (
      third !== undefined && third.tokStart === b.tokEnd && third.kind !== 'topic' && /^و/.test(next ?? '')
    );
  }

  /**
   * Diplomatic deeds toward a state: "قطعت المغرب علاقاتها الدبلوماسية مع إيران", "تعزيز
   * العلاقات مع X" (cutting or building relations with X), "استدعت تركيا سفيرها من إسرائيل",
   * "طردت السفير الإسرائيلي", "استدعاء سفير كندا" (recalling one's envoy from X, summoning or
   * expelling X's envoy): the state that acts takes that side toward X.
   */
  protected diplomaticDeeds(emit: Emit): void {
    const { tokens } = this.input;
    // The rare hit in a method of its own: its branches do not deoptimise this token loop.
    for (let k = this.s + 1; k + 1 < this.e; k++) {
      const w = tokens.text[k]!;
      if (AR_RELATIONS.test(w) || AR_ENVOYS.test(w)) this.diplomaticDeedAt(emit, k, w);
    }
  }

  /** The relations or envoy word w at k, with the deed before it and the state it is toward. */
  protected diplomaticDeedAt(emit: Emit, k: number, w: string): void {
    const { tokens } = this.input;
    let sign = 0;
    let act = -1;
    let target: Mention | undefined;
    if (AR_RELATIONS.test(w)) {
      // The act before the relations, past a genitive holder ("قطع بلاده للعلاقات").
      act = k - 1;
      if (this.mentionAtToken(act) && act - 1 >= this.s) act = this.mentionAtToken(act)!.tokStart - 1;
      sign = AR_RELATIONS_CUT.test(tokens.text[act]!)
        ? -1
        : AR_RELATIONS_BUILD.test(tokens.text[act]!)
          ? 1
          : 0;
      if (sign === 0) return;
      let j = k + 1;
      for (let n = 0; n < 2 && j < this.e && /^ال/.test(tokens.text[j]!) && !this.mentionAtToken(j); n++) j++;
      if (tokens.text[j] === 'مع') j++;
      else if (!tokens.text[j]?.startsWith('ب')) return;
      target = this.mentionAtToken(j);
      if (target?.tokStart !== j) return;
    } else if (AR_ENVOYS.test(w)) {
      // The deed right before the envoy, or before its VSO subject ("استدعت تركيا سفيرها").
      act = k - 1;
      const subject = this.mentionAtToken(act);
      if (subject && subject.tokEnd === k) act = subject.tokStart - 1;
      if (act < this.s || !AR_ENVOY_DEEDS.test(tokens.text[act]!)) return;
      sign = -1;
      // "السفير الإسرائيلي", "سفير كندا", "القنصل العام التركي": the envoy of X; "سفيرها
      // من/في/لدى X": one's own envoy to X.
      const at = /^(العام|بالاعمال)$/.test(tokens.text[k + 1]!) ? k + 2 : k + 1;
      const next = this.mentionAtToken(at);
      if (next && next.tokStart === at) target = next;
      else if (/(ها|ه|هما|يها)$/.test(w) && /^(من|في|لدي|الي)$/.test(tokens.text[k + 1]!)) {
        const m = this.mentionAtToken(k + 2);
        if (m?.tokStart === k + 2) target = m;
      }
    } else return;
    if (!target || target.kind === 'topic' || target.actor < 0) return;
    const side = this.sideAsTarget(target);
    if (!side || this.deniedOrDemanded(act)) return;
    const holders = this.deedHolder(act);
    if (holders.length === 0) return;
    // "سفيريها من إسرائيل والولايات المتحدة": every state coordinated with the first.
    for (let t: Mention | undefined = target, i = this.input.mentions.indexOf(target); t;) {
      const tSide = this.sideAsTarget(t);
      if (tSide && !holders.includes(tSide.actor))
        emit(holders, tSide, sign, 0.6, act, this.hedged(act, t.tokStart));
      const next: Mention | undefined = this.input.mentions[++i];
      t = next && next.kind !== 'topic' && this.joinBetween(t, next) === 'and' ? next : undefined;
    }
  }

  /**
   * Who performs the deed at token k, named next to it: its VSO subject or genitive agent
   * ("قطعت المغرب", "قطع بلاده"), its SVO subject ("تركيا استدعت"), or the subject of the verb
   * announcing it ("أعلنت تركيا طرد …"). Nobody else: "بعد إعلان الأخيرة قطع علاقاتها".
   */
  protected deedHolder(k: number): number[] {
    const after = this.mentionAtToken(k + 1);
    if (after && after.tokStart === k + 1 && this.canHold(after)) return this.coordinated(after);
    // "وكانت تركيا قد استدعت": particles between the SVO subject and its verb.
    let b = k - 1;
    while (b > this.s && /^(قد|وقد|كانت|كان)$/.test(this.input.tokens.text[b]!)) b--;
    const before = b >= this.s ? this.mentionAtToken(b) : undefined;
    if (before && before.tokEnd === b + 1 && this.canHold(before) && !this.isPrepositional(before)) {
      const verb = before.tokStart - 1 >= this.s ? this.cueAt(before.tokStart - 1)?.cue : undefined;
      // "أعلنت تركيا طرد …" (the announcer acts), not "تأييدها للمغرب …" (a preposition's object);
      // "قرار المملكة بقطع …": the owner of a decision acts as well.
      if (!verb || verb.pos === 'verb' || DECIDING_LEMMAS.has(verb.lemma)) return this.coordinated(before);
    }
    // "…، وطردت السفير الإسرائيلي": a finite verb opening a coordinated clause shares its subject.
    const cue = this.cueAt(k)?.cue;
    if (
      cue?.pos === 'verb' &&
      this.input.tokens.text[k]!.startsWith('و') &&
      isClauseMark(this.input.tokens, k - 1)
    )
      return this.holderOf(k);
    return [];
  }

  /** Token j may qualify a clash noun before "بين": a plain Arabic word, no mention or cue. */
  protected clashQualifier(j: number): boolean {
    const { tokens, lang } = this.input;
    if (lang !== 'ar' || !tokens.isWord[j] || this.mentionAtToken(j)) return false;
    const kind = this.cueAt(j)?.cue.kind;
    return kind === undefined && !AR_PARTICLES.has(tokens.text[j]!) && !TIME_WORDS.has(tokens.text[j]!);
  }

  /** Only "and"/"و", commas and a unit word ("وعناصر") stand between the two sides. */
  protected sideJoin(from: number, to: number): boolean {
    let sawAnd = false;
    const english = this.input.lang === 'en';
    for (let j = from; j < to; j++) {
      const w = this.input.tokens.text[j]!;
      // "between the Daesh fighters and members of the SDF": the second side's members.
      if (english && sawAnd && this.pastMembersOf(j) > j) j = this.pastMembersOf(j) - 1;
      // "and the US-backed SDF": a label before the second side; "and Kurdish YPG": an adjective.
      else if (english && sawAnd && this.labelBefore(j, to)) continue;
      else if (w === 'and' || w === 'و') sawAnd = true;
      else if (w.startsWith('و') && (TRANSFER_HEADS.has(w.slice(1)) || (j === to - 1 && this.armyOfState(j))))
        sawAnd = true;
      // "between FSA fighters and regime forces": the first side's unit noun.
      // ("between Syrian government forces and IS": "forces", "units" too.)
      else if (this.input.lang === 'en' && j === from && (EN_KILLED_MEMBERS.has(w) || EN_KILLER_UNITS.has(w)))
        continue;
      // "between rebels and President Bashar Assad's government": a title before the second side.
      else if (sawAnd && this.input.capitalized?.[j] === 1 && isOfficeWord(w, 'en')) continue;
      else if (w !== ',' && w !== 'the' && !TRANSFER_HEADS.has(w)) return false;
    }
    return sawAnd || this.input.tokens.text[to]!.startsWith('و');
  }

  /**
   * The side named after the first, `a`: the next actor's mention, or past a label's name ("and
   * members of the US-backed SDF" fights as the SDF; sideJoin says what may stand between).
   */
  protected secondSide(a: Mention): Mention | undefined {
    const t = this.input.tokens.text;
    const side = (m: Mention, last: number): boolean =>
      m.tokStart >= a.tokEnd && m.tokStart <= last && m.kind !== 'topic' && m.actor >= 0;
    const b = this.input.mentions.find((m) => side(m, a.tokEnd + 6));
    if (this.input.lang !== 'en' || !b?.modifier) return b;
    if (!EN_BACKING_PARTICIPLES.has(t[b.tokEnd]!) && t[b.tokEnd] !== 'led') return b;
    return this.input.mentions.find((m) => side(m, b.tokEnd + 4) && m.tokStart > b.tokEnd && !m.modifier);
  }

  /**
   * "بين القوات السورية و…", "… والجيش التركي": an army word at j (with its و) before the
   * nationality adjective of a state, which names that state's forces, a side in its own right.
   */
  protected armyOfState(j: number): boolean {
    if (this.input.lang !== 'ar' || !AR_ARMY_WORDS.has(withoutConjunction(this.input.tokens.text[j]!)))
      return false;
    const m = this.mentionAtToken(j + 1);
    return m !== undefined && m.tokStart === j + 1 && m.kind === 'demonym' && m.official && !m.people;
  }

  /** Past a label before the first side at j ("between Kurdish-led Syrian Democratic Forces and …"), or j. */
  protected pastFirstLabel(j: number): number {
    const t = this.input.tokens.text;
    if (this.input.lang !== 'en') return j;
    const m = this.mentionAtToken(j);
    const end = m ? m.tokEnd : j + 1;
    const label = m ? m.modifier === true : PEOPLE_ADJECTIVES.has(t[j]!) || isDemonymWord(t[j]!);
    const participle = EN_BACKING_PARTICIPLES.has(t[end]!) || t[end] === 'led';
    return label && participle && end + 1 < this.e ? end + 1 : j;
  }

  /** Past the members' words before a side at j ("fighters from the", "members of"), or j. */
  protected pastMembersOf(j: number): number {
    const t = this.input.tokens.text;
    if (this.input.lang !== 'en' || this.mentionAtToken(j)) return j;
    if (!EN_KILLED_MEMBERS.has(t[j]!) && !EN_KILLER_UNITS.has(t[j]!)) return j;
    if (t[j + 1] !== 'of' && t[j + 1] !== 'from') return j;
    return t[j + 2] === 'the' ? j + 3 : j + 2;
  }

  /**
   * Token j, before the side at `to`, belongs to a label or an adjective of that side: a name
   * marked as a label's ("US" of "US-backed"), the participle after it, a nationality or
   * people's adjective right before the side ("Kurdish YPG"; not a first name, "Bashar Assads").
   */
  protected labelBefore(j: number, to: number): boolean {
    const m = this.mentionAtToken(j);
    if (m) return m.modifier === true;
    const t = this.input.tokens;
    if (EN_BACKING_PARTICIPLES.has(t.text[j]!) || t.text[j] === 'led')
      return this.mentionAtToken(j - 1)?.modifier === true;
    const w = t.text[j]!;
    return j === to - 1 && (PEOPLE_ADJECTIVES.has(w) || isDemonymWord(w));
  }
}

// An alliance noun without the article (folded, with و/ب/ل): تحالف، ائتلاف.
const ALLIANCE_NOUNS = /^(و|ب|ل)?(تحالف|ايتلاف)$/;

// Forming or sealing a pact: "تشكيل تحالف", "أعلنوا تحالفا", "أبرموا اتفاقا".
const PACT_FORMING =
  /^(و|ف)?(تشكيل|شكل|شكلوا|شكلا|شكلت|يشكل|تشكل|اقامه|اقام|اقاموا|اعلان|اعلن|اعلنوا|اعلنا|ابرام|ابرم|ابرموا)$/;

// "متبادلة", "المتبادل": done by each of two sides to the other (folded).
const AR_MUTUAL = /^(ال)?متبادل(ه|ين|ان)?$/;

// Nouns of deciding or announcing, whose genitive owner carries out the deed they name (lemmas).
const DECIDING_LEMMAS = new Set(['قرر', 'أعلن', 'عزم']);

// The acts that cut or build relations with a state (folded, with proclitics).
export const AR_RELATIONS_CUT =
  /^(و|ف|ب|وب|ل)?(قطع|قطعت|قطعوا|يقطع|تقطع|تجميد|جمد|جمدت|تجمد|يجمد|خفض|خفضت|تخفيض|انهاء)$/;

export const AR_RELATIONS_BUILD =
  /^(و|ف|ل|ب|وب)?(اقامه|اقام|اقامت|استيناف|استانف|استانفت|تطبيع|طبع|طبعت|تعزيز|عزز|عززت|يعزز|تعزز|تطوير|توطيد|وطد|وطدت|اعاده|تحسين)$/;

// Summoning, recalling or expelling envoys (folded).
const AR_ENVOY_DEEDS =
  /^(و|ف)?(استدعي|استدعت|استدعوا|يستدعي|تستدعي|استدعاء|باستدعاء|طرد|طردت|طردوا|يطرد|تطرد|بطرد|سحب|سحبت|بسحب)$/;

// Souring relations before "العلاقات بين" (folded): "توتر العلاقات", "وتوترت العلاقات", "تدهور".
const AR_SOURING = /^(و|ف|ب|ل)?(توتر|توترت|تتوتر|تدهور|تدهورت|تتدهور|تازم|تازمت|فتور|قطع|قطيعه)$/;

// Warming relations before "العلاقات بين" (folded): "تحسن العلاقات", "تقارب", "دفء".
const AR_WARMING = /^(و|ف|ب|ل)?(تحسن|تحسنت|تتحسن|تطور|تطورت|دفء|متانه|قوه|عمق)$/;

// Warm relations after the noun (folded): "العلاقات الاستراتيجية بين", "العلاقات الوثيقة بين".
const AR_WARM_RELATIONS = /^(ال)?(استراتيجيه|وثيقه|متميزه|قويه|متينه|جيده|طيبه|اخويه|ممتازه|وطيده|حميمه)$/;

// Nouns of a pact, which enemies too may seal (folded, without clitics).
const PACT_NOUNS = new Set(['الاتفاق', 'اتفاق', 'الاتفاقيه', 'اتفاقيه', ...AGREEMENT_NOUNS, 'pact']);

// What a truce stops (folded): "وقف إطلاق النار", "وقف القتال", "وقف الأعمال العدائية".
const AR_FIGHTING =
  /^(اطلاق|القتال|الاعمال|العمليات|الاشتباكات|المعارك|الحرب|التصعيد|الهجمات|الغارات|القصف)$/;
// Captives exchanged between enemies (folded): "تبادل الأسرى", "تبادل الجثث".
const AR_EXCHANGED_CAPTIVES = /^(ال)?(اسري|اسرى|محتجزين|معتقلين|جثث|رهاين|رهائن)$/;

// Participles between the hyphenated parties and their pact: "a US-Russian brokered truce", "the US-Russia-led truce".
const JOINT_PACT_PARTICIPLES = new Set(['brokered', 'sponsored', 'led']);

const EN_TRUCE_QUALIFIERS = new Set([
  ...EN_TRUCE_NOUNS,
  'evacuation',
  'cease-fire',
  'swap',
  'exchange',
  'surrender',
  'prisoner',
  'local',
]);

// Denial, fear, prevention or absence before a clash, rivalry or cooperation noun (folded,
// with proclitics).
const AR_UNASSERTED =
  /^(و|ف|ل)?(نفي|نفت|نفوا|ينفي|تنفي|ينفون|نفيه|نفيها|نافيا|نافيه|يخشي|تخشي|خشي|خشيت|مخاوف|تجنب|تجنيب|منع|الحيلوله|احتمال|امكانيه|تهدد|يهدد|يهددان|سوف|حذر|حذرت|يحذر|تحذر|حذروا|تحذير|محذرا|محذره|يخاطر|تخاطر|مخاطره|كادت|كاد|غيوم|شبح|طبول|بوادر)$/;

const EN_UNASSERTED = new Set([
  'deny',
  'denies',
  'denied',
  'denying',
  'fear',
  'fears',
  'feared',
  'fearing',
  'risk',
  'risks',
  'avoid',
  'avert',
  'prevent',
  'possible',
  'potential',
  'possibility',
  'could',
  'would',
  'might',
  'may',
  'threatens',
  'threatening',
  'warned',
  'warns',
  'warning',
]);

// A rivalry qualified as future, possible or new: "حرب مستقبلية", "مواجهة محتملة", "a new war".
const AR_UNREAL_QUALIFIERS = /^(ال)?(مستقبليه|محتمله|مقبله|وشيكه|جديده|شامله|اي)$/;

// ("a proposed deal between", "a planned ceasefire": a pact not yet made is a prediction.)
const EN_UNREAL_QUALIFIERS = new Set([
  'future',
  'possible',
  'potential',
  'proposed',
  'planned',
  'draft',
  'new',
  'wider',
  'any',
  'all-out',
]);

// Words of risk and fear before a clash noun (folded): "مخاطر مواجهات", "خشية اندلاع معارك".
const FEARED_BEFORE = /^(و|ب|من)?(مخاطر|خطر|احتمال|احتمالات|مخاوف|خشيه|تخوف|تخوفا|خوفا|تجنب|لتجنب|منع|لمنع)$/;
