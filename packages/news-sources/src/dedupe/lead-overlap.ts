/**
 * Share of `lead`'s distinct shingles that occur in `opening`. Used to tell a copy (each text's
 * lead appears near the other's start) from a follow-up story that reuses an older article as
 * background under a new lead.
 */
export function leadContainment(lead: Uint32Array, opening: Uint32Array): number {
  const leadSet = new Set(lead);
  if (leadSet.size === 0) return 0;
  const openingSet = new Set(opening);
  let shared = 0;
  for (const shingle of leadSet) if (openingSet.has(shingle)) shared++;
  return shared / leadSet.size;
}
