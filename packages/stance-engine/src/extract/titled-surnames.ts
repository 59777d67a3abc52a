// English news introduces a spokesperson we do not track once, by name and by the body he
// speaks for, and then names him by his surname alone: "Member of the Syrian Coalition's
// political committee Adnan Rahmoun condemned … Rahmoun called upon the UN Security Council …",
// "Coalition spokesman Salem al-Meslet said … Meslet added …". The surname then stands for the
// body, as the full name in its introduction does (holders.ts bodyOfTitledName), so each later
// surname gets a mention of the body.
import type { Tokens } from '../text/tokens.js';
import { actorMention, withAddedMentions, type Mention } from './mentions.js';
import { EN_MEMBER_TITLES, EN_SPOKESPEOPLE } from './word-lists.js';

// Lower-case words naming a part of the body between it and the name ("political committee").
const MAX_BODY_WORDS = 3;
// A name is two or three capitalised words: first name(s) and surname.
const MAX_NAME_WORDS = 3;

// Offices held in a body besides the titles: "a commander of al-Nusra", "a senior Hamas official".
const OFFICES = new Set(['commander', 'official', 'negotiator']);
// Words between an article and an office: "a senior official", "the deputy leader".
const OFFICE_MODIFIERS = new Set([
  'senior',
  'top',
  'deputy',
  'military',
  'political',
  'humanitarian',
  'special',
  'field',
  'media',
  'leading',
  'prominent',
]);
// A member is an office holder only in a part of the body ("a member of Hamas's political
// bureau"); "a member of X" alone is a label, and the member may speak for himself.
const BODY_PARTS = new Set([
  'committee',
  'council',
  'bureau',
  'politburo',
  'board',
  'leadership',
  'delegation',
  'command',
  'secretariat',
]);
// An office no longer held: "a former member of", "ex-commander".
const PAST_MARKERS = new Set(['former', 'ex', 'late', 'then', 'ousted', 'sacked']);

function isTitle(w: string | undefined): boolean {
  return w !== undefined && (EN_MEMBER_TITLES.has(w) || EN_SPOKESPEOPLE.has(w) || OFFICES.has(w));
}

/** A past marker at j or j - 1 (across one modifier): "former Hezbollah", "ex-senior". */
function pastAt(text: readonly string[], j: number): boolean {
  return (
    PAST_MARKERS.has(text[j] ?? '') ||
    (OFFICE_MODIFIERS.has(text[j] ?? '') && PAST_MARKERS.has(text[j - 1] ?? ''))
  );
}

/**
 * The body mention m names a past office: "a former Hezbollah official", "ex-YPG commander", "a
 * former commander of the Free Syrian Army".
 */
export function pastOfficeOf(text: readonly string[], m: Mention): boolean {
  let t = m.tokEnd;
  for (let n = 0; n < 2 && OFFICE_MODIFIERS.has(text[t]!); n++) t++;
  if (isTitle(text[t]) && pastAt(text, m.tokStart - 1)) return true;
  let a = m.tokStart - 1;
  if (text[a] === 'the') a--;
  return (text[a] === 'of' || text[a] === 'for') && isTitle(text[a - 1]) && pastAt(text, a - 2);
}

/** Tokens from..to-1 hold a part of a body ("political committee"), as a member's office needs. */
function namesBodyPart(text: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (BODY_PARTS.has(text[i]!)) return true;
  return false;
}

/** A tracked body that a title can be held in: a name or a role, not a modifier or a topic. */
function bodyMention(m: Mention | undefined): m is Mention {
  return m !== undefined && m.actor >= 0 && (m.kind === 'name' || m.kind === 'role') && !m.modifier;
}

/**
 * The untracked person's name from token `from`: two or three capitalised words, none a mention,
 * ending before a lower-case word. Returns the token after it, or -1.
 */
function nameEnd(tokens: Tokens, capitalized: Uint8Array, tracked: Uint8Array, from: number): number {
  let j = from;
  while (j < tokens.count && j < from + MAX_NAME_WORDS && capitalized[j] && !tracked[j] && tokens.isWord[j])
    j++;
  if (j - from < 2 || (j < tokens.count && capitalized[j])) return -1;
  return j;
}

/**
 * The body a person is introduced as speaking for, when the name starts at token `from`:
 * "<title> of (the) X [up to three lower-case words] Name" or "X <title> Name".
 */
function introducingBody(
  tokens: Tokens,
  capitalized: Uint8Array,
  mentionEndingAt: Map<number, Mention>,
  from: number,
): Mention | undefined {
  const text = tokens.text;
  // "Syrian Coalition spokesman Adnan Rahmoun", "Hezbollah deputy leader Naim Qassem"
  const title = from - 1;
  if (isTitle(text[title]) && text[title] !== 'member') {
    // Past modifiers and a possessive: "the UN's humanitarian adviser Jan Egeland".
    let end = title;
    for (let n = 0; n < 2 && OFFICE_MODIFIERS.has(text[end - 1]!); n++) end--;
    if (text[end - 1] === 's' && mentionEndingAt.has(end - 1)) end--;
    const body = mentionEndingAt.get(end);
    if (bodyMention(body) && !pastAt(text, body.tokStart - 1)) return body;
  }
  // "Member of the Syrian Coalition's political committee Adnan Rahmoun", "a spokesman for X Name"
  let p = from - 1;
  for (let n = 0; n < MAX_BODY_WORDS && p > 0 && !capitalized[p] && !mentionEndingAt.has(p + 1); n++) p--;
  const body = mentionEndingAt.get(p + 1);
  if (!bodyMention(body)) return undefined;
  return officeOf(text, body, body.tokEnd, from) ? body : undefined;
}

/**
 * The body mention `body` is preceded by "<title> of/for (the)", not a past office, and a member's
 * office names a part of the body between the body's end and `to` ("political committee").
 */
function officeOf(text: readonly string[], body: Mention, partFrom: number, to: number): boolean {
  let a = body.tokStart - 1;
  if (text[a] === 'the') a--;
  if (text[a] !== 'of' && text[a] !== 'for') return false;
  const title = text[a - 1];
  if (!isTitle(title) || pastAt(text, a - 2)) return false;
  return title !== 'member' || namesBodyPart(text, partFrom, to);
}

/**
 * The body named in apposition after a name that ends before token `end`: "Abu Mohammad
 * al-Golani, a commander of al-Nusra", "X, a senior Hamas official,", "X, member of the
 * Coalition's political committee". A comma or an article opens the apposition.
 */
function appositiveBody(
  tokens: Tokens,
  mentionStartingAt: Map<number, Mention>,
  end: number,
): Mention | undefined {
  const text = tokens.text;
  let j = end;
  const comma = text[j] === ',';
  if (comma) j++;
  const article = text[j] === 'a' || text[j] === 'an' || text[j] === 'the';
  if (!comma && !article) return undefined;
  if (article) j++;
  for (let n = 0; n < 2 && OFFICE_MODIFIERS.has(text[j]!); n++) j++;
  if (pastAt(text, j - 1) || PAST_MARKERS.has(text[j]!)) return undefined;
  // "a senior Hamas official"
  const before = mentionStartingAt.get(j);
  if (bodyMention(before)) {
    let t = before.tokEnd;
    if (text[t] === 's') t++;
    for (let n = 0; n < 2 && OFFICE_MODIFIERS.has(text[t]!); n++) t++;
    return isTitle(text[t]) && text[t] !== 'member' ? before : undefined;
  }
  // "a commander of al-Nusra", "member of the Coalition's political committee"
  if (!isTitle(text[j]) || (text[j + 1] !== 'of' && text[j + 1] !== 'for')) return undefined;
  const b = text[j + 2] === 'the' ? j + 3 : j + 2;
  const body = mentionStartingAt.get(b);
  if (!bodyMention(body)) return undefined;
  return officeOf(text, body, body.tokEnd, body.tokEnd + 1 + MAX_BODY_WORDS) ? body : undefined;
}

// Arabic offices held in a body (folded): "الأمين العام للجامعة العربية"، "القيادي في حماس"،
// "قائد في …"، "عضو المكتب السياسي لحركة حماس" (a member in a part of the body only).
export const AR_OFFICES =
  /^(ال)?(امين|قيادي|قياديه|قائد|قايد|زعيم|رييس|رييسه|نائب|متحدث|متحدثه|ناطق|ناطقه|مسوول|مسووله|مبعوث|مبعوثه|ممثل|ممثله|مستشار|مستشاره|مدير|مديره|منسق|منسقه|عضو)$/;
export const AR_OFFICE_COMPLEMENTS =
  /^(العام|العامه|الرسمي|باسم|المكتب|السياسي|المجلس|المركزي|اللجنه|التنفيذيه|القياده|الهييه|العليا|الاعلي|الخاص|الاممي)$/;
export const AR_BODY_PARTS = /^(المكتب|المجلس|اللجنه|القياده|الهييه)$/;
// An office no longer held: "الأمين العام السابق".
const AR_PAST = /^(ال)?(سابق|سابقه)$/;

/**
 * The Arabic office words from `from` to `to` (exclusive) make an office in the body named next:
 * at least one office noun, the rest its complements, none past, and a member in a body part.
 */
function arabicOffice(text: readonly string[], from: number, to: number): boolean {
  let office = '';
  let part = false;
  for (let i = from; i < to; i++) {
    const w = text[i]!;
    if (AR_OFFICES.test(w)) office ||= w;
    else if (!AR_OFFICE_COMPLEMENTS.test(w)) return false;
    part ||= AR_BODY_PARTS.test(w);
  }
  return office !== '' && (!/عضو$/.test(office) || part);
}

/**
 * The body an Arabic name is introduced in: "الأمين العام للجامعة العربية، أحمد أبو الغيط",
 * "القيادي في حماس X" before it, or "X، القيادي في حماس" after it.
 */
function arabicOfficeBody(
  text: readonly string[],
  mentionEndingAt: Map<number, Mention>,
  mentionStartingAt: Map<number, Mention>,
  m: Mention,
): Mention | undefined {
  const end = text[m.tokStart - 1] === ',' ? m.tokStart - 1 : m.tokStart;
  const body = mentionEndingAt.get(end);
  if (bodyMention(body)) {
    let o = body.tokStart;
    if (text[o - 1] === 'في') o--;
    for (let from = o - 1; from >= o - 3 && from >= 0; from--)
      if (arabicOffice(text, from, o) && !mentionEndingAt.has(from + 1)) return body;
  }
  if (text[m.tokEnd] !== ',') return undefined;
  for (let b = m.tokEnd + 2; b <= m.tokEnd + 5; b++) {
    const after = mentionStartingAt.get(b);
    if (!after) continue;
    const o = text[b - 1] === 'في' ? b - 1 : b;
    if (!bodyMention(after) || AR_PAST.test(text[after.tokEnd] ?? '')) return undefined;
    return arabicOffice(text, m.tokEnd + 1, o) ? after : undefined;
  }
  return undefined;
}

/**
 * Tracked persons introduced in the article as an official of a tracked body — by a title
 * before the name or in apposition after it — and that body (-1 once two bodies compete). Their
 * statements are the body's too, as a spokesman's are (analyze.ts); `holds` says which
 * actors a person's office can make him speak for.
 */
export function introducedOffices(
  tokens: Tokens,
  mentions: readonly Mention[],
  capitalized: Uint8Array | undefined,
  isPerson: (actor: number) => boolean,
  holds: (actor: number) => boolean,
): Map<number, number> {
  const mentionEndingAt = new Map<number, Mention>();
  const mentionStartingAt = new Map<number, Mention>();
  for (const m of mentions) {
    mentionEndingAt.set(m.tokEnd, m);
    if (!mentionStartingAt.has(m.tokStart)) mentionStartingAt.set(m.tokStart, m);
  }
  const bodies = new Map<number, number>();
  for (const m of mentions) {
    if (m.actor < 0 || m.kind !== 'name' || !isPerson(m.actor)) continue;
    const body = capitalized
      ? (introducingBody(tokens, capitalized, mentionEndingAt, m.tokStart) ??
        appositiveBody(tokens, mentionStartingAt, m.tokEnd))
      : arabicOfficeBody(tokens.text, mentionEndingAt, mentionStartingAt, m);
    if (!body || body.actor === m.actor || !holds(body.actor)) continue;
    const known = bodies.get(m.actor);
    bodies.set(m.actor, known === undefined || known === body.actor ? body.actor : -1);
  }
  return bodies;
}

/** Adds a mention of the body over each later lone surname of a person introduced as its official. */
export function addTitledSurnames(tokens: Tokens, mentions: Mention[], capitalized: Uint8Array): Mention[] {
  const tracked = new Uint8Array(tokens.count);
  const mentionEndingAt = new Map<number, Mention>();
  for (const m of mentions) {
    for (let k = m.tokStart; k < m.tokEnd; k++) tracked[k] = 1;
    mentionEndingAt.set(m.tokEnd, m);
  }
  // Surname → the body's actor, or -1 once two people or two bodies share it.
  const bodyOf = new Map<string, number>();
  const added: Mention[] = [];
  for (let k = 1; k < tokens.count; k++) {
    if (!capitalized[k] || tracked[k] || (capitalized[k - 1] && !tracked[k - 1])) continue;
    const end = nameEnd(tokens, capitalized, tracked, k);
    if (end > 0) {
      // A full name: an introduction, or another person of the same surname.
      const surname = tokens.text[end - 1]!;
      const body = introducingBody(tokens, capitalized, mentionEndingAt, k);
      const known = bodyOf.get(surname);
      if (body && (known === undefined || known === body.actor)) bodyOf.set(surname, body.actor);
      else if (known !== undefined) bodyOf.set(surname, -1);
      k = end - 1;
      continue;
    }
    const actor = bodyOf.get(tokens.text[k]!);
    if (actor === undefined || actor < 0 || capitalized[k + 1]) continue;
    added.push(actorMention(tokens, k, k + 1, actor, false));
  }
  return withAddedMentions(mentions, added);
}
