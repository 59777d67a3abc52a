// Fixed pseudo-random selection of English (FA-KES) articles for eval/fresh-en3.
// Usage: node eval/fresh-en3/select.mjs (lists the picks); OUT=FILE writes their lines unchanged.
import { selectMixedSet } from '../selection.mjs';

selectMixedSet('fresh-en3', { nAr: 0, nEn: 18 });
