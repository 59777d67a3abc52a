// Gender agreement between an Arabic verb and the actor right after it. A verb agrees with a
// subject that follows it directly, so a masculine verb before a feminine name ("دعا الولايات
// المتحدة إلى …", "طالب تركيا بـ…") has its subject elided and the name is its object.

// Country names that take a masculine verb ("أعلن العراق", "طالب لبنان"); other countries and
// their capitals take a feminine one ("دعت إيران", "قالت واشنطن").
const MASCULINE_STATE_NAMES = new Set(['العراق', 'لبنان', 'الاردن', 'اليمن', 'السودان', 'المغرب']);

/**
 * A folded verb form is 3rd-person masculine singular: the past as the lemma itself ("دعا",
 * "طالب"), or a present in ي- without a plural or dual ending ("يدعو", "يطالب"); و ف س before it.
 */
export function isMasculineSingularVerb(word: string, lemma: string): boolean {
  const w = word.replace(/^(و|ف)?س?/, '');
  // A plural or dual ending (ون، ان، ن) ends in ن.
  return w === lemma || (w.startsWith('ي') && !w.endsWith('ن'));
}

/**
 * The folded first word of an actor's name calls for a feminine verb: a word in ة (folded ه) or a
 * plural in ات ("الحكومه", "الولايات"), or a country named without a masculine name.
 */
export function takesFeminineVerb(firstWord: string, actorKind: string): boolean {
  if (/(ه|ات)$/.test(firstWord)) return true;
  return actorKind === 'country' && !MASCULINE_STATE_NAMES.has(firstWord);
}
