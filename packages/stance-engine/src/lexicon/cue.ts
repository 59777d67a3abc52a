// What a cue word contributes to a stance.

export type CueKind =
  /** Takes a position toward what follows: support, reject, call for, warn against … */
  | 'stance'
  /** Evaluates a neighbouring target: "terrorist", "war crimes", "a great man". */
  | 'evaluative'
  /** "describe/term/call X as Y": polarity comes from a nearby evaluative word. */
  | 'describe'
  /** Reporting verb or phrase: said, according to, قال، بحسب. */
  | 'speech'
  | 'negation'
  | 'hedge'
  /** Marks a conditional, undecided or balanced position. */
  | 'condition'
  /** Complementizer after which reported words start: that, إن/أن. */
  | 'complementizer'
  /** Relative that points back to an earlier clause: "وهو ما", "which". */
  | 'relative'
  /** Preposition: a mention right after it is not a subject. */
  | 'preposition'
  /** Third-person pronoun standing for an earlier actor. */
  | 'pronoun';

export interface Cue {
  kind: CueKind;
  /** +1 support, -1 oppose, 0 none. */
  polarity: 1 | -1 | 0;
  /** 0..1, how strongly the word commits the holder. */
  strength: number;
  /** Verbs can head a clause (VSO subject follows in Arabic); nouns take a genitive holder. */
  pos: 'verb' | 'noun' | 'other';
  /** Lemma, for debugging and tests. */
  lemma: string;
  /** Spelled like both a verb and its verbal noun (دعم، رفض): read as a verb at clause start. */
  verbNoun?: boolean;
  /** An active participle (رافض، مؤيد، داعيا): attributive after a noun, circumstantial after a comma. */
  participle?: boolean;
  /** English phrasal cue matched with the particle after it ("side with", "stand by"): the particle heads its object. */
  particle?: boolean;
  /**
   * How many words after the cue word its phrase takes: 1 for a particle ("side with"), more for
   * a longer phrase ("stand up to", "distanced himself from"), whose last word heads the object.
   */
  span?: number;
}

// Kinds parsed from the word lists are fresh strings, the literals interned ones: V8 compares
// an interned string with a literal by pointer, and a fresh one at such a comparison
// deoptimises the analyser.
const KIND_LITERALS: Record<CueKind, CueKind> = {
  stance: 'stance',
  evaluative: 'evaluative',
  describe: 'describe',
  speech: 'speech',
  negation: 'negation',
  hedge: 'hedge',
  condition: 'condition',
  complementizer: 'complementizer',
  relative: 'relative',
  preposition: 'preposition',
  pronoun: 'pronoun',
};

/**
 * Every cue is built here, with every field in one order. The analysis reads cues at hundreds
 * of places, and V8 keeps those reads fast only while they see few object shapes: built as
 * literals and spreads, the lexicons' cues had 127 shapes, which made the first pass over a
 * corpus deoptimise and recompile the analyser again and again.
 */
export function makeCue(fields: Cue): Cue {
  return {
    kind: KIND_LITERALS[fields.kind],
    polarity: fields.polarity,
    strength: fields.strength,
    pos: fields.pos,
    lemma: fields.lemma,
    verbNoun: fields.verbNoun ?? false,
    participle: fields.participle ?? false,
    particle: fields.particle ?? false,
    span: fields.span ?? (fields.particle ? 1 : 0),
  };
}

/** A cue read at one token: the lexicon's cue and what the word's form adds to it. */
export interface TokenCue {
  cue: Cue;
  /** Arabic verb with an attached object pronoun (ترفضه): the object is mentioned elsewhere. */
  objectPronoun: boolean;
  /** An attached pronoun was peeled off the word (also from a verb/noun homograph: وصفها، رفضه). */
  pronounSuffix: boolean;
}

/** Builds a token's cue, every field in one order (one shape, as for cues). */
export function tokenCue(cue: Cue, objectPronoun = false, pronounSuffix = false): TokenCue {
  return { cue, objectPronoun, pronounSuffix };
}

/** The lemma of Arabic pressure put on someone for a purpose ("ضغط على X لوقف …"), a directive. */
export const PRESSED_LEMMA = 'ضغط لـ';

// Verbs addressed to someone ("urged Trump to …", "حث ترامب على …"): the person right after
// them is the addressee, not the object of a position.
const DIRECTIVE_LEMMAS = new Set([
  'يجب',
  'ينبغي',
  'حث',
  'ناشد',
  'طالب',
  'دعا',
  'طلب',
  'حذر',
  // "شجع الشباب على …": the one encouraged is addressed, what he is encouraged to do is backed.
  'شجع',
  'urge',
  'call',
  'ask',
  'press',
  'warn',
  'demand',
  'request',
  'push',
  'pressure',
  // "الضغط على X لـ…": pressure for a purpose (extract/cues.ts).
  PRESSED_LEMMA,
]);
// Verbs whose object, when it is a course of action, is endorsed ("هدد بالانسحاب" = means to withdraw,
// "توعد بالقصاص" = vows retribution); people after them are threatened.
const THREAT_LEMMAS = new Set(['هدد', 'توعد', 'لوح', 'threaten']);

// Deeds on things, not on people: "increased its troops", "launched an operation".
const ACTION_ONLY_LEMMAS = new Set([
  'كثف',
  'واصل',
  'صعد',
  'وسع',
  'مدد',
  'استأنف',
  'أعاد',
  'resume',
  'extend',
  'خروج',
  'رحيل',
  'مغادرة',
  'إنهاء',
  'expulsion',
  'departure',
  'exit',
  'انسحب',
  // "بدأت القوات التركية هجومها": beginning an act is doing it; one begins acts, not people.
  'بدأ',
  'شرع',
  'withdraw',
  'quit',
  'زاد',
  'عزز',
  'نشر',
  'أرسل',
  'شن',
  'أطلق',
  'فرض',
  'نفذ',
  'عمل',
  'استمر',
  'سعى',
  'قلص',
  'خفض',
  'أوقف',
  'increase',
  'boost',
  'reinforce',
  'deploy',
  'expand',
  'send',
  'launch',
  'impose',
  'establish',
  'conduct',
  'step',
  'intensify',
  'escalate',
  'continue',
  'keep',
  'halt',
  'stop',
  'suspend',
  // "called on Russia to lift the siege": one lifts a siege or sanctions, not a side.
  'lift',
  // "announced the deal": one announces acts, not people.
  'announce',
  // "allowed rebels to leave" lets people go; it takes no side with them.
  'allow',
  'permit',
  'facilitate',
  // Taking part in, signing or carrying out a course of action: "signed the deal", "attended
  // the talks", "pulled out of the talks" (not "attended Assad's swearing-in" toward Assad).
  'sign',
  'ratify',
  'participate',
  'take part in',
  'attend',
  'offer',
  'implement',
  'honour',
  'honor',
  'pursue',
  'negotiate',
  'revive',
  'put',
  'press ahead with',
  'push ahead with',
  'go ahead with',
  'work',
  'pull out of',
  'walk out of',
  'drop out of',
  'renege',
  'stay away from',
]);
// Words of readiness and intent: they take a side on a course of action, or on a person through
// the act they are ready for ("ready to join Russia"), never on a person right after a plain
// verb ("eager to portray Democrats as …"). Unlike deeds (above), negation does not reach
// through them to the act: "not ready to sign" is negated once, at "ready".
const COURSE_ONLY_LEMMAS = new Set([
  'ready',
  'willing',
  'prepared',
  'keen',
  'eager',
  'determined',
  'readiness',
  'willingness',
  'determination',
  'unwilling',
  'unwillingness',
  'intention',
  'participation',
  // Arabic: استعداده لـ، مستعد لـ.
  'استعداد',
  'مستعد',
]);
// Nouns whose following genitive is the one holding the position (مواقف الحزب، مقترح أردوغان),
// unlike action nouns whose genitive is their object (دعم قطر، إدانة الهجوم). Verbal nouns whose
// object takes a preposition belong here too: "اعتراض إسرائيل على", "ترحيب الحكومة بـ".
const HOLDER_GENITIVE_LEMMAS = new Set([
  'اعترف',
  'اعترض',
  'رحب',
  'ندد',
  'استنكر',
  'استهجن',
  'احتج',
  // "تطاوله على رئيس الجمهورية": who insults is the genitive, the insulted comes with على.
  'تطاول',
  'موقف',
  'مواقف',
  'اقترح',
  'قرر',
  'قلق',
  'مخاوف',
  'أسف',
  'عزم',
  // "لعدم التحاق الحوثيين بالمشاورات": the genitive is who joins.
  'التحق',
  'رغب',
  'أصر',
  'تمسك',
  'التزم',
  'حليف',
  'حلفاء',
  'شريك',
  'أنصار',
  'صرح',
  // "تهديدات إيران للسعودية": a threat's genitive is who threatens.
  'هدد',
  // "استهزاؤه بـ …"، "انشقاقه عن الجيش": the genitive is who mocks or breaks away.
  'استهزأ',
  'تهجم',
  'انشق',
  // "امتنان الكويت لـ …", "ارتياح الأردن لـ …": whose gratitude, relief or dismay it is.
  'استغرب',
  'ارتاح',
  'امتن',
]);

// Verbs whose "من" introduces what they are against ("حذر من", "انسحب من").
const FROM_TARGET_LEMMAS = new Set([
  'حذر',
  'قلق',
  'مخاوف',
  'أسف',
  'تحفظ',
  'تخوف',
  'خشي',
  'انزعج',
  'استاء',
  'امتعض',
  'تبرأ',
  'تنصل',
  // Complaining of X: "تشكو تركيا من مقاتلين …".
  'اشتكى',
  'شكا',
  // "استغرابه من الموقف": what puzzles one follows من.
  'استغرب',
  'warn',
  // "recaptured the town from X": what is taken from X is taken against X.
  'capture',
  'seize',
  'recapture',
  'retake',
  'wrest',
  'liberate',
  // "حررت القوات الموصل من داعش", "استعادت السيطرة على المدينة من الحوثيين".
  'حرر',
  'استعاد',
]);

// Taking ground: the thing taken is no side; only what it is taken from is ("تحرير العراق" is
// no position on Iraq, "تحرير الموصل من داعش" is one on ISIS).
const TAKE_FROM_ONLY_LEMMAS = new Set(['حرر', 'استعاد', 'wrest', 'liberate']);

export function takesOnlyFrom(cue: Cue): boolean {
  return TAKE_FROM_ONLY_LEMMAS.has(cue.lemma);
}

export function takesFromTarget(cue: Cue): boolean {
  return FROM_TARGET_LEMMAS.has(cue.lemma);
}

/**
 * After a noun of fear or dismay, من names what it is about (قلقها من X، استياءه من X); after other
 * nouns, warnings included, it names their source (دعم من X، تحذير من X).
 */
export function nounFromIsTarget(cue: Cue): boolean {
  return takesFromTarget(cue) && !isWarning(cue);
}

// Leaving office: a call for X to do it opposes X ("called for Assad to step down").
const RESIGN_LEMMAS = new Set(['resign', 'تنحى', 'استقال', 'resignation', 'ouster', 'removal', 'downfall']);

export function isResignation(cue: Cue, next: string | undefined): boolean {
  return RESIGN_LEMMAS.has(cue.lemma) || (cue.lemma === 'step' && (next === 'down' || next === 'aside'));
}

// Clashing: "مع/with" names the other side, not a partner (اشتباكات مع حزب العمال).
const CLASH_LEMMAS = new Set(['اشتبك']);

export function isClash(cue: Cue): boolean {
  return CLASH_LEMMAS.has(cue.lemma);
}

// A decision or proposal noun whose genitive is its owner: reacting to it reacts to the owner.
const DECISION_LEMMAS = new Set(['قرر', 'اقترح', 'موقف', 'مواقف']);

// Verbs (and their verbal nouns) reacting to what someone said, decided or proposed: rejecting,
// condemning or criticising it opposes its author, welcoming or praising it supports him
// ("رفضت السعودية الوساطة التركية", "رحب بقرار ترامب").
const REACTION_LEMMAS = new Set([
  'رفض',
  'عارض',
  'أدان',
  'دان',
  'ندد',
  'استنكر',
  'شجب',
  'انتقد',
  'هاجم',
  'اعترض',
  'تحفظ',
  'استاء',
  'امتعض',
  'انزعج',
  'تبرأ',
  'تنصل',
  'استهجن',
  'ألغى',
  'طعن',
  'رحب',
  'أيد',
  'دعم',
  'ساند',
  'أشاد',
  'شكر',
  'امتدح',
  'أثنى',
  'ثمن',
  'مدح',
  'بارك',
  'وافق',
  'يقبل',
  'تبنى',
  'احترم',
  // Refuting or renouncing what someone claimed or did: "دحض المزاعم القطرية".
  'دحض',
  'نبذ',
]);

export function isReaction(cue: Cue): boolean {
  return REACTION_LEMMAS.has(cue.lemma);
}

export function isDecision(cue: Cue): boolean {
  return DECISION_LEMMAS.has(cue.lemma);
}

export function isActionOnly(cue: Cue): boolean {
  return ACTION_ONLY_LEMMAS.has(cue.lemma);
}

/** A word of readiness or intent, whose object is a course of action, not a person. */
export function isCourseOnly(cue: Cue): boolean {
  return COURSE_ONLY_LEMMAS.has(cue.lemma);
}

// Arabic verbs whose object takes a preposition (دعا إلى، طالب بـ، رحب بـ، حذر من): a bare noun
// right after one is its subject ("يدعو القرار إلى …"), never its object.
const PREPOSITIONAL_OBJECT_LEMMAS = new Set([
  'دعا',
  'طالب',
  'رحب',
  'ناشد',
  'تمسك',
  'التزم',
  'أشاد',
  'ندد',
  'حذر',
  'اعترض',
  'احتج',
  'تطاول',
  'اشتكى',
  'شكا',
  'استهزأ',
  'انشق',
  'اعتدى',
  'تهجم',
]);

export function takesPrepositionalObject(cue: Cue): boolean {
  return PREPOSITIONAL_OBJECT_LEMMAS.has(cue.lemma);
}

// Verbs whose عن introduces what they take a side on: "دافع عن X" defends X, "انشق عن X" breaks
// away from X.
const ABOUT_TARGET_LEMMAS = new Set(['دافع', 'انشق']);

export function takesAboutTarget(cue: Cue): boolean {
  return ABOUT_TARGET_LEMMAS.has(cue.lemma);
}

// Protesting and complaining: "against" after them names what they are against ("احتجت ضد X",
// "اشتكت الإمارات رسميا ضد قطر"), one position, not a protest against a stance against X.
const COMPLAINT_LEMMAS = new Set(['احتج', 'اشتكى', 'شكا']);

export function isComplaint(cue: Cue): boolean {
  return COMPLAINT_LEMMAS.has(cue.lemma);
}

export function takesHolderGenitive(cue: Cue): boolean {
  return HOLDER_GENITIVE_LEMMAS.has(cue.lemma);
}

export function isDirective(cue: Cue): boolean {
  return DIRECTIVE_LEMMAS.has(cue.lemma);
}

/** Polarity of the cue toward a course of action (topic phrase), as opposed to a person. */
export function actionPolarity(cue: Cue): 1 | -1 | 0 {
  return THREAT_LEMMAS.has(cue.lemma) ? 1 : cue.polarity;
}

// Verbs of taking ground, a kind of force (FORCE_LEMMAS) with its own object rule (isGroundTaking).
const GROUND_TAKING = [
  'capture',
  'seize',
  'recapture',
  'retake',
  'overrun',
  'wrest',
  'liberate',
  'take control of',
  'regain control of',
];

// Acts of force: what they govern ("strikes against X", "غارات على X") is their target too, so
// they do not compose as a negation the way "accuse X of helping Y" does.
const FORCE_LEMMAS = new Set([
  'strike',
  'hit',
  'bomb',
  'shell',
  'target',
  'attack',
  // "condemned the assault on X": the assault's object is its victim, as an attack's is.
  'assault',
  'pound',
  'raid',
  'storm',
  'bombard',
  'fight',
  // Taking ground from someone: "captured the town from X", "villages held by X were seized".
  ...GROUND_TAKING,
  'lay siege to',
  // "advanced into regime-held districts": moving on someone's ground.
  'advance',
  // Falling on someone by surprise: "the army ambushed a group of X fighters".
  'ambush',
  // Shooting and burning: "opened fire on X", "set fire to X's offices", "torched".
  'fire',
  'shoot',
  'burn',
  'torch',
  'ransack',
  'destroy',
  'قصف',
  // "أسقطت تركيا طائرة روسية": bringing down an aircraft.
  'أسقط',
  'استهدف',
  'هاجم',
  'ضرب',
  'دك',
  'اقتحم',
  // Raiding someone's premises, pelting troops with stones.
  'داهم',
  'رشق',
  'حارب',
  'قاتل',
  'أضرم',
  'أشعل',
  'أحرق',
  'النار',
  'صواريخ',
]);

// Launching or waging a named course of action ("العملية التي أطلقها الجيش"، "الحملة التي يشنها
// النظام"، "ينفذها"): the one who launches it holds it.
const LAUNCH_LEMMAS = new Set(['شن', 'أطلق', 'نفذ']);

export function isLaunch(cue: Cue): boolean {
  return LAUNCH_LEMMAS.has(cue.lemma);
}

export function isForce(cue: Cue): boolean {
  return FORCE_LEMMAS.has(cue.lemma);
}

// Taking ground: its object is a place or the side that held it, never a course of action
// ("retook the city following a ferocious assault", "captured Jisr al-Shughour … part of a
// wider offensive": the offensive is the act's own frame).
const GROUND_TAKING_LEMMAS = new Set(GROUND_TAKING);

export function isGroundTaking(cue: Cue): boolean {
  return GROUND_TAKING_LEMMAS.has(cue.lemma);
}

// Joining: "انضم إلى X", "التحق بـX" take X's side, though إلى otherwise introduces no target;
// the bare genitive is the one who joins ("انضمام X إلى …"). Siding with X ("اختار الانحياز إلى
// صف إيران", "انحازت للمقاومة") is read the same way.
const JOIN_LEMMAS = new Set(['انضم', 'التحق', 'انحاز']);

export function isJoining(cue: Cue): boolean {
  return JOIN_LEMMAS.has(cue.lemma);
}

export function isWarning(cue: Cue): boolean {
  return cue.lemma === 'حذر' || cue.lemma === 'warn';
}

// Relations that hold both ways: an alliance or cooperation of A with B is also B's with A.
const MUTUAL_LEMMAS = new Set([
  'تحالف',
  'تعاون',
  // "نسقت الولايات المتحدة مع الحكومة السعودية": coordinating with a side is cooperating with it
  // (the verb only: "بالتنسيق مع" is mostly a manner of an act whose agent is not named).
  'نسق',
  'اتفق',
  'ally',
  'cooperate',
  // "to coordinate with Egypt in the fight against terrorism": working together, as the Arabic نسق.
  // ("work with" is not mutual: its lemma also takes "toward", "to".)
  'coordinate',
  // "Iran coordinates closely with Russia", "works closely with X": the adverb phrases are
  // cooperation, both ways (bare "work with" is not: see above).
  'cooperate closely with',
  'coordinate closely with',
  'work closely with',
  // "Russia and Turkey agreed on …", "agreed with X": an agreement binds its parties.
  'agree',
  'alliance',
  'coalition',
  'partnership',
  // Fighting each other: "X clashed with Y" is hostile both ways.
  'clash',
  'skirmish',
]);

export function isMutual(cue: Cue): boolean {
  return MUTUAL_LEMMAS.has(cue.lemma);
}

// Fighting someone is a fight with them: "X has been battling Y" is hostile both ways. (Not a
// mutual lemma: "fighting terrorism" still governs the course of action after it.)
const COMBAT_LEMMAS = new Set(['fight', 'battle', 'combat']);

export function isCombat(cue: Cue): boolean {
  return COMBAT_LEMMAS.has(cue.lemma) && cue.polarity < 0;
}

/** A verb of fighting, either side ("fought against", "fought alongside"). */
export function isCombatLemma(cue: Cue): boolean {
  return COMBAT_LEMMAS.has(cue.lemma);
}

// Attack nouns listed as words of their own (their lemma is the word).
const ATTACK_NOUN_LEMMAS = new Set([
  'غارات',
  'غارة',
  'ضربات',
  'ضربة',
  'هجمات',
  'غاراتها',
  'ضرباتها',
  'هجماتها',
]);

/** An act of force, as a verb or as a noun (قصف، هجوم، غارات, strike, attack). */
export function isAttack(cue: Cue): boolean {
  return FORCE_LEMMAS.has(cue.lemma) || ATTACK_NOUN_LEMMAS.has(cue.lemma);
}
