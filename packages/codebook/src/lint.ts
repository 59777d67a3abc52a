// Checks a valid codebook for things that are allowed but usually mistakes: the same name
// for two actors (every mention becomes ambiguous), two holders of one role title on the
// same dates (a title would resolve to either), and a topic phrase that is also an actor
// name (a mention of the actor would read as the topic).
import type { Codebook } from './types.js';

export interface CodebookWarning {
  /** Where in the structure, e.g. `actors[3].names.en[1]`. */
  path: string;
  message: string;
}

const DAY_MS = 86_400_000;

/** Case and spacing do not make two names different for a reader. */
function nameKey(lang: string, form: string): string {
  return `${lang.toLowerCase()}\u0000${form.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

function findSharedNames(codebook: Codebook): CodebookWarning[] {
  const firstUse = new Map<string, { actor: string; path: string }>();
  const warnings: CodebookWarning[] = [];
  codebook.actors.forEach((actor, i) => {
    const seenHere = new Set<string>();
    for (const [lang, forms] of Object.entries(actor.names)) {
      forms.forEach((form, j) => {
        const key = nameKey(lang, form);
        const path = `actors[${i}].names.${lang}[${j}]`;
        if (seenHere.has(key)) {
          warnings.push({ path, message: `"${form}" is listed twice for actor "${actor.id}"` });
          return;
        }
        seenHere.add(key);
        const earlier = firstUse.get(key);
        if (earlier)
          warnings.push({
            path,
            message: `"${form}" also names actor "${earlier.actor}" (${earlier.path}); mentions will be ambiguous`,
          });
        else firstUse.set(key, { actor: actor.id, path });
      });
    }
  });
  return warnings;
}

function findOverlappingRoles(codebook: Codebook): CodebookWarning[] {
  const holders = new Map<string, Array<{ actor: string; from: number; to: number; path: string }>>();
  const warnings: CodebookWarning[] = [];
  codebook.actors.forEach((actor, i) => {
    actor.roles.forEach((role, r) => {
      const from = role.from ? Date.parse(role.from) : Number.NEGATIVE_INFINITY;
      const to = role.to ? Date.parse(role.to) : Number.POSITIVE_INFINITY;
      for (const [lang, titles] of Object.entries(role.title)) {
        titles.forEach((title, t) => {
          const key = nameKey(lang, title);
          const path = `actors[${i}].roles[${r}].title.${lang}[${t}]`;
          const list = holders.get(key) ?? [];
          // Terms that touch on a handover day are normal; a longer overlap is not.
          const clash = list.find(
            (h) => h.actor !== actor.id && Math.min(h.to, to) - Math.max(h.from, from) >= DAY_MS,
          );
          if (clash)
            warnings.push({
              path,
              message: `role title "${title}" is also held by "${clash.actor}" on overlapping dates (${clash.path})`,
            });
          list.push({ actor: actor.id, from, to, path });
          holders.set(key, list);
        });
      }
    });
  });
  return warnings;
}

function findPhrasesThatAreNames(codebook: Codebook): CodebookWarning[] {
  const actorByName = new Map<string, string>();
  for (const actor of codebook.actors) {
    for (const [lang, forms] of Object.entries(actor.names))
      for (const form of forms) actorByName.set(nameKey(lang, form), actor.id);
  }
  const warnings: CodebookWarning[] = [];
  codebook.topics.forEach((topic, i) => {
    for (const side of ['pro', 'anti'] as const) {
      for (const [lang, phrases] of Object.entries(topic[side])) {
        phrases.forEach((phrase, j) => {
          const actor = actorByName.get(nameKey(lang, phrase));
          if (actor)
            warnings.push({
              path: `topics[${i}].${side}.${lang}[${j}]`,
              message: `phrase "${phrase}" is also a name of actor "${actor}"`,
            });
        });
      }
    }
  });
  return warnings;
}

export function findCodebookWarnings(codebook: Codebook): CodebookWarning[] {
  return [
    ...findSharedNames(codebook),
    ...findOverlappingRoles(codebook),
    ...findPhrasesThatAreNames(codebook),
  ];
}
