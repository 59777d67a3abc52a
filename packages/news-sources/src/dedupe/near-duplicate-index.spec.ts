import { NearDuplicateIndex } from './near-duplicate-index.js';
import { MinHasher, estimateJaccard, orderedShingles, shingleHashes } from './minhash.js';
import { leadContainment } from './lead-overlap.js';
import { tokenizeForComparison } from './tokenize.js';
import { isNewsSourceError } from '../errors.js';

const STORY_EN = [
  'Syrian government forces backed by Russian air strikes advanced on Tuesday into the last rebel-held district of eastern Ghouta.',
  'The Syrian Observatory for Human Rights said at least 40 civilians were killed in the shelling of Douma overnight.',
  'Rebel commanders said they had repelled several attacks on the southern edge of the enclave and destroyed two tanks.',
  'The United Nations called for an immediate ceasefire to allow aid convoys to reach some 400,000 people trapped inside.',
  'Russia said humanitarian corridors would open daily for five hours, but residents said few people dared to use them.',
  'Turkey meanwhile pressed its own offensive against Kurdish fighters in the northwestern region of Afrin.',
].join(' ');
const OTHER_EN = [
  'Iraqi voters went to the polls on Saturday in the first parliamentary election since the defeat of Islamic State.',
  'Prime Minister Haider al-Abadi is seeking a second term, facing rivals including his predecessor Nuri al-Maliki.',
  'Turnout was lower than in previous elections, the electoral commission said, with many voters citing disillusionment.',
  'Results are expected within days, but coalition talks to form a government could take months.',
].join(' ');
const STORY_AR =
  'أعلن رئيس الوزراء العراقي حيدر العبادي، الاثنين، أن الانتخابات البرلمانية ستجرى في موعدها المحدد في الثاني عشر من أيار المقبل. ' +
  'وقال العبادي في مؤتمر صحفي في بغداد إن الحكومة ملتزمة بتوفير الأمن لجميع المراكز الانتخابية في المحافظات. ' +
  'وأضاف أن المفوضية العليا المستقلة للانتخابات أكملت استعداداتها الفنية واللوجستية لإجراء الاقتراع. ' +
  'ودعا العبادي المواطنين إلى المشاركة الواسعة في الانتخابات واختيار من يمثلهم بحرية ونزاهة.';

describe('tokenizeForComparison', () => {
  it('folds case, Arabic letter variants and diacritics, and drops punctuation', () => {
    expect(tokenizeForComparison('Hello, WORLD! «إِنَّ» أحمد مدرسة ـــ 2018')).toEqual([
      'hello',
      'world',
      'ان',
      'احمد',
      'مدرسه',
      '2018',
    ]);
  });
});

describe('MinHasher', () => {
  it('is deterministic across instances', () => {
    expect(Array.from(new MinHasher().signature(STORY_EN))).toEqual(
      Array.from(new MinHasher().signature(STORY_EN)),
    );
  });

  it('estimates Jaccard close to the exact value of the shingle sets', () => {
    const edited =
      STORY_EN.replace('at least 40 civilians', 'dozens of civilians') + ' The offensive began in February.';
    const a = new Set(shingleHashes(STORY_EN, 3));
    const b = new Set(shingleHashes(edited, 3));
    const exact = [...a].filter((x) => b.has(x)).length / new Set([...a, ...b]).size;
    const hasher = new MinHasher({ numHashes: 256 });
    expect(
      Math.abs(estimateJaccard(hasher.signature(STORY_EN), hasher.signature(edited)) - exact),
    ).toBeLessThan(0.1);
  });
});

describe('orderedShingles and leadContainment', () => {
  it('keeps shingles in text order and measures how much of a lead occurs in an opening', () => {
    const a = orderedShingles('one two three four five', 3);
    expect(a).toHaveLength(3);
    expect(orderedShingles('one two', 3)).toHaveLength(1);
    expect(leadContainment(a.subarray(0, 2), orderedShingles('zero one two three four', 3))).toBe(1);
    expect(leadContainment(a.subarray(0, 2), orderedShingles('zero one two three', 3))).toBe(0.5);
    expect(leadContainment(new Uint32Array(0), a)).toBe(0);
  });
});

describe('NearDuplicateIndex', () => {
  it('clusters a wire copy with a prefix and dropped sentence with its original', () => {
    const index = new NearDuplicateIndex();
    expect(index.add('a', STORY_EN)).toEqual({ clusterId: 'a' });
    const copy = `BEIRUT (Reuters) - ${STORY_EN.replace(/Turkey meanwhile.*$/, '')}`;
    const result = index.add('b', copy);
    expect(result.clusterId).toBe('a');
    expect(result.nearestId).toBe('a');
    expect(result.similarity).toBeGreaterThanOrEqual(0.5);
  });

  it('clusters Arabic copies that differ by diacritics, tatweel, punctuation and a wire prefix', () => {
    const index = new NearDuplicateIndex();
    index.add('ar-1', STORY_AR);
    const copy =
      '(رويترز) - ' +
      STORY_AR.replace(/،/g, '').replace('العبادي', 'العَبَادِي').replace('الانتخابات', 'الانتخـــابات');
    expect(index.add('ar-2', copy).clusterId).toBe('ar-1');
  });

  it('keeps different stories apart', () => {
    const index = new NearDuplicateIndex();
    index.add('a', STORY_EN);
    index.add('ar', STORY_AR);
    expect(index.add('b', OTHER_EN)).toEqual({ clusterId: 'b' });
    expect(index.query(OTHER_EN).map((m) => m.id)).toEqual(['b']);
  });

  it('returns matches most similar first with their cluster', () => {
    const index = new NearDuplicateIndex();
    index.add('orig', STORY_EN);
    index.add('light', STORY_EN.replace('Tuesday', 'Wednesday'));
    const matches = index.query(STORY_EN);
    expect(matches[0]).toEqual({ id: 'orig', clusterId: 'orig', similarity: 1 });
    expect(matches[1]?.id).toBe('light');
    expect(matches[1]?.clusterId).toBe('orig');
  });

  it('gives the same clusters for the same insertion order (deterministic)', () => {
    const run = (): string[] => {
      const index = new NearDuplicateIndex();
      return [STORY_EN, OTHER_EN, `(AFP) - ${STORY_EN}`, STORY_AR].map(
        (text, i) => index.add(`d${i}`, text).clusterId,
      );
    };
    expect(run()).toEqual(['d0', 'd1', 'd0', 'd3']);
    expect(run()).toEqual(run());
  });

  it('restores stored fingerprints and clusters', () => {
    const first = new NearDuplicateIndex();
    const fingerprint = first.fingerprintOf(STORY_EN);
    const restored = new NearDuplicateIndex();
    restored.addFingerprint('stored', Uint32Array.from(fingerprint), 'cluster-7');
    expect(restored.clusterOf('stored')).toBe('cluster-7');
    expect(restored.add('new', `${STORY_EN} Reporting by staff.`).clusterId).toBe('cluster-7');
  });

  it('keeps a follow-up story apart when it reuses an earlier article as background under a new lead', () => {
    const followUp =
      'Government forces captured the town of Harasta on Thursday after rebels agreed to leave for Idlib, state media said, ending a six-year siege. ' +
      'Buses carrying fighters and their families left under Russian supervision. ' +
      STORY_EN;
    const withLeadCheck = new NearDuplicateIndex();
    withLeadCheck.add('earlier', STORY_EN);
    expect(withLeadCheck.add('follow-up', followUp)).toEqual({ clusterId: 'follow-up' });

    const withoutLeadCheck = new NearDuplicateIndex({ minLeadOverlap: 0 });
    withoutLeadCheck.add('earlier', STORY_EN);
    expect(withoutLeadCheck.add('follow-up', followUp).clusterId).toBe('earlier');
  });

  it('never matches texts without words to each other', () => {
    const index = new NearDuplicateIndex();
    index.add('empty-1', '   ');
    expect(index.add('empty-2', '!!!')).toEqual({ clusterId: 'empty-2' });
  });

  it('rejects a duplicate id, a wrong signature length and bad options', () => {
    const index = new NearDuplicateIndex();
    index.add('a', STORY_EN);
    expect(() => index.add('a', OTHER_EN)).toThrow(/already in the near-duplicate index/);
    expect(() => index.queryFingerprint(new Uint32Array(3))).toThrow(/fingerprint has 3 values/);
    expect(() => new NearDuplicateIndex({ leadWords: 200 })).toThrow(/leadWords/);
    expect(() => new NearDuplicateIndex({ threshold: 0 })).toThrow(/threshold/);
    let caught: unknown;
    try {
      new NearDuplicateIndex({ bands: 0 });
    } catch (error) {
      caught = error;
    }
    expect(isNewsSourceError(caught, 'INPUT_INVALID')).toBe(true);
  });
});
