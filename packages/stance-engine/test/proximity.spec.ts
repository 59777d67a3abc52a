import { compileCodebook, extractStatements } from '../src/index.js';
import { extract, triples } from './helpers.js';
import { TEST_CODEBOOK } from './fixtures.js';

const withTruce = compileCodebook({
  ...TEST_CODEBOOK,
  topics: [
    ...TEST_CODEBOOK.topics,
    { id: 'truce', label: { en: 'Truce' }, pro: { ar: ['الهدنة'] }, anti: {} },
  ],
});

// The proximity fallback reads sentences the analyser found no statement in: the subject-like
// actor takes the side the nearest stance cue gives the target right after it.
describe('proximity fallback', () => {
  it('reaches a cue separated from its subject by a setting or parenthetical', () => {
    const [statement, ...rest] = extract(
      'Sadr, speaking to supporters in Najaf on Friday evening, attacked Assad.',
    );
    expect(rest).toEqual([]);
    expect(`${statement!.actor}/${statement!.topic}/${statement!.stance}`).toBe(
      'sadr/assad-as-target/oppose',
    );
    // Low confidence: aggregates lean on the analysed statements.
    expect(statement!.confidence).toBeLessThan(0.5);
    expect(statement!.evidence).toBe('attacked Assad');
    expect(triples('Sadr in a televised speech on Friday rejected the US military presence.')).toEqual([
      'sadr/us-presence/oppose',
    ]);
  });

  it('keeps negation, hypotheticals and labels out', () => {
    expect(
      triples('Sadr, speaking in Najaf on Friday evening, did not reject the US military presence.'),
    ).toEqual(['sadr/us-presence/support']);
    expect(
      triples(
        'If Sadr, speaking in Najaf on Friday, rejected the US military presence, nothing would change.',
      ),
    ).toEqual([]);
    expect(triples('وهاجمت الفصائل المدعومة من الولايات المتحدة مواقع في الصحراء.')).toEqual([]);
  });

  it('does not give a reported clause with its own subject to the speaker', () => {
    expect(triples('Sadr said the attack on Syria was a disaster.')).toEqual([]);
    expect(triples('وقال الصدر إن الهجوم غير القانوني على سوريا سيؤدي إلى كارثة.')).toEqual([]);
  });

  it('leaves relative clauses to their antecedent and ownerless decisions to nobody', () => {
    // "التي تصدت": the units confronted Syria, not the speaker.
    expect(
      triples('وقال الصدر إن وحدات مقاومة سنجار كانت قائدا سابقا في الوحدات التي تصدت للنظام السوري.'),
    ).toEqual([]);
    expect(triples('وفي خطاب متلفز الجمعة تصدى الصدر للنظام السوري.')).toEqual([
      'sadr/syria-as-target/oppose',
    ]);
    // "رغم قرار الهدنة": the decision's owner is not named, so it is no one's position.
    const text =
      'في الوقت نفسه، قال نشطاء ميدانيون من داخل المدينة، في تصريحات، إن قوات برية موالية لنظام الرئيس بشار الأسد حاولت اقتحام المدينة من عدة جبهات، الأحد، رغم قرار الهدنة، ووصف النشطاء الوضع بأن الغارات مستمرة.';
    expect(extractStatements(withTruce, { id: 't', text })).toEqual([]);
  });
});
