import { contentHash } from './content-hash.js';
import { normalizeText } from './normalize-text.js';

describe('normalizeText', () => {
  it('collapses whitespace and removes Arabic diacritics, tatweel and invisible characters', () => {
    expect(normalizeText('  قَالَ   الرَّئِيسُ\n\tإنَّ ')).toBe('قال الرئيس إن');
    expect(normalizeText('الـــعـراق\u200Fاليوم')).toBe('العراقاليوم');
  });

  it('applies NFKC (presentation forms, full-width letters, ligatures)', () => {
    expect(normalizeText('\uFEFB')).toBe('\u0644\u0627'); // lam-alef ligature
    expect(normalizeText('ＡＢＣ ﬁ')).toBe('ABC fi');
  });

  it('keeps case and punctuation', () => {
    expect(normalizeText('Hello, World!')).toBe('Hello, World!');
  });
});

describe('contentHash', () => {
  it('is the sha256 hex of the normalised text', () => {
    expect(contentHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('gives trivially re-encoded copies the same hash', () => {
    const original = 'أعلن رئيس الوزراء العراقي حيدر العبادي الاثنين';
    const reencoded = ' أَعْلَنَ رئيس  الوزراء\nالعراقـــي حيدر العبادي الاثنين\u200B ';
    expect(contentHash(reencoded)).toBe(contentHash(original));
    expect(contentHash('Syria talks resume'.normalize('NFD'))).toBe(contentHash('Syria talks resume'));
  });

  it('gives different texts different hashes', () => {
    expect(contentHash('Syria talks resume')).not.toBe(contentHash('Syria talks collapse'));
  });
});
