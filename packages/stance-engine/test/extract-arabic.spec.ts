import { TEST_CODEBOOK } from './fixtures.js';
import { extract, triples, triplesWith } from './helpers.js';

describe('Arabic extraction by phenomenon', () => {
  it('VSO: verb, subject, object phrase (pro/anti composition)', () => {
    expect(triples('طالبت الفصائل المسلحة بانسحاب فوري للقوات.')).toEqual(['factions/us-presence/oppose']);
    expect(triples('وتحذر الفصائل المسلحة من الانسحاب الأميركي.')).toEqual(['factions/us-presence/support']);
  });

  it('SVO with a clitic-prefixed name and a conjugated verb', () => {
    expect(triples('وقال إن الحزب الشيوعي يرفض المشاركة في الانتخابات.')).toEqual([
      'communists/elections/oppose',
    ]);
  });

  it("a verb's pronoun stands for the previous sentence's topic only when the verb opens its clause", () => {
    const before = 'وناقش البرلمان بقاء القوات الأميركية. ';
    expect(triples(before + 'وترفضها الفصائل.')).toEqual(['factions/us-presence/oppose']);
    // After a noun the verb's clause describes that noun (corpus: "والقنصلية الإيرانية أحدث
    // منشأة يقتحمها المتظاهرون"), and so does a relative one ("الحكومة التي يعارضها").
    expect(triples(before + 'والاتفاقية أحدث وثيقة ترفضها الفصائل.')).toEqual([]);
    expect(triples(before + 'وانتقد الصدر الحكومة التي ترفضها الفصائل.')).toEqual([]);
  });

  it('object-first clause with an attached pronoun: "وهو ما ترفضه الفصائل"', () => {
    expect(triples('ويحتاج العراق إلى بقاء القوات الأميركية، وهو ما ترفضه الفصائل.')).toEqual([
      'factions/us-presence/oppose',
    ]);
  });

  it('negation flips: "على عدم الانسحاب", "لم يرفض", "يجب ألا"', () => {
    expect(triples('حث الصدر الحكومة العراقية على عدم تأجيل الانتخابات.')).toEqual([
      'sadr/elections/support',
    ]);
    expect(triples('لم يرفض الصدر الانتخابات.')).toEqual(['sadr/elections/support']);
    expect(triples('لكن الكاظمي يدرك أن الحل يجب ألا يكون على شكل الانسحاب الأميركي المفاجئ.')).toEqual([
      'kadhimi/us-presence/support',
    ]);
  });

  it('reported speech: the speaker holds the position in the complement', () => {
    expect(triples('وقال الصدر، في بيان، إن مقاطعة الانتخابات خطأ كبير.')).toEqual([
      'sadr/elections/support',
    ]);
  });

  it("anonymous sources and analysts are not holders, nor is the previous sentence's actor", () => {
    expect(
      triples('رحب الصدر بالانتخابات. وتقول مصادر سياسية رفيعة إن الحزب الشيوعي يؤيد تأجيل الانتخابات.'),
    ).toEqual(['communists/elections/oppose', 'sadr/elections/support']);
    expect(triples('رحب الصدر بالانتخابات. وقال محللون إنهم يرفضون الوجود العسكري الأميركي.')).toEqual([
      'sadr/elections/support',
    ]);
  });

  it('longest match wins: "انسحاب القوات الأميركية" is the anti phrase, not "القوات الأميركية"', () => {
    expect(triples('وطالب الصدر بانسحاب القوات الأميركية.')).toEqual(['sadr/us-presence/oppose']);
  });

  it('common reporting constructions: أعلن دعمه لـ، عبر عن رفضه لـ، quoted first person, لن تسحب', () => {
    expect(triples('أعلن الصدر دعمه للانتخابات.')).toEqual(['sadr/elections/support']);
    expect(triples('وعبر الحزب الشيوعي عن رفضه للوجود العسكري الأميركي.')).toEqual([
      'communists/us-presence/oppose',
    ]);
    expect(triples('قال الصدر: "نرفض الوجود العسكري الأميركي".')).toEqual(['sadr/us-presence/oppose']);
    expect(triples('أكدت واشنطن أنها لن تسحب القوات الأميركية من العراق.')).toEqual([
      'us/us-presence/support',
    ]);
  });

  it('verbal nouns of removal and nested cues compose: بخروج، إخراج، رفض دعوات', () => {
    expect(triples('طالبت الفصائل المسلحة بخروج القوات الأميركية.')).toEqual(['factions/us-presence/oppose']);
    expect(triples('دعا الصدر إلى إخراج القوات الأميركية من العراق.')).toEqual(['sadr/us-presence/oppose']);
    expect(triples('رفض الكاظمي دعوات الانسحاب الأميركي.')).toEqual(['kadhimi/us-presence/support']);
  });

  it('a demand that someone step down opposes them: "طالبت ألمانيا بتنحي بشار الأسد"', () => {
    expect(triples('طالبت ألمانيا بتنحي بشار الأسد.')).toEqual(['germany/assad-as-target/oppose']);
  });

  it('a topic phrase written with a finite verb is a deed: "والحزب الشيوعي قاطع الانتخابات"', () => {
    expect(triples('والحزب الشيوعي قاطع الانتخابات.')).toEqual(['communists/elections/oppose']);
    expect(triples('وكانت حركة تشرين قاطعت الانتخابات في الماضي.')).toEqual(['tishreen/elections/oppose']);
  });

  it('coordinated holders each get the statement', () => {
    expect(triples('وأكدت مواقف الحزب الشيوعي وحركة تشرين بشأن مقاطعة الانتخابات.')).toEqual([
      'communists/elections/oppose',
      'tishreen/elections/oppose',
    ]);
  });

  it('elided subject resolves to the previous sentence holder', () => {
    expect(triples('رفض الصدر الوجود العسكري الأميركي. وطالب بتأجيل الانتخابات.')).toEqual([
      'sadr/elections/oppose',
      'sadr/us-presence/oppose',
    ]);
  });

  it('noun cue with "من" names its holder: "إصرار من زعيم … على مقاطعة"', () => {
    expect(triples('وشهدت الأيام الماضية إصراراً من مقتدى الصدر على مقاطعة الانتخابات.')).toEqual([
      'sadr/elections/oppose',
    ]);
  });

  it('actor as topic: attack is oppose, praise is support, description by an evaluative word', () => {
    expect(triples('وشنت الفصائل هجوماً كلامياً قاسياً على الكاظمي.')).toEqual([
      'factions/kadhimi-as-target/oppose',
    ]);
    expect(triples('أشاد الصدر بالكاظمي.')).toEqual(['sadr/kadhimi-as-target/support']);
    expect(triples('ووصف أردوغان بشار الأسد بالقاتل.')).toEqual(['erdogan/assad-as-target/oppose']);
  });

  it('does not code a stance toward oneself or the own memberOf chain', () => {
    expect(triples('وانتقد الأسد النظام السوري.')).toEqual([]);
  });

  it('an explicitly neutral position is coded neutral', () => {
    expect(triples('وأكد الحزب الشيوعي موقفه المحايد من الانتخابات.')).toEqual([
      'communists/elections/neutral',
    ]);
  });

  it('role titles resolve by the article date', () => {
    const text = 'ورحب رئيس الوزراء العراقي بالانتخابات.';
    expect(triples(text, { published_at: '2021-07-25' })).toEqual(['kadhimi/elections/support']);
    expect(triples(text, { published_at: '2016-03-01T00:00:00Z' })).toEqual(['abadi/elections/support']);
  });

  it('a bare title resolves to the person named before who holds it ("وقال رئيس الوزراء")', () => {
    expect(
      triples(
        'استقبل رئيس الوزراء العراقي مصطفى الكاظمي الصدر. وقال رئيس الوزراء إنه يرفض تأجيل الانتخابات.',
        { published_at: '2021-07-25' },
      ),
    ).toEqual(['kadhimi/elections/support']);
  });

  it('officials speak for their country through a demonym', () => {
    expect(triples('ورفض نائب وزير الخارجية الألماني الانسحاب الأميركي.')).toEqual([
      'germany/us-presence/support',
    ]);
  });

  it('common-word names count only in context: الأسد the lion is not Assad', () => {
    expect(triples('هاجم الأسد القطيع في الغابة. ورفضت سوريا الأسد.')).toEqual([]);
    expect(triples('وقال الرئيس بشار الأسد إنه يرفض الوجود العسكري الأميركي.')).toEqual([
      'assad/us-presence/oppose',
    ]);
  });

  it('labels are not positions: "الفصائل الموالية"/"المدعومة من"', () => {
    expect(triples('وهاجمت الفصائل المدعومة من الولايات المتحدة مواقع في الصحراء.')).toEqual([]);
  });

  it('"هذه الخطوة" / "هذا القرار" stands for the topic named just before', () => {
    expect(
      triples('أعلنت واشنطن تعزيز القوات الأميركية في البلاد. وقال الصدر إن هذه الخطوة مرفوضة.'),
    ).toEqual(['sadr/us-presence/oppose', 'us/us-presence/support']);
  });

  it('a bare head noun stands for a phrase of the topic named just before ("الانسحاب" after "الانسحاب الأميركي")', () => {
    expect(triples('طالب الصدر بالانسحاب الأميركي من العراق. وحذرته الحكومة العراقية من الانسحاب.')).toEqual([
      'iraqi-government/us-presence/support',
      'sadr/us-presence/oppose',
    ]);
  });

  it('an object pronoun stands for the topic phrase before it: "… الانتخابات. ووصفها الصدر بأنها نصر"', () => {
    expect(triples('وأعلنت المفوضية نتائج الانتخابات. ووصفها الصدر بأنها نصر كبير.')).toEqual([
      'sadr/elections/support',
    ]);
    expect(triples('وفي أول تعليق له على الانتخابات، رفضها الحزب الشيوعي.')).toEqual([
      'communists/elections/oppose',
    ]);
  });

  it('a "لل" spelling of ل + ال still finds the name', () => {
    expect(triples('وجهت الفصائل انتقادا للولايات المتحدة.')).toEqual(['factions/us-as-target/oppose']);
  });

  it('evidence offsets are exact UTF-16 spans, also with diacritics and emoji', () => {
    const text = '😀 خبر عاجل 🇮🇶: رَفَضَ الصدرُ الوجودَ العسكريَّ الأميركيَّ.';
    const [s] = extract(text);
    expect(s).toBeDefined();
    expect(text.slice(s!.start, s!.end)).toBe(s!.evidence);
    expect(s!.evidence.startsWith('رَفَضَ')).toBe(true);
    expect(s!.evidence.endsWith('الأميركيَّ')).toBe(true);
  });

  it('deeds of force oppose their target: غارات على، قصف مواقع، اقتحام السفارة', () => {
    expect(triples('شنت الفصائل المسلحة غارات على مواقع النظام السوري.')).toEqual([
      'factions/syria-as-target/oppose',
    ]);
    expect(triples('قصفت الولايات المتحدة مواقع النظام السوري قرب حلب.')).toEqual([
      'us/syria-as-target/oppose',
    ]);
    expect(triples('اقتحمت الفصائل المسلحة السفارة الأميركية في بغداد.')).toEqual([
      'factions/us-as-target/oppose',
    ]);
  });

  it('a position on an act named after its actor is one on the actor: دانت الضربات الأميركية', () => {
    expect(triples('دانت ألمانيا الضربات الأميركية على سوريا.')).toEqual([
      'germany/us-as-target/oppose',
      'germany/us-strikes/oppose',
    ]);
    // A state is not an act: rejecting US troops stays on the policy topic only.
    expect(triples('ويرفض الحزب الشيوعي الوجود العسكري الأميركي.')).toEqual([
      'communists/us-presence/oppose',
    ]);
  });

  it('VSO: the object follows the subject and its apposed name: اتهم وزير الخارجية الألماني فلان، واشنطن', () => {
    expect(
      triples('اتهم وزير الخارجية الألماني هايكو ماس، الولايات المتحدة والنظام السوري بعرقلة الحل.'),
    ).toEqual(['germany/syria-as-target/oppose', 'germany/us-as-target/oppose']);
  });

  it('"قال إنه يطالب X": a pronoun on the complementizer is the subject, the actor after the verb the object', () => {
    expect(triples('وقال الصدر إنه يدعم النظام السوري.')).toEqual(['sadr/syria-as-target/support']);
    // (The addressee told to withdraw is opposed too.)
    expect(triples('وقال العبادي إنه يطالب واشنطن بالانسحاب الأميركي.')).toEqual([
      'abadi/us-as-target/oppose',
      'abadi/us-presence/oppose',
    ]);
  });

  it('"تستهدف إعادة حكومة X" aims at a course of action and does not target X', () => {
    expect(triples('وقال الصدر إن العملية تستهدف إعادة حكومة بشار الأسد.')).toEqual([]);
  });

  it('fire after a finite verb of shooting or burning targets its object; a ceasefire does not', () => {
    expect(triples('أطلقت الفصائل المسلحة النار على قوات النظام السوري.')).toEqual([
      'factions/syria-as-target/oppose',
    ]);
    expect(triples('أضرمت الفصائل المسلحة النار في مقر النظام السوري.')).toEqual([
      'factions/syria-as-target/oppose',
    ]);
    expect(triples('دعت ألمانيا إلى وقف إطلاق النار في سوريا.')).toEqual([]);
  });

  it('a warning opposes its addressee; other directives do not (حذرت واشنطن دمشق / حثت واشنطن دمشق)', () => {
    expect(triples('حذرت الولايات المتحدة النظام السوري من أنها سترد بحزم.')).toEqual([
      'us/syria-as-target/oppose',
    ]);
    expect(triples('حثت الولايات المتحدة النظام السوري على ضبط النفس.')).toEqual([]);
  });

  it('pejorative labels evaluate the described: وصف X بالشذاذ / بالمرتزقة', () => {
    expect(triples('وصف الصدر قوات النظام السوري بـ"المرتزقة".')).toEqual(['sadr/syria-as-target/oppose']);
  });

  it('a reaction to an act counts toward its agent named in a relative clause: الضربات التي شنتها X', () => {
    // (The strikes' agent opposes what they hit: the act named with its agent and its object.)
    expect(
      triples('دانت ألمانيا، الجمعة، الضربات التي شنتها المقاتلات الحربية الأميركية على سوريا.'),
    ).toEqual(['germany/us-as-target/oppose', 'germany/us-strikes/oppose', 'us/syria-as-target/oppose']);
    expect(triples('رحب الصدر بالقرار الذي اتخذه النظام السوري.')).toEqual(['sadr/syria-as-target/support']);
  });

  it('a pledge supports what is pledged: تعهد بـ', () => {
    expect(triples('تعهد الصدر بالمشاركة في الانتخابات.')).toEqual(['sadr/elections/support']);
  });

  it('an elided subject does not refer to an actor after a preposition or past an untracked speaker', () => {
    expect(
      triples(
        'قال وزير الخارجية الفلسطيني إن الموقف الأميركي يعطي غطاء للنظام السوري. ودعا إلى المشاركة في الانتخابات.',
      ),
    ).toEqual([]);
    expect(triples('رحب الصدر بالانتخابات. ودعا إلى المشاركة في الانتخابات.')).toEqual([
      'sadr/elections/support',
    ]);
  });

  it('"مخالف للقانون" and "غير قانوني" judge what they describe', () => {
    expect(triples('واعتبر الصدر أن الوجود العسكري الأميركي مخالف للقرارات الدولية.')).toEqual([
      'sadr/us-presence/oppose',
    ]);
    expect(triples('وقال الصدر إن الوجود العسكري الأميركي غير قانوني.')).toEqual(['sadr/us-presence/oppose']);
  });

  it('a deed on its own act takes a side on the act named after the holder: كثفت واشنطن ضرباتها / أوقفت ضرباتها', () => {
    expect(triples('كثفت الولايات المتحدة في الأشهر الأخيرة ضرباتها ضد مواقع النظام السوري.')).toEqual([
      'us/syria-as-target/oppose',
      'us/us-strikes/support',
    ]);
    expect(triples('أوقفت الولايات المتحدة ضرباتها.')).toEqual(['us/us-strikes/oppose']);
  });

  it('launching an act is a deed for the act named after the holder: تنفذ واشنطن ضربات جوية', () => {
    expect(triples('وتنفذ الولايات المتحدة بانتظام ضربات جوية ضد مواقع النظام السوري.')).toEqual([
      'us/syria-as-target/oppose',
      'us/us-strikes/support',
    ]);
  });

  it('tasking someone supports them: كلف X بتشكيل الحكومة', () => {
    expect(triples('كلف الصدر مصطفى الكاظمي بتشكيل الحكومة.')).toEqual(['sadr/kadhimi-as-target/support']);
  });

  it('an alliance is a position of both sides: تحالف X مع Y', () => {
    expect(triples('تحالف النظام السوري مع الولايات المتحدة.')).toEqual([
      'syria/us-as-target/support',
      'us/syria-as-target/support',
    ]);
  });

  it('a minister named in person speaks for his government too; a head of state only for himself', () => {
    expect(triples('رحبت بيربوك بالانتخابات.')).toEqual([
      'baerbock/elections/support',
      'germany/elections/support',
    ]);
    expect(triples('رحب أردوغان بالانتخابات.')).toEqual(['erdogan/elections/support']);
  });

  it('government buildings of a country stand for its government: اقتحموا المباني الحكومية السورية', () => {
    expect(triples('اقتحمت الفصائل المسلحة المباني الحكومية السورية.')).toEqual([
      'factions/syria-as-target/oppose',
    ]);
  });

  it('a circumstantial participle after a comma does not compose with the verb before: رفض …، متهما X', () => {
    expect(triples('ورفض الصدر الانتخابات، متهما النظام السوري بالتدخل فيها.')).toEqual([
      'sadr/elections/oppose',
      'sadr/syria-as-target/oppose',
    ]);
  });

  it('clashes between two sides: each opposes the other (اشتباكات بين X وY)', () => {
    expect(triples('واندلعت اشتباكات بين الفصائل المسلحة والنظام السوري.')).toEqual([
      'factions/syria-as-target/oppose',
    ]);
  });

  it('a victory over someone opposes them (الانتصار على X); defeat', () => {
    expect(triples('وأعلنت الفصائل المسلحة الانتصار الكامل على النظام السوري.')).toEqual([
      'factions/syria-as-target/oppose',
    ]);
    expect(triples('هزمت الفصائل المسلحة قوات النظام السوري.')).toEqual(['factions/syria-as-target/oppose']);
  });

  it('"the attack on X" reported by someone is an event, not their act; "شن الهجوم على X" is', () => {
    expect(triples('وقال الصدر إن الهجوم غير القانوني على سوريا سيؤدي إلى كارثة.')).toEqual([]);
    expect(triples('وشن الصدر الهجوم على سوريا.')).toEqual(['sadr/syria-as-target/oppose']);
    // The act named with its agent: the agent's act.
    expect(triples('وقال الصدر إن القصف الأميركي على سوريا جريمة.')).toContain('us/syria-as-target/oppose');
    expect(triples('وقال الصدر إن القصف على سوريا جريمة.')).toEqual([]);
  });

  it('a threat endorses expanding a course of action: هدد بتوسيع', () => {
    expect(triples('وهدد الصدر بتوسيع المشاركة في الانتخابات.')).toEqual(['sadr/elections/support']);
  });

  it('holding someone responsible opposes them (حمّل X المسؤولية); حمل without it is "carry"', () => {
    expect(triples('وحملت الولايات المتحدة النظام السوري مسؤولية الهجوم.')).toEqual([
      'us/syria-as-target/oppose',
    ]);
    expect(triples('وحمل الصدر علم النظام السوري.')).toEqual([]);
  });

  it('an accusative participle after a noun it cannot agree with is circumstantial: "خروقات جسيمة متهما X"', () => {
    expect(triples('وقال الصدر إن تحقيقا حكوميا كشف خروقات جسيمة متهما الكاظمي بالمسؤولية عنها.')).toEqual([
      'sadr/kadhimi-as-target/oppose',
    ]);
    // Attributive after a plural noun: a label, no position of the sentence's subject.
    expect(triples('والتقى الصدر بعدد من النواب المؤيدين للكاظمي.')).toEqual([]);
  });

  it("reacting to an actor's decision takes a side on the actor: ألغت/رفض/رحب بقرار X", () => {
    expect(triples('ورفض الصدر، اليوم، قرار الكاظمي.')).toEqual(['sadr/kadhimi-as-target/oppose']);
    expect(triples('ورحب الصدر بقرار الكاظمي.')).toEqual(['sadr/kadhimi-as-target/support']);
    // Naming the decision is no reaction to it; carrying it out is a deed on a thing.
    expect(triples('وقال الصدر إن قرار الكاظمي صدر أمس.')).toEqual([]);
    expect(triples('ونفذ الصدر قرار الكاظمي.')).toEqual([]);
  });

  it('a call on an actor to resign opposes it: "طالب X والحكومة بتقديم استقالتهم"', () => {
    expect(triples('وطالب الصدر الكاظمي والحكومة بتقديم استقالتهم.')).toEqual([
      'sadr/kadhimi-as-target/oppose',
    ]);
    expect(triples('ودعا الصدر الكاظمي إلى الاستقالة.')).toEqual(['sadr/kadhimi-as-target/oppose']);
    // The resignation of someone else, asked of the addressee.
    expect(triples('وطالب الصدر الكاظمي بتقديم الخدمات واستقالة الوزراء.')).toEqual([]);
  });

  it('each conjunct of an arson or storming object list is a target: النار في مقار … ومقر … ومكتب X', () => {
    expect(
      triples(
        'وأضرمت الفصائل المسلحة النار في مقار ميليشيات محلية وأحزاب صغيرة ومقر حزب البعث ومكتب الكاظمي.',
      ),
    ).toEqual(['factions/kadhimi-as-target/oppose']);
    expect(
      triples('واقتحمت الفصائل المسلحة مقار ميليشيات محلية وأحزاب صغيرة ومقر حزب البعث ومكتب الكاظمي.'),
    ).toEqual(['factions/kadhimi-as-target/oppose']);
    // A place named only as a landmark is not what was burnt.
    expect(
      triples('وأضرمت الفصائل المسلحة النار في مقار ميليشيات محلية وأحزاب صغيرة قرب مكتب الكاظمي.'),
    ).toEqual([]);
  });

  it('places belonging to an actor are its own: "أحرقوا مقرات تابعة لـX"', () => {
    expect(triples('وأحرقت الفصائل المسلحة مقرات تابعة للنظام السوري.')).toEqual([
      'factions/syria-as-target/oppose',
    ]);
    expect(triples('واقتحمت الفصائل المسلحة المكاتب التابعة للنظام السوري.')).toEqual([
      'factions/syria-as-target/oppose',
    ]);
    // A unit that belongs to an actor only names it: a label, not a target of the speaker.
    expect(triples('وقال الصدر إن الفصائل التابعة للنظام السوري انسحبت من المدينة.')).toEqual([]);
  });

  it('a country after a locative noun is a place, not a subject: "في منبج شمال سوريا، والتحرك … لمنع"', () => {
    expect(
      triples(
        'وهددت الفصائل المسلحة باتخاذ إجراءات في منبج شمال سوريا، والتحرك في الأراضي العراقية لمنع عمليات الولايات المتحدة.',
      ),
    ).toEqual(['factions/us-as-target/oppose']);
    expect(triples('وهددت سوريا باتخاذ إجراءات لمنع عمليات الولايات المتحدة.')).toEqual([
      'syria/us-as-target/oppose',
    ]);
  });

  it('an untracked definite subject with its adjectives owns the verb: "إن الجماعات الإرهابية المسلحة تطلق"', () => {
    expect(
      triples('وقالت الولايات المتحدة إن الجماعات الإرهابية المسلحة تطلق النار على مواقع النظام السوري.'),
    ).toEqual([]);
    expect(triples('وقالت الولايات المتحدة إنها تطلق النار على مواقع النظام السوري.')).toEqual([
      'us/syria-as-target/oppose',
    ]);
  });

  it('a cue in a time adjunct after a topic is no predicate on it: "الوجود … منذ انسحاب الفصائل"', () => {
    expect(triples('وقال الصدر إن الوجود العسكري الأميركي منذ انسحاب الفصائل من المدينة لم يتغير.')).toEqual(
      [],
    );
    expect(triples('وقال الصدر إن الوجود العسكري الأميركي يهدد البلاد.')).toEqual([
      'sadr/us-presence/oppose',
    ]);
  });

  it('a verbal noun after a preposition of time dates an event, nobody\'s position: "منذ إعلان النصر على X"', () => {
    expect(triples('رحب الصدر بالانتخابات. وكان الهجوم الأعنف منذ إعلان النصر على النظام السوري.')).toEqual([
      'sadr/elections/support',
    ]);
    expect(triples('رحب الصدر بالانتخابات. وجاء ذلك بعيد إعلان السلطات هزيمة النظام السوري.')).toEqual([
      'sadr/elections/support',
    ]);
    expect(triples('رحب الصدر بالانتخابات. وأعلن النصر على النظام السوري.')).toEqual([
      'sadr/elections/support',
      'sadr/syria-as-target/oppose',
    ]);
  });

  it('a statement named as a setting (في البيان) does not part a charge from its content', () => {
    expect(
      triples('واتهم الصدر بعض السياسيين العراقيين في البيان بالإبقاء على الوجود العسكري الأميركي.'),
    ).toEqual(['sadr/us-presence/oppose']);
    // A reporting particle still opens someone's words.
    expect(triples('وهاجم الصدر المسؤولين بحسب الوجود العسكري الأميركي.')).toEqual([]);
  });

  it('a clitic preposition after a VSO subject is the complement of a verb with an object pronoun: "ما قرره X بـ"', () => {
    expect(triples('وأيدت الحكومة العراقية ما قرره الصدر سابقا بتأجيل الانتخابات.')).toEqual([
      'sadr/elections/oppose',
    ]);
    // "ما يصفه كثيرون بـ": the many describe, the outer verb's subject takes the side.
    expect(triples('وندد الصدر بما يصفه كثيرون بالوجود العسكري الأميركي.')).toEqual([
      'sadr/us-presence/oppose',
    ]);
  });

  it('clashing with someone opposes them: "اشتبكت X مع Y", "في اشتباكات مع Y"', () => {
    expect(triples('وأعلنت الفصائل المسلحة مقتل أربعة من عناصرها في اشتباكات مع النظام السوري.')).toEqual([
      'factions/syria-as-target/oppose',
    ]);
    expect(triples('واشتبكت الفصائل المسلحة مع قوات النظام السوري.')).toEqual([
      'factions/syria-as-target/oppose',
    ]);
    // With another act against someone, "مع" names a partner.
    expect(triples('وشنت الفصائل المسلحة هجوما مع الولايات المتحدة على المدينة.')).toEqual([]);
  });

  it('calling something an aggression (اعتداء) opposes it, and denying it supports it', () => {
    expect(triples('ويعتبر الصدر الوجود العسكري الأميركي اعتداء على السيادة العراقية.')).toEqual([
      'sadr/us-presence/oppose',
    ]);
    expect(triples('وقال الصدر إن الوجود العسكري الأميركي ليس اعتداء على أحد.')).toEqual([
      'sadr/us-presence/support',
    ]);
  });

  it('ordering something supports it: "أمر X بـY"; the noun "أمر" (matter) is no cue', () => {
    expect(triples('وأمر الصدر بتأجيل الانتخابات.')).toEqual(['sadr/elections/oppose']);
    expect(triples('وقال الصدر إن أمر الانتخابات بيد الشعب.')).toEqual([]);
  });

  it('the addressee of a directive past its subject and an adverb acts for the caller: "دعا X مرارا Y إلى التحرك ضد Z"', () => {
    expect(triples('ودعا الزعيم مقتدى الصدر مرارا الحكومة العراقية إلى التحرك ضد الولايات المتحدة.')).toEqual(
      ['sadr/us-as-target/oppose'],
    );
    // Reported, not urged: the government holds it.
    expect(triples('وقال الصدر إن الحكومة العراقية تتحرك ضد الولايات المتحدة.')).toEqual([
      'iraqi-government/us-as-target/oppose',
    ]);
  });

  it('what a speaker expects others to do is the speaker\'s wish: "قال X إنه يتوقع أن تمنع Y …"', () => {
    expect(triples('وقال الصدر إنه يتوقع أن تمنع الحكومة العراقية عمليات الولايات المتحدة.')).toEqual([
      'sadr/us-as-target/oppose',
    ]);
    expect(triples('وقال الصدر إن الحكومة العراقية تمنع عمليات الولايات المتحدة.')).toEqual([
      'iraqi-government/us-as-target/oppose',
    ]);
  });

  it('a verbal noun in a clause opened by "حيث" is not held by an actor named before it', () => {
    expect(
      triples(
        'ويواجه البرلمان الجديد مهمة إعادة البناء عقب الحرب ضد الفصائل المسلحة، حيث أدى النقص الشديد في المياه إلى رفض الانتخابات.',
      ),
    ).toEqual([]);
    expect(triples('ورحب الصدر بالانتخابات، حيث أكد دعم الانتخابات.')).toEqual(['sadr/elections/support']);
  });

  it('a date set off by commas does not part a deed from its object: "اقتحمت X، الجمعة الماضية، السفارة"', () => {
    expect(triples('واقتحمت الفصائل المسلحة، الجمعة الماضية، السفارة الأميركية في بغداد.')).toEqual([
      'factions/us-as-target/oppose',
    ]);
    expect(triples('واقتحمت الفصائل المسلحة، يوم الجمعة، مقر الكاظمي.')).toEqual([
      'factions/kadhimi-as-target/oppose',
    ]);
  });

  it('the object of an accusation after a relative clause on its subject: "يتهم X الذي …، Y بـ"', () => {
    expect(
      triples('ويتهم الحزب الشيوعي الذي ينظم اعتصاما أمام مقر المحافظة، الكاظمي بالفشل في تأمين الخدمات.'),
    ).toEqual(['communists/kadhimi-as-target/oppose']);
    // An actor inside the relative clause is not the accused.
    expect(triples('ويتهم الحزب الشيوعي الذي يدعم الكاظمي، الفصائل المسلحة بالفشل.')).toEqual([]);
  });

  it('verbs of dismay, disowning, fighting, dismissal, allegiance and joining', () => {
    expect(triples('وأعرب الصدر عن استيائه من واشنطن.')).toEqual(['sadr/us-as-target/oppose']);
    expect(triples('وأعربت الفصائل المسلحة عن انزعاجها من الوجود العسكري الأميركي.')).toEqual([
      'factions/us-presence/oppose',
    ]);
    expect(triples('وتبرأ الصدر من النظام السوري.')).toEqual(['sadr/syria-as-target/oppose']);
    expect(triples('ودعا الصدر إلى مكافحة النظام السوري.')).toEqual(['sadr/syria-as-target/oppose']);
    expect(triples('وطالب الصدر بإقالة الكاظمي.')).toEqual(['sadr/kadhimi-as-target/oppose']);
    expect(triples('وبايعت الفصائل المسلحة الكاظمي.')).toEqual(['factions/kadhimi-as-target/support']);
    expect(triples('وأعلنت الفصائل المسلحة التحاقها بالنظام السوري.')).toEqual([
      'factions/syria-as-target/support',
    ]);
    // "دعم من X" still names the supporter, not a target.
    expect(triples('وحصلت الفصائل على دعم من واشنطن.')).toEqual([]);
  });

  it('eliminating someone (القضاء على X) opposes them; القضاء alone is the judiciary', () => {
    expect(triples('ودعا الصدر إلى القضاء على النظام السوري.')).toEqual(['sadr/syria-as-target/oppose']);
    expect(triples('وقال الصدر إن القضاء العراقي مستقل عن النظام السوري.')).toEqual([]);
  });

  it('a threat against the fighters of a group opposes the group: "توعد X متمردي Y بـ"', () => {
    expect(triples('وتوعد الصدر متمردي النظام السوري بالرد.')).toEqual(['sadr/syria-as-target/oppose']);
  });

  it('parties of an alliance or agreement support each other; parties trading accusations oppose each other', () => {
    expect(triples('وشكل الصدر والكاظمي تحالفا جديدا.')).toEqual(['sadr/kadhimi-as-target/support']);
    expect(triples('واتفق الصدر والكاظمي على تشكيل الحكومة.')).toEqual(['sadr/kadhimi-as-target/support']);
    expect(triples('وتبادل الصدر والكاظمي الاتهامات بالمسؤولية عن الأزمة.')).toEqual([
      'sadr/kadhimi-as-target/oppose',
    ]);
    // A relation named in general, or denied, is no pact.
    expect(triples('ودعا الصدر والكاظمي إلى تعزيز التعاون.')).toEqual([]);
    expect(triples('ولم يتفق الصدر والكاظمي على شيء.')).toEqual([]);
  });

  it('joining and standing by someone support them: انضم إلى، وقف إلى جانب، وقوفه مع', () => {
    expect(triples('وانضمت الفصائل المسلحة إلى النظام السوري.')).toEqual([
      'factions/syria-as-target/support',
    ]);
    expect(triples('ووقفت الفصائل المسلحة إلى جانب النظام السوري.')).toEqual([
      'factions/syria-as-target/support',
    ]);
    expect(triples('وأكد الصدر وقوفه مع الكاظمي.')).toEqual(['sadr/kadhimi-as-target/support']);
    // وقف is also "stop": a ceasefire with someone is no standing by them.
    expect(triples('ودعا الصدر إلى وقف إطلاق النار مع النظام السوري.')).toEqual([]);
  });

  it('fighting alongside someone supports them; "إلى جانب" after other cues names a partner, not a target', () => {
    expect(triples('وتقاتل الفصائل المسلحة إلى جانب قوات النظام السوري.')).toEqual([
      'factions/syria-as-target/support',
    ]);
    expect(triples('وتدعم الفصائل المسلحة، إلى جانب الولايات المتحدة، حركة تشرين.')).toEqual([]);
    // A pact noun that is the subject of another verb is no pact its holders made.
    expect(triples('ويقود تحالف عسكري بقيادة الولايات المتحدة حربا ضد النظام السوري.')).toEqual([]);
    expect(triples('وأعلنت الفصائل المسلحة انضمامها إلى النظام السوري.')).toEqual([
      'factions/syria-as-target/support',
    ]);
  });

  it('near misses of elimination: dying at the hands of someone, and a place after the object', () => {
    expect(triples('وقال الصدر إن عشرات قضوا على أيدي الفصائل المسلحة في سوريا.')).toEqual([]);
    expect(triples('ودعا الصدر إلى القضاء على الفصائل المسلحة بسوريا.')).toEqual([]);
    expect(triples('ودعا الصدر إلى القضاء على عناصر النظام السوري.')).toEqual([
      'sadr/syria-as-target/oppose',
    ]);
  });

  it('launching missiles or shells at someone opposes them; a call to stop launching them does not', () => {
    expect(triples('وأطلقت الفصائل المسلحة صواريخ على السفارة الأميركية.')).toEqual([
      'factions/us-as-target/oppose',
    ]);
    expect(triples('ودعا الصدر إلى وقف إطلاق الصواريخ على السفارة الأميركية.')).toEqual([]);
  });

  it('a decision issued by an actor is its position: "أصدر X قرارا بـ"; an ownerless decision is nobody\'s', () => {
    expect(triples('وأصدر الصدر قرارا بمقاطعة الانتخابات.')).toEqual(['sadr/elections/oppose']);
    expect(triples('وقال الصدر إن هناك قرارا بمقاطعة الانتخابات.')).toEqual([]);
  });

  it('SVO with an actor object: the subject before the verb leaves the name after it as the object', () => {
    expect(triples('وقال الصدر إن الكاظمي انتقد الولايات المتحدة أمامنا.')).toEqual([
      'kadhimi/us-as-target/oppose',
    ]);
    expect(triples('الفصائل المسلحة هاجمت النظام السوري.')).toEqual(['factions/syria-as-target/oppose']);
  });
});

describe('datelines', () => {
  it('gives nothing to the place a wire story was filed from', () => {
    // CNN Arabic opens every story so ("دبي، الإمارات العربية المتحدة (CNN)--").
    expect(triples('واشنطن، الولايات المتحدة (CNN)-- عبرت دول عربية عدة عن دعمها للنظام السوري.')).toEqual(
      [],
    );
    expect(triples('واشنطن، الولايات المتحدة (CNN)-- رفض الصدر الوجود العسكري الأميركي.')).toEqual([
      'sadr/us-presence/oppose',
    ]);
  });
});

describe('verbal nouns whose object takes a preposition', () => {
  it('read the genitive as the one objecting, not as the target ("اعتراض إسرائيل")', () => {
    // news-ar: "وقررت روسيا تزويد سوريا بهذا النظام على الرغم من اعتراض إسرائيل".
    expect(triples('وقرر الصدر المضي في الخطة على الرغم من اعتراض واشنطن.')).toEqual([]);
    expect(triples('وأثار ترحيب الحكومة العراقية بالوجود العسكري الأميركي غضب الصدر.')).toContain(
      'iraqi-government/us-presence/support',
    );
  });
});

describe('charges', () => {
  it('are what someone is held on, not the holder\'s position ("بتهمة التعاون مع X")', () => {
    // news-ar: "واعتقلته السلطات التركية … بتهمة التعاون مع حزب العمال الكردستاني".
    expect(triples('واعتقلت الحكومة العراقية عشرات من أنصار الصدر بتهمة التعاون مع واشنطن.')).toEqual([]);
    expect(triples('وأعلنت الحكومة العراقية التعاون مع واشنطن.')).toEqual([
      'iraqi-government/us-as-target/support',
    ]);
  });
});

describe('defence ministers', () => {
  it('are an institution, not someone defending ("وزيري الدفاع الروسي والتركي")', () => {
    expect(triples('وآخرها لقاء في بغداد جمع وزيري الدفاع العراقي والأميركي.')).toEqual([]);
  });
});

describe('elided subjects', () => {
  const read = triplesWith({
    ...TEST_CODEBOOK,
    topics: [
      ...TEST_CODEBOOK.topics,
      { id: 'resolution', label: { ar: 'القرار الأممي' }, pro: { ar: ['القرار'] }, anti: {} },
      { id: 'lift-siege', label: { ar: 'رفع الحصار' }, pro: { ar: ['رفع الحصار'] }, anti: {} },
    ],
  });

  it('are not taken when a noun follows a verb whose object takes a preposition ("يدعو القرار إلى")', () => {
    // news-ar: "وإثر طلب روسيا ضمانات، قرر مجلس الأمن … من جانب آخر، يدعو القرار إلى رفع فوري للحصار".
    expect(read('وطالبت واشنطن بضمانات. من جانب آخر، يدعو القرار إلى رفع الحصار.')).not.toContain(
      'us/lift-siege/support',
    );
    expect(read('وطالبت واشنطن بضمانات. ودعت إلى رفع الحصار.')).toContain('us/lift-siege/support');
  });
});

describe('a people', () => {
  it('is not its state ("الشعب السوري"), but a people\'s assembly speaks for it', () => {
    // news-ar: "تركيا التي لطالما زعمت الدفاع عن الشعب السوري بمواجهة الآلة الوحشية للنظام السوري".
    expect(triples('ودافع الصدر عن الشعب السوري.')).toEqual([]);
    expect(triples('ودافع الصدر عن النظام السوري.')).toEqual(['sadr/syria-as-target/support']);
    // "مجلس الشعب السوري" is the Syrian parliament, which speaks for its state.
    expect(triples('وقال رئيس مجلس الشعب السوري إنه يرفض الوجود العسكري الأميركي.')).toEqual([
      'syria/us-presence/oppose',
    ]);
  });
});

describe('causes', () => {
  it('name an act the clause reacts to, held only by agents named in it ("بسبب")', () => {
    // news-ar: "فتحت السلطات العراقية أجواء البلاد … بعد إغلاقها لفترة بسبب التصويت في الانتخابات".
    expect(triples('وأغلقت الحكومة العراقية أجواء البلاد لفترة بسبب التصويت في الانتخابات.')).toEqual([]);
    expect(
      triples('وفرضت الحكومة العراقية حظر التجول بسبب القتال بين الفصائل المسلحة والولايات المتحدة.'),
    ).toContain('factions/us-as-target/oppose');
  });
});

describe('negated force', () => {
  it('is no support ("لا تتطلع لقتال قوات سورية")', () => {
    // news-ar: "قالت وزارة الخارجية الأميركية إن الولايات المتحدة لا تتطلع لقتال قوات سورية أو إيرانية".
    expect(triples('وقالت واشنطن إنها لا تتطلع لقتال النظام السوري.')).toEqual([]);
  });
});

describe('co-speakers', () => {
  it('are not what they describe ("الذي تعتبره الولايات المتحدة وتركيا منظمة إرهابية")', () => {
    // news-ar: "حزب العمال الكردستاني، الذي تعتبره الولايات المتحدة والاتحاد الأوروبي وتركيا منظمة إرهابية".
    expect(
      triples('ويقاتل الحزب، الذي تعتبره الولايات المتحدة والحكومة العراقية منظمة إرهابية، منذ ثلاثة عقود.'),
    ).toEqual([]);
    expect(triples('وقال الصدر إن الولايات المتحدة دولة إرهابية.')).toEqual(['sadr/us-as-target/oppose']);
  });
});

describe('anti phrases that name the act with contempt', () => {
  const read = triplesWith({
    ...TEST_CODEBOOK,
    topics: [
      ...TEST_CODEBOOK.topics,
      {
        id: 'turkish-ops',
        label: { ar: 'العمليات العسكرية التركية', en: 'Turkish military operations' },
        pro: { ar: ['العمليات التركية'], en: ['Turkish operations'] },
        anti: {
          ar: ['انسحاب القوات التركية', 'العدوان التركي'],
          en: ['Turkish withdrawal', 'Turkish aggression'],
        },
      },
    ],
  });

  it('are the act itself: confronting "العدوان التركي" opposes the operations', () => {
    // news-ar: "قوات شعبية ستدخل عفرين … لمواجهة العدوان التركي".
    expect(read('ودعا الصدر إلى مواجهة العدوان التركي.')).toContain('sadr/turkish-ops/oppose');
    expect(read('Sadr condemned the Turkish aggression.')).toContain('sadr/turkish-ops/oppose');
    // An opposite course of action keeps its sign.
    expect(read('ودعا الصدر إلى انسحاب القوات التركية.')).toContain('sadr/turkish-ops/oppose');
    expect(read('وحذر الصدر من انسحاب القوات التركية.')).toContain('sadr/turkish-ops/support');
  });
});

describe('received help', () => {
  it('is the giver\'s position, not the receiver\'s ("يتلقى X الدعم من Y")', () => {
    // news-ar: "ويتلقى الاكراد الدعم الكامل من القوات الأمريكية".
    expect(triples('ويتلقى الصدر الدعم الكامل من القوات الأميركية.')).toEqual([]);
    expect(triples('Sadr received support from the United States.', { lang: 'en' })).toEqual([]);
    expect(triples('Sadr supported the United States.', { lang: 'en' })).toEqual([
      'sadr/us-as-target/support',
    ]);
  });
});

describe('a topic phrase written with its finite verb', () => {
  const read = triplesWith({
    version: 1,
    name: 'unit-tests-verbal-phrase',
    actors: [{ id: 'france', kind: 'country', names: { ar: ['فرنسا'] }, roles: [], memberOf: [] }],
    topics: [
      {
        id: 'nuclear-deal',
        label: { en: 'The Iran nuclear deal' },
        pro: { ar: ['الاتفاق النووي'] },
        anti: { ar: ['الانسحاب من الاتفاق النووي'] },
      },
    ],
  });

  it('is negated once: "لن تنسحب من الاتفاق" keeps the deal', () => {
    // corpus/news-ar.jsonl (CNN Arabic): "وأشار إلى أن بلاده لن تنسحب من الاتفاق النووي".
    expect(read('وأكد الرئيس أن فرنسا لن تنسحب من الاتفاق النووي.')).toEqual(['france/nuclear-deal/support']);
    expect(read('وأكد الرئيس أن فرنسا انسحبت من الاتفاق النووي.')).toEqual(['france/nuclear-deal/oppose']);
  });
});

describe('help received', () => {
  it('is not the receiver\'s position, with the receiver between verb and help: "حظيت روسيا بدعم الصين"', () => {
    // corpus/news-ar.jsonl (BBC Arabic): "وحظيت روسيا بدعم الصين وإيران والسودان".
    expect(triples('وحظي النظام السوري بدعم الولايات المتحدة.')).not.toContain('syria/us-as-target/support');
    expect(triples('وتلقى النظام السوري دعما من الولايات المتحدة.')).not.toContain(
      'syria/us-as-target/support',
    );
    expect(triples('ودعم النظام السوري الولايات المتحدة.')).toContain('syria/us-as-target/support');
  });
});

describe("another country's thing", () => {
  it('is named by its nationality adjective after a classifying one: "الانتخابات الرئاسية الأمريكية"', () => {
    // corpus/news-ar.jsonl (France 24): "رفضه إدانة التدخل الروسي في الانتخابات الرئاسية الأمريكية".
    expect(triples('ورفض الصدر الانتخابات الرئاسية الأمريكية.')).toEqual([]);
    expect(triples('ورفض الصدر الانتخابات البرلمانية.')).toEqual(['sadr/elections/oppose']);
  });
});

describe('a reporting verb after a relative pronoun', () => {
  it("has the relative's antecedent as its speaker, not the sentence's", () => {
    // corpus/news-ar.jsonl (CNN Arabic): "رغم التفاهم بين واشنطن وروسيا …", and
    // "المعركة الوشيكة، التي تقول روسيا وإيران إنها ضرورية".
    expect(triples('وقال الصدر إن الأحزاب التي أكدت رفضها للانتخابات مخطئة.')).toEqual([]);
    expect(triples('وأكد الصدر رفضه للانتخابات.')).toEqual(['sadr/elections/oppose']);
  });
});

describe("a person's one-word name after another person's full name", () => {
  const person = (id: string, ar: string[]) => ({
    id,
    kind: 'person' as const,
    names: { ar },
    roles: [],
    memberOf: [],
  });
  const read = triplesWith({
    version: 1,
    name: 'unit-tests-shared-surname',
    actors: [
      person('nouri-maliki', ['نوري المالكي', 'المالكي']),
      person('turki-maliki', ['تركي المالكي']),
      { id: 'houthis', kind: 'armed-group', names: { ar: ['الحوثيين'] }, roles: [], memberOf: [] },
    ],
    topics: [{ id: 'houthis-as-target', actor: 'houthis', label: { en: 'Houthis' }, pro: {}, anti: {} }],
  });

  it('is the person named in full before: "العقيد تركي المالكي … وحمّل المالكي"', () => {
    // corpus/news-ar.jsonl (Sky News Arabia): the coalition spokesman, not the Iraqi politician.
    const text = 'وقال المتحدث العقيد تركي المالكي إن الهجوم فشل. وحمّل المالكي الحوثيين المسؤولية.';
    expect(read(text)).toEqual(['turki-maliki/houthis-as-target/oppose']);
    // Its own full name first keeps it: "نوري المالكي … المالكي".
    const own = 'التقى نوري المالكي تركي المالكي. وحمّل المالكي الحوثيين المسؤولية.';
    expect(read(own)).toEqual(['nouri-maliki/houthis-as-target/oppose']);
  });
});

describe('an act of force with its agent named after it', () => {
  it('is the agent\'s act, not an act against it: "أدان الأردن هجوم ميليشيات الحوثي على ناقلة"', () => {
    // corpus/news-ar.jsonl: condemning the agent's attack opposes the agent, and only that.
    expect(triples('وأدانت ألمانيا هجوم الولايات المتحدة على القاعدة.')).toEqual([
      'germany/us-as-target/oppose',
    ]);
  });
});
