// English cue lexicon. Verbs are listed by lemma (with irregular forms where needed) and
// inflected in code; a cue may require a following particle ("call for", "warn against").
import { makeCue, type Cue, type CueKind } from './cue.js';

export interface EnglishCueEntry {
  /** None for a phrase that is no cue although its first word is one ("backed off"). */
  cue: Cue | undefined;
  /** The next word must be one of these for the cue to fire (e.g. "for" after "call"). */
  next?: string[];
  /** The words after that, one list of alternatives per word ("stand up to": next up, then to). */
  then?: string[][];
}

// Slots of a multiword cue that stand for a closed class: "distanced himself from", "threw
// their weight behind".
const SLOTS: Record<string, string[]> = {
  '~self': ['himself', 'herself', 'itself', 'themselves', 'ourselves', 'myself', 'yourself', 'yourselves'],
  '~poss': ['his', 'her', 'its', 'their', 'our', 'my', 'your'],
  // "dealt a major blow to X", "inflicted heavy losses on X".
  '~heavy': [
    'major',
    'heavy',
    'severe',
    'serious',
    'big',
    'huge',
    'significant',
    'crushing',
    'painful',
    'decisive',
    'fatal',
    'further',
    'fresh',
    'new',
    'devastating',
    'strong',
  ],
};

/** The most words a cue phrase takes after its first ("spoke out in support of"). */
export const MAX_CUE_SPAN = 4;

/** "up", "to,for", "~self", "all,~poss" → the words a slot accepts. */
function slotWords(slot: string): string[] {
  return slot.split(',').flatMap((x) => SLOTS[x] ?? [x]);
}

/** The lemma of a multiword cue: its fixed words ("distance from"), slots left out. */
function phraseLemma(head: string, slots: string[]): string {
  if (slots.length < 2) return head;
  return [head, ...slots.filter((x) => !(x in SLOTS)).map((x) => x.split(',')[0])].join(' ');
}

// lemma[/past[/participle]] [+particle,particle] — polarity and strength per block.
// ("avoid" is no cue: "avoid or minimize civilian casualties" shares a pro phrase's object.)
// ("eliminate" is no cue: "a plan to eliminate Syria's chemical weapons and could avert military
// intervention" removes arms, and its negation composes with the next cue.)
// ("arrest" and "detain" are no cues: news writes them in the passive, "feared her sons would be
// arrested or forced to join the regime forces", where the complement lends a stance to no one.)
// ("rival" is no cue: "its rival the Islamic State", "expelled rival rebels" name a rivalry whose
// holder the nearest subject is not. Nor is a bare "foil", mostly a noun ("an old foil"); its
// other forms and "to foil" are the verb: "foiled an attack by X".)
const STANCE = `
+ 0.9 : support back endorse favor favour champion
+ 0.85 : welcome/welcomed praise hail applaud commend laud salute thank congratulate
+ 0.85 : call/called+for,on,upon urge demand insist+on,that advocate+for push+for press+for
+ 0.8 : defend uphold/upheld embrace approve ally+with side+with stand/stood+by,with join+with
+ 0.75 : broker mediate task appoint join cooperate+with coordinate+with recognize recognise safeguard accept agree+to,on,with,a,an adhere+to abide+by comply+with commit+to pledge promise vow sponsor fund arm nominate propose
+ 0.7 : intend plan+to decide/decided+to
+ 0.8 : admire appreciate
+ 0.85 : rally+behind,around,round tout extol/extolled espouse acclaim vouch+for cheer
+ 0.7 : sympathize+with sympathise+with
+ 0.6 : seek/sought want ask request maintain preserve protect respect keep/kept+up continue vote+for celebrate guarantee allow permit/permitted facilitate
+ 0.5 : resume extend establish conduct impose/imposed launch step+up intensify escalate increase boost reinforce deploy expand send/sent tighten assist
+ 0.6 : bolster shore+up
+ 0.75 : prop/propped+up
- 0.9 : reject refuse oppose condemn denounce decry deplore
- 0.85 : critique criticize criticise slam blast lambast accuse blame boycott veto protest+against,over
- 0.85 : chide rebuke scold berate bash assail excoriate castigate deride ridicule mock fault lash+out rail+against hit/hit+back,out
- 0.85 : insult disparage belittle denigrate vilify demonize demonise taunt lampoon pillory
- 0.85 : disavow repudiate rebuff spurn snub shun scorn chastise chastize censure reprimand admonish upbraid malign impugn discredit demean disown ostracize ostracise blacklist lambaste
- 0.8 : crack+down clamp+down feud+with rip hammer
- 0.8 : warn+against,of,that threaten attack sanction obstruct block resist fight/fought+against object+to
- 0.7 : thwart foil fend+off undercut rip+into challenge dispute refute cancel scrap freeze/froze/frozen postpone undermine sabotage derail bury expel evict remove oust impeach violate breach sever break/broke/broken cut+off,ties halt stop suspend lift abandon withdraw/withdrew/withdrawn quit ban dismiss exclude expel denounce
+ 0.7 : fight/fought+alongside,for battle+alongside
+ 0.7 : fight/fought+on+the+side+of intervene+on+the+side+of stand/stood+on+the+side+of
- 0.6 : prevent avert
- 0.6 : fight/fought battle combat
- 0.7 : defeat repel/repelled repulse rout crush victory+over,against eradicate annihilate exterminate wipe+out root+out stamp+out
- 0.6 : assault bomb shell strike/struck hit/hit target oust topple punish pound raid storm besiege bombard drive/drove+out encircle ambush overthrow/overthrew/overthrown
- 0.6 : take/took/taken+control+of regain+control+of lay/laid+siege+to
- 0.6 : capture seize/seized recapture retake/retook/retaken overrun/overran advance+into,on,upon,towards,toward,inside wrest liberate
- 0.6 : fire+at,on,upon,to,back shoot/shot+at,on,down burn/burned torch ransack destroy
- 0.7 : clash+with skirmish+with
- 0.8 : step/stepped+down,aside resign
+ 0.85 : stand/stood+up+for line+up+behind pay/paid+tribute,homage+to heap+praise+on
+ 0.85 : come/came/come+out+for,behind come/came/come+out+in+favour,favor,support+of
+ 0.85 : come/came/come+to+the+defense,defence+of rush+to+the+defense,defence+of
+ 0.75 : give/gave/given+the+green+light+to
- 0.8 : stand/stood+up+to push+back+on,against,at speak/spoke/spoken+out+against
- 0.75 : sever+ties,relations+with sever+diplomatic,all,~poss+ties,relations+with cut+ties,relations+with cut+diplomatic,all,~poss+ties,relations+with break/broke/broken+off+ties,relations+with
+ 0.6 : restore+ties,relations+with restore+diplomatic,full,~poss+ties,relations+with normalize+ties,relations+with normalise+ties,relations+with mend+ties,relations+with improve+ties,relations+with strengthen+ties,relations+with deepen+ties,relations+with
- 0.7 : distance+~self+from break/broke/broken+ranks+with break/broke/broken+with part+ways+with fall/fell/fallen+out+with
- 0.7 : turn+~poss+back+on pour+cold+water+on back+away+from
+ 0.85 : speak/spoke/spoken+out+in+favour,favor,support,defense,defence+of speak/spoke/spoken+highly+of
+ 0.8 : join/joined+forces+with team+up+with
+ 0.75 : cooperate+closely,fully+with coordinate+closely,fully+with work+closely,together+with
+ 0.75 : sign+off+on sign+on+to
+ 0.8 : align+~self+with ally/allied+~self+with
+ 0.85 : lobby+for campaign+for advocate
+ 0.75 : sign ratify put/put/put+forward press/pressed+ahead+with push+ahead+with go/went/gone+ahead+with
+ 0.7 : promote honour honor believe+in
+ 0.6 : participate+in take/took/taken+part+in attend offer hope+for,to work+toward,towards,to strive/strove+for,to
+ 0.6 : pursue implement negotiate revive prefer
- 0.8 : renege+on
- 0.7 : pull+out+of walk+out+of drop+out+of stay/stayed+away+from balk+at backtrack+on
- 0.7 : dissociate+~self+from disassociate+~self+from
- 0.85 : go/went/gone+after tear/tore/torn+into turn+down vote+down
- 0.8 : take/took/taken+issue+with
- 0.7 : walk+away+from strike/struck/stricken+down pull+the+plug+on throw/threw/thrown+cold+water+on
- 0.7 : deal/dealt+a,an+blow,setback+to deal/dealt+a,an+~heavy+blow,setback+to inflict+losses,casualties,defeat+on,upon inflict+~heavy+losses,casualties,defeat+on,upon inflict+a,an+~heavy+defeat+on,upon
`;

// Phrases whose first word alone would be a cue: "backed off the proposal", "backed down",
// "backed out of the deal" and "backed away" retreat from a position, they back nothing.
const NOT_CUES = 'back+off,down,out,away sign+of negotiate+with';

const DESCRIBE = 'describe termed labelled labeled branded dubbed call/called';
const SPEECH =
  'consider say/said tell/told add state announce declare stress note argue claim insist affirm confirm assert tweet write/wrote reiterate explain emphasize emphasise underline reaffirm';

// The adjectives of a position, each with its own preposition ("hostile to", "wary of"); bare
// "friendly"/"hostile" name no side ("friendly fire", "hostile takeover"). "loyal to", "allied
// to" and "aligned with" are no cues: mostly after a noun they label ("fighters loyal to
// Assad", "rebel groups allied to Ankara"), and the holder found is then another actor.
const WORDS = `
stance + 0.85 : backer backers supporter supporters ally allies proponent friend partner support backing
stance + 0.8 : solidarity+with alliance+with coalition+with partnership+with cooperation+with coordination+with
stance - 0.85 : criticism+of criticisms+of critique+of critiques+of
stance + 0.85 : weight+behind endorsement+of,for admirer admirers defender+of defenders+of
stance - 0.8 : adversary adversaries detractor detractors nemesis
stance - 0.8 : hostile+to,toward,towards antagonistic+to,toward,towards wary+of suspicious+of distrustful+of skeptical+of sceptical+of resentful+of dismissive+of contemptuous+of loggerheads+with
stance + 0.8 : supportive+of sympathetic+to,toward,towards friendly+to,toward,towards receptive+to advocate+of advocates+of champion+of champions+of
stance - 0.8 : crackdown+on,against finger+at odds+with defiance+of
stance - 0.7 : war+on
stance - 0.8 : critical+of jab+at jabs+at swipe+at swipes+at aim+at against opponent opponents critic critics enemy foe sanctions condemnation rejection opposition
stance - 0.6 : offensive+on offensives+on onslaught+on,against
stance - 0.6 : concern concerns regret
stance - 0.75 : appalled+by,at horrified+by,at dismayed+by,at,over outraged+by,at,over outrage+at,over,against dismay+at,over
stance - 0.6 : expulsion departure exit ouster removal end resignation downfall withdrawal pullout lifting
stance + 0.6 : decision resolution need stance position
stance + 0.7 : importance+of commitment+to
evaluative - 0.8 : disgrace disgraceful shameful coward cowardly demagogue hypocrite hypocritical dishonest phony corrupt crooked lying lyin outrageous despicable disgusting incompetent inappropriate irresponsible reckless immoral unethical unpatriotic racist bigot bigoted smear garbage nonsense malarkey dumb stupid pathetic unfit embarrassment
evaluative - 0.8 : idiot moron fool foolish faker unqualified misinformed misguided ignorant clueless delusional deranged unhinged loser crook crooks
evaluative - 0.8 : legitimate+target,targets invaders occupiers thugs mercenaries terrorist terrorists murderer murderers killer killers criminal criminals crime crimes atrocity atrocities heinous traitor traitors liar lies butcher illegal illegitimate aggression occupation violation violations provocation provocative ridiculous disaster catastrophe dictator tyrant responsible responsibility guilty massacre unacceptable mistake failure brutal barbaric inhumane farce sham charade fraudulent rigged
evaluative + 0.8 : great legitimate success successful important necessary essential positive victory hero
negation 0 1 : not never no without nor cannot n't lack absence
hedge 0 0.7 : may might could possibly perhaps reportedly allegedly likely probably
condition 0 0.5 : conditional undecided neutral neutrality balanced
complementizer 0 0 : that
relative 0 0 : which
preposition 0 0 : near outside inside across around throughout within beyond behind of to by for with from on at in about over between into toward towards among
pronoun 0 0 : he she they it his her their its
speech 0 0.5 : according statement
stance + 0.7 : ready+to,for willing+to prepared+to keen+to,on eager+to,for determined+to readiness+to,for willingness+to determination+to
stance - 0.7 : unwilling+to unwillingness+to
stance + 0.7 : intention+of,to blessing+to,for participation+in
stance - 0.6 : reservations+about,over,on
stance + 0.85 : in+favour,favor+of
`;

// Verbs of more than one syllable stressed on the last (and British "cancelled").
const FINAL_STRESS = new Set([
  'expel',
  'commit',
  'regret',
  'cancel',
  'compel',
  'control',
  'patrol',
  'prefer',
]);

function inflect(lemma: string, past?: string, participle?: string): string[] {
  const forms = new Set<string>([lemma]);
  const consonantY = /[^aeiou]y$/.test(lemma);
  const sibilant = /(s|sh|ch|x|z|o)$/.test(lemma);
  forms.add(consonantY ? lemma.slice(0, -1) + 'ies' : sibilant ? lemma + 'es' : lemma + 's');
  if (participle) forms.add(participle);
  if (past) {
    forms.add(past);
  } else if (lemma.endsWith('e')) {
    forms.add(lemma + 'd');
  } else if (consonantY) {
    forms.add(lemma.slice(0, -1) + 'ied');
  } else {
    forms.add(lemma + 'ed');
  }
  const stem = lemma.endsWith('e') && !lemma.endsWith('ee') ? lemma.slice(0, -1) : lemma;
  forms.add(stem + 'ing');
  // Short verbs ending consonant-vowel-consonant double it: ban → banned, banning; so do longer
  // ones stressed on that syllable (expel → expelled, commit → committed).
  if (/^[^aeiou]*[aeiou][bdglmnprt]$/.test(lemma) || FINAL_STRESS.has(lemma)) {
    const last = lemma.slice(-1);
    forms.add(lemma + last + 'ed');
    forms.add(lemma + last + 'ing');
  }
  return [...forms];
}

function parseSpec(token: string): {
  lemma: string;
  past?: string;
  participle?: string;
  slots: string[];
} {
  const [head, ...slots] = token.split('+');
  const forms = head!.split('/');
  // More forms than lemma/past/participle would be dropped unseen, so the table refuses them.
  if (forms.length > 3)
    throw new Error(`English cue lexicon: "${token}" gives more than lemma/past/participle`);
  // Readers look back at most this far for the phrase a word ends (endsCuePhrase).
  if (slots.length > MAX_CUE_SPAN)
    throw new Error(`English cue lexicon: "${token}" is longer than ${MAX_CUE_SPAN} words after its first`);
  const [lemma, past, participle] = forms;
  return {
    lemma: lemma!,
    ...(past ? { past } : {}),
    ...(participle ? { participle } : {}),
    slots,
  };
}

/** The entry for a cue and the slots after its word ("lemma+up+to": next up, then to). */
function entryOf(cue: Cue | undefined, slots: string[]): EnglishCueEntry {
  if (slots.length === 0) return { cue };
  const [first, ...rest] = slots.map(slotWords);
  return rest.length > 0 ? { cue, next: first!, then: rest } : { cue, next: first! };
}

let englishCues: Map<string, EnglishCueEntry[]> | undefined;

function add(map: Map<string, EnglishCueEntry[]>, form: string, entry: EnglishCueEntry): void {
  const list = map.get(form) ?? [];
  list.push(entry);
  map.set(form, list);
}

/** Word form → candidate cues (entries with `next` first, so particles win). */
export function getEnglishCues(): Map<string, EnglishCueEntry[]> {
  if (englishCues) return englishCues;
  const map = new Map<string, EnglishCueEntry[]>();
  for (const line of STANCE.split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const [head, list] = line.split(':');
    const [pol, strength] = head!.trim().split(/\s+/);
    for (const token of list!.trim().split(/\s+/)) {
      const { lemma, past, participle, slots } = parseSpec(token);
      const cue = makeCue({
        kind: 'stance',
        polarity: pol === '+' ? 1 : -1,
        strength: Number(strength),
        pos: 'verb',
        lemma: phraseLemma(lemma, slots),
        particle: slots.length > 0,
        span: slots.length,
      });
      const entry = entryOf(cue, slots);
      for (const form of inflect(lemma, past, participle)) add(map, form, entry);
    }
  }
  const addVerbs = (list: string, kind: CueKind, strength: number): void => {
    for (const token of list.split(/\s+/)) {
      const { lemma, past, participle } = parseSpec(token);
      const cue = makeCue({ kind, polarity: 0, strength, pos: 'verb', lemma });
      for (const form of inflect(lemma, past, participle)) add(map, form, { cue });
    }
  };
  for (const token of NOT_CUES.split(/\s+/)) {
    const { lemma, past, participle, slots } = parseSpec(token);
    const entry = entryOf(undefined, slots);
    for (const form of inflect(lemma, past, participle)) add(map, form, entry);
  }
  addVerbs(DESCRIBE, 'describe', 0.7);
  addVerbs(SPEECH, 'speech', 0.5);
  for (const line of WORDS.split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const [head, list] = line.split(':');
    const [kind, pol, strength] = head!.trim().split(/\s+/);
    const polarity: 1 | -1 | 0 = pol === '+' ? 1 : pol === '-' ? -1 : 0;
    for (const token of list!.trim().split(/\s+/)) {
      // "solidarity+with": a noun cue that needs its particle.
      const [w, ...slots] = token.split('+') as [string, ...string[]];
      // Function words replace any verb reading of the same form.
      const cue = makeCue({
        kind: kind as CueKind,
        polarity,
        strength: Number(strength),
        pos: 'other',
        lemma: phraseLemma(w, slots),
        particle: slots.length > 0,
        span: slots.length,
      });
      const entry = entryOf(cue, slots);
      if (kind === 'stance' || kind === 'evaluative') add(map, w, entry);
      else map.set(w, [entry]);
    }
  }
  // "fight back", "pushed back": the bare form is mostly an adverb; "an old foil" a noun.
  map.delete('back');
  map.delete('foil');
  // The longest phrase first: "stand up to" before "stand by" before a bare "stand".
  for (const list of map.values()) list.sort((a, b) => length(b) - length(a));
  englishCues = map;
  return map;
}

/** The number of words an entry requires after its first. */
function length(entry: EnglishCueEntry): number {
  return entry.next ? 1 + (entry.then?.length ?? 0) : 0;
}

/**
 * Looks a folded English token up; `next` is the following word token, if any. A multiword cue
 * ("stand up to") is found only when the tokens `text` and the token's index `i` are given.
 */
export function lookupEnglishCue(
  token: string,
  next: string | undefined,
  text?: readonly string[],
  i = 0,
): Cue | undefined {
  const entries = getEnglishCues().get(token);
  if (!entries) return undefined;
  for (const entry of entries) {
    if (!entry.next) return entry.cue;
    if (next === undefined || !entry.next.includes(next)) continue;
    if (entry.then && !followedBy(entry.then, text, i + 2)) continue;
    return entry.cue;
  }
  return undefined;
}

/** The tokens from `from` on are one word of each list of `slots`, in order. */
function followedBy(slots: readonly string[][], text: readonly string[] | undefined, from: number): boolean {
  if (!text) return false;
  for (let s = 0; s < slots.length; s++) {
    const w = text[from + s];
    if (w === undefined || !slots[s]!.includes(w)) return false;
  }
  return true;
}
