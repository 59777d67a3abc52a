// Fixed pseudo-random selection of Arabic (ANT) articles for eval/fresh-ar2 (no English).
// Usage: node eval/fresh-ar2/select.mjs (lists the picks); OUT=FILE writes their lines unchanged.
import { selectMixedSet } from '../selection.mjs';

selectMixedSet('fresh-ar2', { nAr: 18, nEn: 0 });
