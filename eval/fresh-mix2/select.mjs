// Fixed pseudo-random selection of Arabic (ANT) and English (FA-KES) articles for eval/fresh-mix2.
// Usage: node eval/fresh-mix2/select.mjs (lists the picks); OUT=FILE writes their lines unchanged.
import { selectMixedSet } from '../selection.mjs';

selectMixedSet('fresh-mix2', { nAr: 12, nEn: 12 });
