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

function isTitle(w: string | undefined): boolean {
  return w !== undefined && (EN_MEMBER_TITLES.has(w) || EN_SPOKESPEOPLE.has(w));
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
  // "Syrian Coalition spokesman Adnan Rahmoun"
  if (isTitle(text[from - 1])) {
    const body = mentionEndingAt.get(from - 1);
    if (bodyMention(body)) return body;
  }
  // "Member of the Syrian Coalition's political committee Adnan Rahmoun", "a spokesman for X Name"
  let p = from - 1;
  for (let n = 0; n < MAX_BODY_WORDS && p > 0 && !capitalized[p] && !mentionEndingAt.has(p + 1); n++) p--;
  const body = mentionEndingAt.get(p + 1);
  if (!bodyMention(body)) return undefined;
  let a = body.tokStart - 1;
  if (text[a] === 'the') a--;
  return (text[a] === 'of' || text[a] === 'for') && isTitle(text[a - 1]) ? body : undefined;
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
