// Fixed pseudo-random selection of Arabic (ANT) and English (FA-KES) articles for eval/fresh-mix3.
// Usage: node eval/fresh-mix3/select.mjs (lists the picks); OUT=FILE writes their lines unchanged.
import { selectMixedSet } from '../selection.mjs';

selectMixedSet('fresh-mix3', { nAr: 10, nEn: 10 });
