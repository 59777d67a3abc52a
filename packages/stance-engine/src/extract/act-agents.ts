// A topic phrase that is a bare act noun ("offensive", "bombardment") names every such act; where
// the text names the act's own agent ("a rebel offensive", "ISILs offensives", "the offensive by
// the rebels", "X launched an offensive") and the topic's phrases name no agent of that act, the
// act is that agent's, not the topic: "repel a rebel offensive" is no stance on the
// government's offensives. Only pro phrases: an anti phrase's act is against the topic whoever
// does it.
import type { CompiledCodebook } from '../compile.js';
import type { Tokens } from '../text/tokens.js';
import { isClauseMark } from '../text/segment.js';
import type { Mention } from './mentions.js';
import { EN_AGENT_MODIFIED_ACTS, EN_MONTHS, EN_STRIKE_MODIFIERS, EN_TIME_WORDS } from './word-lists.js';

/** Generic names of a side that stand before an act noun as its agent. */
const SIDE_WORDS = new Set(
  'rebel rebels opposition jihadist jihadists militant militants insurgent insurgents regime government army islamist islamists'.split(
    ' ',
  ),
);
/** Verbs whose object act is their subject's own: "launched a major offensive". */
const LAUNCH_VERBS = new Set(
  'launch launched launches launching mount mounted mounting began begun started intensified escalated resumed'.split(
    ' ',
  ),
);

/** Verbs of taking ground, whose subject wages the act they are done "in": "seized 70 villages in the offensive". */
const GROUND_VERBS = new Set(
  'captured seized retook retaken recaptured overran overrun took taken regained gained won liberated stormed'.split(
    ' ',
  ),
);

function actorAt(mentions: readonly Mention[], j: number, end: boolean): Mention | undefined {
  return mentions.find(
    (m) => (end ? m.tokEnd === j + 1 : m.tokStart === j) && m.kind !== 'topic' && m.actor >= 0,
  );
}

/** The act noun at k names its agent: a side before it, "by (the) X" after it, or a launching verb. */
function namesOwnAgent(tokens: Tokens, mentions: readonly Mention[], k: number): boolean {
  const t = tokens.text;
  let j = k - 1;
  while (j > 0 && EN_STRIKE_MODIFIERS.has(t[j]!)) j--;
  if (SIDE_WORDS.has(t[j] ?? '') || actorAt(mentions, j, true)) return true;
  if (t[k + 1] === 'by') {
    const by = t[k + 2] === 'the' ? k + 3 : k + 2;
    if (SIDE_WORDS.has(t[by] ?? '') || actorAt(mentions, by, false)) return true;
  }
  if (groundTakenIn(tokens, k)) return true;
  // "launched a major offensive", "intensified its aerial bombardment": up to three words between,
  // time words aside ("launched last June a brutal offensive").
  for (let i = k - 1, words = 0; i >= 0 && words < 4; i--) {
    if (isClauseMark(tokens, i) || !tokens.isWord[i]) return false;
    if (LAUNCH_VERBS.has(t[i]!)) return true;
    if (!EN_TIME_WORDS.has(t[i]!) && !EN_MONTHS.has(t[i]!) && t[i] !== 'last') words++;
  }
  return false;
}

/** English mentions without the bare act-noun topic phrases whose act names another agent. */
export function withoutOthersActs(
  compiled: CompiledCodebook,
  tokens: Tokens,
  mentions: Mention[],
): Mention[] {
  return mentions.filter((m) => {
    if (m.kind !== 'topic' || m.polarity !== 1 || m.anaphor || m.tokEnd !== m.tokStart + 1) return true;
    // Topic phrases match in the plural too ("repelled ISILs offensives").
    const w = tokens.text[m.tokStart]!;
    if (!EN_AGENT_MODIFIED_ACTS.has(w) && !EN_AGENT_MODIFIED_ACTS.has(w.replace(/s$/, ''))) return true;
    return compiled.agentActTopics.has(m.topic) || !namesOwnAgent(tokens, mentions, m.tokStart);
  });
}

/**
 * "IS recaptured gas fields in a major offensive", "captured Jisr al-Shughour … part of a wider
 * offensive": the act in which a clause's subject takes ground is that subject's own.
 */
function groundTakenIn(tokens: Tokens, k: number): boolean {
  const t = tokens.text;
  // Past the act's article and modifiers ("a new", "the", "a wider").
  let j = k - 1;
  while (j > 0 && j >= k - 3 && t[j] !== 'in' && t[j] !== 'during' && t[j] !== 'of') {
    if (isClauseMark(tokens, j) || !tokens.isWord[j]) return false;
    j--;
  }
  if (t[j] !== 'in' && t[j] !== 'during' && !(t[j] === 'of' && t[j - 1] === 'part')) return false;
  for (let i = j - 1; i >= 0 && i >= j - 8; i--) {
    if (isClauseMark(tokens, i) || !tokens.isWord[i]) return false;
    if (GROUND_VERBS.has(t[i]!)) return true;
  }
  return false;
}
