// Fixed pseudo-random selection of Arabic (ANT) and English (FA-KES) articles for eval/fresh-mix.
// Usage: node eval/fresh-mix/select.mjs (lists the picks); OUT=FILE writes their lines unchanged.
import { selectMixedSet } from '../selection.mjs';

selectMixedSet('fresh-mix', { nAr: 12, nEn: 8 });
