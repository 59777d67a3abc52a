// Closed word lists the sentence analysis consults: prepositions, particles, heads of
// constructions and labels in Arabic and English (folded spelling).

// "كل من X وY" (each of X and Y): before "من", the head of a list of names; the accusative
// "كلا من" heads an object ("تضم كلا من …") and is left out.
export const EACH_OF = new Set(['كل']);

// Words after which a place name is a location, not an actor taking or receiving a position.
export const LOCATIVE = new Set([
  'في',
  'داخل',
  'شمال',
  'جنوب',
  'شرق',
  'غرب',
  'شمالي',
  'جنوبي',
  'شرقي',
  'غربي',
  'قرب',
  'اراضي',
  'انحاء',
  'مدن',
  'مدينه',
  // "عن طريق إسرائيل" (via Israel), "طريق دمشق" (the Damascus road): a route, not an actor.
  'طريق',
  // A region named after its people takes its country as a genitive: "حكومة إقليم كردستان
  // العراق" is the regional government in Iraq, not Iraq.
  'كردستان',
  'بكردستان',
  'لكردستان',
  'وكردستان',
  'in',
  'into',
  'inside',
  'across',
  'within',
  'near',
  'throughout',
  'around',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'north',
  'south',
  'east',
  'west',
  // Compass points between: "in northwest Syria", "northeastern Syria".
  'northwest',
  'northeast',
  'southwest',
  'southeast',
  'northwestern',
  'northeastern',
  'southwestern',
  'southeastern',
  'from',
  'town',
  'city',
  'province',
  'capital',
  'land',
  'parts',
  'areas',
  'swathes',
  'much',
  'rest',
]);
export const PLACE_NOUNS = new Set([
  'town',
  'city',
  'village',
  'capital',
  'province',
  'border',
  'territory',
  'soil',
  'coast',
  'people',
  'civilians',
  'refugees',
  'region',
  'desert',
  'countryside',
  'war',
  'conflict',
  'crisis',
  'side',
  'opposition',
  'rebels',
  'observatory',
  'activists',
]);
/**
 * Geographic nouns a country name may modify ("Seizing Syria Village", "bombing Syrias largest
 * city"): the name then places the noun and is not the one attacked or sided with.
 */
export const EN_GEO_NOUNS = new Set([
  'town',
  'towns',
  'city',
  'cities',
  'village',
  'villages',
  'capital',
  'province',
  'provinces',
  'territory',
  'territories',
  'soil',
  'coast',
  'region',
  'regions',
  'desert',
  'countryside',
]);
export const AR_PLACE_NOUNS = new Set([
  'الاعلامي',
  'الصحفي',
  'الصحافي',
  'المواطن',
  'المواطنين',
  'الناشط',
  'الناشطين',
  'اللاجي',
  'الشاب',
  'الطفل',
  'الرجل',
  'المراه',
  'اللاعب',
  'الفنان',
  'الكاتب',
  'المعارض',
  'المعارضين',
  'المنتخب',
  'الفريق',
  'الدوري',
  'الصنع',
  'الاصل',
  'مدينه',
  'المدينه',
  'بلده',
  'البلده',
  'قريه',
  'القريه',
  'منطقه',
  'المنطقه',
  'محافظه',
  'المحافظه',
  'الاراضي',
  'اراضي',
  'العاصمه',
  'الحدود',
  'حدود',
  'الساحل',
  'ريف',
  'مدن',
  'المدن',
  'بلدات',
  'قري',
  'الدوله',
  'الساحه',
  'الشعب',
  'المعارضه',
  'الازمه',
  'الحرب',
  'الشان',
  'الملف',
  'الجنسيه',
  'الاراضي',
  'الداخل',
  'المدني',
  'المدنيين',
  'اللاجيين',
  'لاجيين',
]);
// Prepositions after which an actor is a setting or a topic of talk, not the object of a position.
export const NON_TARGET_PREPS = new Set([
  'بين',
  'في',
  'عن',
  'حول',
  'الي',
  'عبر',
  'لدي',
  'خلال',
  'منذ',
  'between',
  'in',
  'about',
  'from',
  'during',
  'since',
  'at',
  'into',
  'through',
  'with',
  'to',
  'by',
]);
// Adverb particles of English phrasal verbs, after which a preposition takes the verb's object
// ("lashed out at X", "hit back at X").
export const EN_ADVERB_PARTICLES = new Set(['out', 'back']);
// English articles and "of" carry no distance: "the need for the establishment of an …".
export const EN_LIGHT_WORDS = new Set(['the', 'a', 'an', 'of']);
// Verbs of belief and expectation: what they say another will do is a prediction.
export const EN_BELIEF_VERBS = new Set(
  'believe believes believed think thinks thought expect expects expected doubt doubts doubted predict predicts predicted'.split(
    ' ',
  ),
);
// Words that may stand between an English subject and its verb.
export const EN_SUBJECT_GAP = new Set([
  'long',
  'often',
  'just',
  'even',
  'first',
  'later',
  'soon',
  'president',
  'minister',
  'leader',
  // "The UN deputy spokesman condemned …": the rank before an office word.
  'deputy',
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  'also',
  'again',
  'further',
  'did',
  'does',
  'do',
  // "Russia remains committed to …": a copula before a participle or adjective of stance.
  'remain',
  'remains',
  'remained',
  'not',
  'never',
  't',
  'already',
  'still',
  'once',
  'then',
  'now',
  'today',
  'yesterday',
  'on',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'government',
  'officials',
  'leadership',
  'forces',
  // Collective heads of a named group: "Syrian opposition groups have accused …".
  'groups',
  'fighters',
  'militants',
  'militias',
  'militia',
  'factions',
  'units',
]);
export const EN_DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'its',
  'their',
  'his',
  'her',
  'our',
  'any',
  'every',
]);
export const EN_NOUN_PREPS = new Set([
  'on',
  'for',
  'of',
  'against',
  'to',
  'toward',
  'towards',
  'with',
  'over',
]);
export const EN_SUBORDINATORS = new Set([
  'when',
  'after',
  'before',
  'since',
  'because',
  'until',
  'unless',
  'where',
  'whereas',
]);
/** English prepositions: a name right after one is not a subject. */
export const EN_PREPOSITIONS = new Set([
  'of',
  'to',
  'for',
  'by',
  'with',
  'against',
  'on',
  'in',
  'from',
  'at',
]);
// Words that set an act in the operation or time it belongs to ("in the offensive", "following
// an assault", "part of a wider offensive").
export const EN_ACT_SETTINGS = new Set(['in', 'during', 'amid', 'following', 'after', 'part', 'as']);
export const EN_GERUND_PREPS = new Set(['for', 'of', 'against', 'from', 'by', 'over', 'after']);
export const RELATIONAL_NOUNS = new Set([
  'backer',
  'backers',
  'supporter',
  'supporters',
  'ally',
  'allies',
  'proponent',
  'friend',
  'partner',
  'opponent',
  'opponents',
  'critic',
  'critics',
  'enemy',
  'foe',
]);
// "its Russian ally", "their Iranian backers": relation nouns of siding that a possessive and a
// nationality adjective before them make a name of the ally ("and its Russian ally" joins a list).
export const EN_ALLY_NOUNS = new Set(['ally', 'allies', 'backer', 'backers', 'partner', 'partners']);
export const EN_POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her']);
// "تم", "يتم", "سيتم" (folded): the auxiliary of the Arabic periphrastic passive ("تم تكليف
// العبادي"), whose verbal noun names no doer.
export const AR_PASSIVE_AUX = /^(و|ف)?(تم|يتم|سيتم|تمت|ستتم)$/;
export const AR_FUTURE_PASSIVE_AUX = /^(و|ف)?(سيتم|ستتم)$/;
// "وحليفتها", "وشريكه", "وحلفاؤها" (folded): "و" + an ally or partner noun with a possessive pronoun.
export const AR_ALLY_AFTER_AND = /^و(حليف|حليفت|حلفاو|حلفاي|شريك|شريكت|شركاو|شركاي)(ه|ها|هم|هما)$/;
export const RELATIONAL_AR = new Set([
  'حليف',
  'حلفاء',
  'شريك',
  'شركاء',
  'صديق',
  'اصدقاء',
  'عدو',
  'اعداء',
  'خصم',
  'خصوم',
  'انصار',
  'وكلاء',
  'وكيل',
]);
// "نظيره الروسي": a counterpart, defined by its pronoun, is the official the nationality names.
export const AR_COUNTERPARTS = new Set([
  'نظيره',
  'نظيرها',
  'نظيرته',
  'نظيرتها',
  'نظيريه',
  'نظيريها',
  'نظراءه',
  'نظراوه',
  'نظرايه',
  'نظراءها',
]);
// "ويعد الصدر خصما للولايات المتحدة", "وتعتبر بريطانيا إسرائيل حليفا": verbs of being held to
// be (folded) and the relation nouns they predicate, with the side each takes.
export const AR_RECKONING_VERBS = new Set(
  ['يعد', 'تعد', 'يعتبر', 'تعتبر', 'يظل', 'تظل', 'يبقي', 'تبقي'].flatMap((v) => [v, 'و' + v, 'ف' + v]),
);
// "اعتبرت إيران تدخل تركيا انتهاكا": verbs of holding an object to be something (folded, past
// and present), whose predicate may be an accusative noun of a stance ("انتهاكا", "تهديدا").
export const AR_HOLDING_VERBS = /^(و|ف)?(اعتبر|اعتبرت|اعتبروا|يعتبر|تعتبر|يعتبرون)$/;
export const AR_RELATION_SIDES = new Map<string, 1 | -1>([
  ['حليفا', 1],
  ['حليف', 1],
  ['صديقا', 1],
  ['شريكا', 1],
  ['داعما', 1],
  ['خصما', -1],
  ['خصم', -1],
  ['عدوا', -1],
  ['عدو', -1],
]);
// Degree words before a relation noun ("أقوى حليف") or adjectives after it ("حليفا وثيقا").
export const AR_RELATION_DEGREE = new Set(['اقوي', 'ابرز', 'اكبر', 'اهم', 'اشد', 'الد']);
// "كان يوما حليفا", "حليفا سابقا": a former relation is no position now.
export const AR_FORMER_WORDS = new Set(['سابقا', 'السابق', 'يوما', 'سابق', 'السابقه', 'سابقه']);

// "طالب قطر بوقف دعمها للإرهاب", "دعت السعودية الحكومة الإيرانية إلى وقف هذه التجاوزات", "يطالب
// أنقرة باحترام سيادة العراق": after a directive's addressee, a call to stop or to respect
// (folded; with ب, or after إلى/على) says the addressee is doing wrong.
export const AR_HALT_NOUNS = new Set([
  'وقف',
  'الكف',
  'التوقف',
  'احترام',
  'اخلاء',
  'سحب',
  'الانسحاب',
  'انهاء',
]);

// "لوقف تدخلات إيران", "لكبح نفوذ طهران", "لمواجهة النفوذ الإيراني", "للتصدي للتدخلات الإيرانية":
// verbal nouns of stopping or countering (folded, without a preposition) …
export const AR_CURB_NOUNS = new Set(['وقف', 'ايقاف', 'مواجهه', 'التصدي', 'تصدي', 'منع']);
// … whose object is an actor's activity, the actor named after it (folded, without ال).
export const AR_ACTIVITY_NOUNS = new Set([
  'تدخل',
  'تدخلات',
  'نفوذ',
  'انشطه',
  'نشاطات',
  'نشاط',
  'تمدد',
  'توسع',
  'اعتداءات',
  'انتهاكات',
  'ممارسات',
  'تهديدات',
  'اطماع',
  'خطر',
  'مخاطر',
  'وجود',
  'تقدم',
  'عدوان',
  'هجمات',
  'هجوم',
  'مشروع',
  'مخططات',
  'سياسات',
]);

// Nouns of state action after which a nationality adjective names the state ("الرد الإسرائيلي").
export const STATE_ACTION_NOUNS = new Set([
  'الرد',
  'التصرف',
  'العدوان',
  'الهجوم',
  'هجوم',
  'القصف',
  'قصف',
  'الغارات',
  'غارات',
  'غاره',
  'الغاره',
  'الضربات',
  'ضربات',
  'الضربه',
  'التدخل',
  'تدخل',
  'الوجود',
  'التواجد',
  'الاحتلال',
  'السياسات',
  'السياسه',
  'الموقف',
  'موقف',
  'القرار',
  'قرار',
  'الاعتداءات',
  'اعتداءات',
  'الانتهاكات',
  'العمليات',
  'العمليه',
  'النفوذ',
  'التهديدات',
  'المخططات',
  'البرنامج',
  'المشروع',
  'التمدد',
  'التوسع',
  'الحصار',
  'العقوبات',
  'الاجراءات',
  'المزاعم',
  'الاتهامات',
  'الادعاءات',
  'التحركات',
  'الدور',
  'التصعيد',
  'التهديد',
]);
export const TRANSFER_HEADS = new Set([
  // Places and units of a force: an act against them is an act against the force.
  'مواقع',
  'موقع',
  'قواعد',
  'معاقل',
  'مقار',
  'مقر',
  'مقرات',
  'مكاتب',
  'معسكرات',
  'معسكر',
  'تجمعات',
  'مراكز',
  'اهداف',
  'مخابي',
  'مسلحين',
  // Acts and words of an actor: reacting to them is reacting to the actor.
  'تحذيرات',
  'تهديدات',
  'تهديد',
  'مزاعم',
  'ادعاءات',
  'ضربات',
  'غارات',
  'عمليات',
  'عدوان',
  'احتلال',
  'ممارسات',
  'سلوك',
  'جهود',
  'مساعي',
  'قياده',
  'اداء',
  'نهج',
  'خطوات',
  'خطوه',
  'مبادره',
  'مبادرات',
  'حكومه',
  'نظام',
  'قوات',
  'جيش',
  'سياسه',
  'سياسات',
  'حزب',
  'تيار',
  'انصار',
  'مليشيات',
  'ميليشيات',
  'ميليشيا',
  'مليشيا',
  'عناصر',
  'مقاتلي',
  'مسلحي',
  'متمردي',
  'ارهابيي',
  'قاده',
  'زعيم',
  'رييس',
  'اداره',
  'وزير',
  'وزاره',
  'دوله',
  'تدخل',
  'نفوذ',
  'وجود',
  'تواجد',
  'دور',
  'قرار',
  'قرارات',
  'مواقف',
  'موقف',
  'تصريحات',
  'اتهامات',
  'جرايم',
  'هجمات',
  'هجوم',
  'اعتداءات',
  'انتهاكات',
  'مشروع',
  'برنامج',
  'حلفاء',
  'وكلاء',
  'اذرع',
  'دعم',
  // Kinds of organisation before a group's own name: "منظمة بدر", "حركة حماس".
  'منظمه',
  'حركه',
  'جماعه',
  // Buildings of a body, the usual object of storming and arson.
  'مقرات',
  'مكتب',
  'مكاتب',
  'مبنى',
  'سفاره',
  'قنصليه',
]);
// ب-phrases of manner (folded), not a verb's ب-complement: "وجهت بشكل عشوائي".
export const MANNER_PHRASES = new Set(['بشكل', 'بصوره', 'بقوه', 'بسرعه', 'بالفعل']);
export const TIME_WORDS = new Set([
  'الاثناء',
  'اليوم',
  'الاحد',
  'الاثنين',
  'الثلاثاء',
  'الاربعاء',
  'الخميس',
  'الجمعه',
  'السبت',
  'الماضي',
  'الماضيه',
  'المقبل',
  'المقبله',
  'امس',
  'يوم',
  'الحالي',
  'الاسبوع',
  'الشهر',
  'العام',
  'الوقت',
  'الاخر',
  'اللاحق',
  'السابق',
  'الليله',
  'الصباح',
  'المساء',
  'الفتره',
  'الاخيره',
  'الاخير',
]);
/** Complementizers with an attached subject pronoun (folded): إنه، أنها، إنهم … */
// "لكنها", "ولكنهم" (folded): "but" carrying the subject pronoun of the clause it opens.
export const AR_BUT_PRONOUNS = /^(و)?لكن(ه|ها|هم|هما)$/;
export const PRONOUN_COMPLEMENTIZERS = new Set([
  'انه',
  'انها',
  'انهم',
  'انهما',
  'بانه',
  'بانها',
  'بانهم',
  'وانه',
  'وانها',
]);
/** Arabic demonstratives (folded): "ذلك", "هذه". */
export const AR_DEMONSTRATIVES = new Set(['ذلك', 'هذا', 'هذه', 'تلك', 'هولاء']);
/** "دولة الإمارات", "جمهورية مصر", "سلطنة عمان" (folded): words a state's full name opens with. */
export const AR_STATE_TITLES = new Set(['دوله', 'جمهوريه', 'مملكه', 'سلطنه', 'اماره']);
/** Arabic relative pronouns, with the conjunction و (folded); the duals in both cases. */
export const RELATIVE_AR = new Set([
  'الذي',
  'التي',
  'الذين',
  'اللذان',
  'اللتان',
  'اللذين',
  'اللتين',
  'والذي',
  'والتي',
  'والذين',
]);
/** Classing something as (a category) with the thing as an object pronoun: "تصنفه", "يعتبرها" (folded). */
export const AR_DESIGNATING_VERBS = /^(ت|ي)(صنف|عتبر)(ه|ها|هم|هما)$/;
/** "إرهابيا", "كإرهابي", "الإرهابية", "بالإرهابيين" (folded), in any case and number. */
export const AR_TERRORIST = /^(ب|ك|و)?(ال)?ارهابي(ا|ه|ين|ون|يين)?$/;
/** A present-tense verb carrying an object pronoun: "تصنفه", "وتعتبرها", "يصفهم" (folded). */
export const PRESENT_VERB_WITH_OBJECT = /^(و|ف)?(ي|ت)[^ ]{2,}(ه|ها|هم|هما)$/;
/** Prepositions that open the complement of a directive or warning after its addressee (folded). */
export const ADDRESSEE_COMPLEMENTS = new Set(['من', 'علي', 'الي', 'عن']);
export const CHARGE_LEMMAS = new Set(['اتهم', 'وصف', 'نعت', 'لام']);
/**
 * Statement nouns (folded) whose words are their issuer's, usually the holder named before
 * ("أصدرت الوزارة بيانا … وأضاف البيان أن …"): as a reporting verb's subject they are no new speaker.
 */
export const STATEMENT_NOUNS = new Set([
  'البيان',
  'التصريح',
  'التصريحات',
  'الرساله',
  'الخطاب',
  'الكلمه',
  'البلاغ',
]);
export const ANONYMOUS_SOURCES = new Set([
  'المنظمه',
  'المنظمات',
  'الوكاله',
  'الصحيفه',
  'المرصد',
  'الشبكه',
  'اللجنه',
  'الهييه',
  'الجمعيه',
  'المصادر',
  'المصدر',
  'التقرير',
  'الدراسه',
  'المسوول',
  'الناشط',
  'الناشطون',
  'المحلل',
  'الخبير',
  'الباحث',
  'مصادر',
  'مصدر',
  'محللون',
  'محللين',
  'مراقبون',
  'مراقبين',
  'خبراء',
  'مسؤولون',
  'مسوولون',
  'ناشطون',
  'ناشطين',
  'شهود',
  'سكان',
  'السكان',
  'الاهالي',
  'اوساط',
  'دواير',
  'تقارير',
  'وسايل',
  'صحيفه',
  'وكاله',
  // "ما يصفه كثيرون بـ…": the many, some.
  'كثيرون',
  'كثيرين',
  'البعض',
  'sources',
  'analysts',
  'observers',
  'experts',
  'witnesses',
  'residents',
  'activists',
  'reports',
  'media',
]);
export const NEUTRAL_HEADS = new Set([
  'neutral',
  'undecided',
  'محايد',
  'محايدا',
  'محايده',
  'المحايد',
  'المحايده',
  'الحياد',
  'حياد',
  'حياديه',
  'الحياديه',
  'بالحياد',
]);
export const CLAUSE_OPENERS_BARRIER = new Set([
  'بينما',
  'لكن',
  'ولكن',
  'فيما',
  // "طالب بإعادة الفرز، مما أثار نداءات بإعادة الانتخابات": what follows is the consequence.
  'مما',
  'but',
  'while',
  'whereas',
  'although',
]);
// "غير قانوني", "وغير المقيمة", "non-binding": negating the adjective after them only.
export const ADJECTIVE_NEGATORS = new Set(['غير', 'وغير', 'non']);
// Prepositions of time: a bare verbal noun after them dates an event ("منذ إعلان النصر").
export const AR_TEMPORAL_PREPS = new Set([
  'منذ',
  'قبل',
  'بعد',
  'بعيد',
  'عقب',
  'اثر',
  'خلال',
  'اثناء',
  'ابان',
  'وبعد',
  'وقبل',
  'وخلال',
  'وعقب',
  'واثر',
  // "في أعقاب طرد", "غداة إعلان", "عشية الانتخابات", "قبيل إعلانه", "فور إعلان".
  'اعقاب',
  'غداه',
  'وغداه',
  'عشيه',
  'وعشيه',
  'قبيل',
  'وقبيل',
  'فور',
  'وفور',
]);
export const EN_TEMPORAL_PREPS = new Set(['after', 'before', 'during', 'amid', 'following', 'since']);
// Prepositions of cause: what follows is why something happened ("بسبب", "because of").
export const AR_CAUSE_PREPS = /^(و|ف)?(بسبب|جراء|نتيجه)$/;
export const EN_CAUSE_HEADS = new Set(['because', 'due', 'owing', 'thanks']);
// Verbs of receiving: the help after them is given by someone else.
export const AR_RECEIVING_VERBS =
  /^(و|ف)?(تلقي|تلقت|يتلقي|تتلقي|يتلقون|تلقوا|يحصل|تحصل|حصل|حصلت|نال|نالت|ينال|تنال|حظي|حظيت|يحظي|تحظي|يحظون|حظوا)$/;
export const EN_RECEIVING_VERBS = new Set([
  'received',
  'receives',
  'receive',
  'receiving',
  'gets',
  'got',
  'obtained',
  'enjoys',
  'enjoyed',
]);
// Prepositions that put a topic phrase in a setting rather than under the cue ("عبر خط الهدنة").
export const SETTING_PREPS = new Set([
  'عبر',
  'بين',
  'خلال',
  'منذ',
  'قبل',
  'بعد',
  'حول',
  'across',
  'during',
  'since',
  'before',
  'after',
  'despite',
  'رغم',
]);
// Pronouns resuming an occasion after a verb: "بيانا دعا فيه", "مؤتمرا صحفيا أكد خلاله".
export const AR_OCCASION_PRONOUNS = new Set(['فيه', 'فيها', 'خلاله', 'خلالها']);
// Month names (folded), Gregorian and Levantine: "في مايو/أيار الماضي" dates what it follows.
export const AR_MONTHS = new Set([
  'يناير',
  'فبراير',
  'مارس',
  'ابريل',
  'مايو',
  'يونيو',
  'يوليو',
  'اغسطس',
  'سبتمبر',
  'اكتوبر',
  'نوفمبر',
  'ديسمبر',
  'كانون',
  'الثاني',
  'الاول',
  'شباط',
  'اذار',
  'نيسان',
  'ايار',
  'حزيران',
  'تموز',
  'اب',
  'ايلول',
  'تشرين',
]);
// Announcing (folded, with clitics): "أعلن ترامب انسحاب بلاده", "بعد إعلان ترامب انسحابه", "معلنا".
export const AR_ANNOUNCING =
  /^(و|ف|ب|ل)?(اعلن|اعلنت|اعلنوا|اعلنا|يعلن|تعلن|يعلنون|اعلان|الاعلان|معلنا|معلنه)$/;
// "التحالف بقيادة السعودية", "التحالف الذي تقوده واشنطن": the leader named after them identifies
// the group; it is no target of what is said or done to the group.
// Nouns (folded) whose genitive "التحالف" is the coalition itself: "قوات التحالف", "المتحدث باسم التحالف".
export const AR_COALITION_OWNED =
  /^(و|ف|ب|ل)?(ال)?(قوات|طايرات|مقاتلات|طيران|غارات|ضربات|قصف|دول|قياده|باسم|بيان|قبل|اعضاء|قاده|قايد|عمليات)$/;
export const AR_LEADER_WORDS = new Set(['بقياده', 'وبقياده', 'تقوده', 'يقوده']);
export const AR_LABEL_WORDS = new Set([
  'المويد',
  'المويده',
  'المويدين',
  'المويدون',
  'المتحالف',
  'المتحالفه',
  'المتحالفين',
  // Indefinite after an indefinite noun ("فصائل تدعمها إيران متحالفة مع الأسد"), as مدعوم.
  'متحالف',
  'متحالفه',
  'متحالفين',
  'متحالفون',
  'المنافس',
  'المنافسه',
  'المنافسين',
  'pro',
  'مدعوم',
  'مدعومه',
  'المدعوم',
  'المدعومه',
  'المدعومين',
  'المدعومون',
  'الموالي',
  'المواليه',
  'الموالين',
  'الموالون',
  'موالي',
  'مواليه',
  'الحليف',
  'الحليفه',
  'المقرب',
  'المقربه',
  'المقربين',
  'التابع',
  'التابعه',
  'التابعين',
  'المناهض',
  'المناهضه',
  'المعارض',
  'المعارضه',
  'المحسوب',
  'المحسوبه',
  'backed',
  'allied',
  'aligned',
  'affiliated',
  'linked',
  'loyal',
]);
export const AR_PARTICLES = new Set([
  'لكن',
  'ولكن',
  'بينما',
  'كما',
  'حيث',
  'اذ',
  'ثم',
  'قد',
  'وقد',
  'فقد',
  'لقد',
  'كذلك',
  'ايضا',
  'و',
  'بل',
  'اما',
  'فيما',
  'حين',
  'عندما',
  'بعدما',
  'لان',
  'كان',
  'وكان',
  'فان',
  'وان',
  'اذا',
]);

// Conjunctions that make a clause hypothetical ("إذا انسحبت", "if it withdraws").
export const HYPOTHETICAL = new Set([
  'اذا',
  'واذا',
  'فاذا',
  'لو',
  'ولو',
  // Predictions: "من المستبعد أن توافق روسيا …", "من المتوقع أن …" (not coded by the guideline).
  'المستبعد',
  'المرجح',
  'المتوقع',
  // A possibility names an act not done ("احتمال استعداد قوات أميركية لشن هجمات"); "ربما"
  // (perhaps) is a guess ("أوضح كيميت أن الرئيس ترامب ربما كان يقصد …").
  'احتمال',
  'ربما',
  // A question asks whether an act will happen ("هل تنسحب واشنطن من الاتفاق النووي؟").
  'هل',
  'وهل',
  'فهل',
  'if',
  'unless',
  'whether',
  // "bracing for a possible US attack": an act that may come, as احتمال.
  'possible',
  'potential',
]);

// Nouns that open a hypothetical after "في" ("في حال خروج أحد الدول من الاتفاق", in case of); "في
// حالة" is left out, as it also names a state ("في حالة تأهب", "في حالة حرب").
export const HYPOTHETICAL_AFTER_FI = new Set(['حال']);

// Words of expecting or fearing an act (folded, without و/ف): the act they introduce has not
// happened ("وسط توقعات بأن تشن X ضربة", "وسط ترقب لضربة عسكرية", "تخوفا من ضربة أميركية", "يتوقع
// أن يقرر X …"), so its agent takes no side by it. Fear verbs are left out: "لا تخشى استهداف X"
// is a threat.
export const AR_EXPECTING = new Set([
  'توقعات',
  'التوقعات',
  'توقع',
  'يتوقع',
  'تتوقع',
  'نتوقع',
  'اتوقع',
  'يتوقعون',
  'ترقب',
  'الترقب',
  'يترقب',
  'تترقب',
  'تخوف',
  'تخوفا',
  'التخوف',
  'مخاوف',
  'المخاوف',
  'خشيه',
  'تحسبا',
  // "السيناريو الآخر هو أن تلغي الولايات المتحدة الاتفاقية": a scenario is one of several futures.
  'سيناريو',
  'السيناريو',
  'سيناريوهات',
  'السيناريوهات',
]);

// "عندما"/"حينما" before a present verb set a clause in a time to come ("عندما يقرر الرئيس خطوته
// المقبلة من الاتفاق"); before a past verb they date a real act ("عندما تبنى مجلس الأمن …").
export const AR_WHEN = new Set(['عندما', 'وعندما', 'حينما', 'وحينما']);

// An act qualified as expected, possible or imminent ("ضربة أمريكية محتملة على سوريا", "الحرب
// المحتملة التي قد تشنها X", "الضربة المرتقبة", "هجوم وشيك") has not happened.
// Verbs of intent (folded, without و/ف): "تحرص أنقرة على القيام بعمل مشترك محتمل ضد X" seeks the
// act, which is a position however uncertain the act.
export const AR_INTENT_VERBS = new Set(['تحرص', 'يحرص', 'تسعي', 'يسعي', 'تعتزم', 'يعتزم', 'تنوي', 'ينوي']);

export const AR_EXPECTED_QUALIFIERS = new Set([
  'محتمل',
  'محتمله',
  'المحتمل',
  'المحتمله',
  'مرتقب',
  'مرتقبه',
  'المرتقب',
  'المرتقبه',
  'وشيك',
  'وشيكه',
  'الوشيك',
  'الوشيكه',
]);

// Words a following "علي" continues as a name ("محمد علي الحوثي", "أبو علي الحاكم", "بن علي
// يلدريم", "آية الله علي السيستاني"), folded: after them علي spelled with ي is the name عليّ, not
// the preposition على that folding makes it look like.
export const AR_ALI_NAME_LEADS = new Set(['محمد', 'ابو', 'وابو', 'بن', 'ابن', 'الله']);
// The folded name عليّ once told from the preposition: no rule reads it as "على" (folded text has
// no shadda, so no other token is spelled so).
export const AR_ALI_NAME = 'عليّ';
// Conditional "إن" (folded to ان) when a verb follows: "إن أقدمت إيران على …", "إن لم ترغب واشنطن
// …", "سئلت إن كانت بريطانيا ستنضم …" (whether). The complementizer إنّ is followed by a noun.
export const CONDITIONAL_IN = new Set(['ان', 'فان']);
// Verbs that follow a conditional إن and that no cue covers.
export const VERBS_AFTER_IF = new Set(['لم', 'كان', 'كانت', 'كانوا', 'تم', 'تمت']);

// Nouns whose complement is someone else's claim ("الادعاءات بأن …", "reports that …").
export const CLAIM_NOUNS = new Set([
  'الادعاءات',
  'ادعاءات',
  'المزاعم',
  'مزاعم',
  'التقارير',
  'تقارير',
  'الشايعات',
  'الانباء',
  'انباء',
  'الاتهامات',
  'claims',
  'allegations',
  'reports',
  'rumors',
  'rumours',
  'accusations',
]);

// Words naming a charge or suspicion: what follows is what someone is accused of, not a
// position ("بتهمة التعاون مع X", "on charges of supporting X").
export const CHARGE_WORDS = new Set([
  'بتهمه',
  'بتهم',
  'تهمه',
  'بتهمتي',
  'بشبهه',
  'charges',
  'charge',
  'suspicion',
  'convicted',
]);

// Time adverbials that may close a clause before a participle: "bombarded X on Friday targeting …".
export const EN_TIME_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'overnight',
  'night',
  'morning',
  'afternoon',
  'evening',
  'weekend',
  'week',
  'weeks',
  'month',
  'months',
  'day',
  'days',
  'hours',
]);

// Time and occasion adverbials that may stand between an English subject and its verb ("Russia
// last week vetoed …", "The UN in February condemned …", "Turkey, in a statement, denounced …").
export const EN_MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'aug',
  'sept',
  'oct',
  'nov',
  'dec',
]);
/** Periods a deictic names: "last week", "this morning", "earlier this year". */
export const EN_DEICTIC_PERIODS = new Set([
  'week',
  'month',
  'year',
  'weekend',
  'night',
  'morning',
  'afternoon',
  'evening',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'day',
  'weeks',
  'months',
  'years',
  'days',
]);
/** Units counted back or forward: "a day earlier", "two weeks ago", "hours later". */
export const EN_TIME_UNITS = new Set([
  'minute',
  'minutes',
  'hour',
  'hours',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'decade',
  'decades',
]);
export const EN_TIME_DEICTICS = new Set([
  'last',
  'this',
  'next',
  'past',
  'previous',
  'coming',
  'following',
  'same',
]);
/** Counts before a unit: "a few days ago", "two weeks later". */
export const EN_TIME_COUNTS = new Set([
  'a',
  'an',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'few',
  'several',
  'some',
  'many',
  'couple',
  'of',
]);
/** Occasions of speaking: "in a statement", "at a news conference", "in televised remarks". */
export const EN_OCCASION_NOUNS = new Set([
  'statement',
  'statements',
  'speech',
  'interview',
  'letter',
  'conference',
  'briefing',
  'address',
  'communique',
  'message',
  'tweet',
  'post',
  'remarks',
  'comments',
  'declaration',
  'broadcast',
  'sermon',
  'video',
]);
/** Media a party speaks on: "on Twitter", "on state television". */
export const EN_OCCASION_MEDIA = new Set(['twitter', 'television', 'tv', 'radio', 'facebook', 'website']);
/** Sentence adverbs that may stand between a subject and its verb: "Iran meanwhile boosts …". */
export const EN_CONNECTIVE_ADVERBS = new Set([
  'meanwhile',
  'however',
  'nevertheless',
  'nonetheless',
  'instead',
  'too',
]);

// "في بيان لها", "في تصريحات صحفية", "خلال مؤتمر صحفي" (folded): the occasion of speaking.
export const AR_OCCASION_HEADS = new Set([
  'بيان',
  'تصريح',
  'تصريحات',
  'كلمه',
  'مؤتمر',
  'موتمر',
  'تغريده',
  'رساله',
  'مقابله',
]);
export const AR_OCCASION_QUALIFIERS = new Set([
  'رسمي',
  'مشترك',
  'صحفي',
  'صحافي',
  'صحفيه',
  'صحافيه',
  'مقتضب',
  'متلفزه',
]);
export const AR_OWN_LAM = new Set(['له', 'لها', 'لهم', 'لهما']);

// Periods a time phrase ends: "at the end of last year", "by the end of March" name a date.
// ("may" is left out: "the end of Assad may come".)
export const EN_PERIOD_WORDS = new Set([
  'year',
  'month',
  'week',
  'day',
  'decade',
  'century',
  'summer',
  'winter',
  'spring',
  'autumn',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

// Verbs taking an infinitive with the same subject: "rebels are attempting to capture …".
export const EN_CATENATIVES = new Set([
  'attempt',
  'attempts',
  'attempted',
  'attempting',
  'try',
  'tries',
  'tried',
  'trying',
  'begin',
  'began',
  'begins',
  'beginning',
  'start',
  'started',
  'starting',
  'managed',
  'failed',
  'continue',
  'continues',
  'continued',
  'continuing',
  'seek',
  'seeks',
  'sought',
  'seeking',
  'aim',
  'aims',
  'aimed',
  'aiming',
  'prepare',
  'prepared',
  'preparing',
  'going',
  'able',
  'set',
  'moved',
  'plan',
  'plans',
  'planned',
  'planning',
  'want',
  'wants',
  'wanted',
  'intend',
  'intends',
  'intended',
]);

export const EN_SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we']);

/** "he", "she": a pronoun that stands for one person, a speaker. */
export const EN_PERSON_PRONOUNS = new Set(['he', 'she']);

/**
 * Verbs of pledging and warning that report the words before them when they end the sentence
 * after their subject: "“We take all measures to …” the US authorities pledged.", "… Farhan
 * warned." (Before their complement they are stance cues of their own.)
 */
export const EN_TRAILING_REPORT_VERBS = new Set([
  'pledged',
  'pledges',
  'vowed',
  'vows',
  'promised',
  'promises',
  'warned',
  'warns',
  'insisted',
  'insists',
  'cautioned',
  'cautions',
]);

/** Owners that make an act the speaker's own in its words: "said its jets struck …". */
export const EN_OWN_POSSESSIVES = new Set(['its', 'their', 'our', 'his', 'her']);

/** Adjectives that build organisations' proper names before a country's name ("Free Syria Army"). */
export const EN_NAME_ADJECTIVES = new Set([
  'democratic',
  'free',
  'new',
  'national',
  'revolutionary',
  'popular',
  'united',
  'islamic',
  'patriotic',
]);

/**
 * Groups of a country's people rather than its state: "Syria's opposition", "Syria Kurds",
 * "Al-Qaeda's Syria affiliate" name the group, and the country only places it.
 */
export const EN_COUNTRY_PART_GROUPS = new Set([
  'opposition',
  'rebels',
  'rebel',
  'kurds',
  'affiliate',
  'branch',
  'wing',
  'offshoot',
  'franchise',
  'people',
  'civilians',
  'refugees',
  'islamists',
  'jihadists',
  'insurgents',
  'militants',
  'sunnis',
  'shiites',
  'christians',
  'alawites',
  'druze',
]);

/** Qualifiers between a country's possessive and a group of its people: "Syria's main opposition". */
export const EN_GROUP_QUALIFIERS = new Set([
  'main',
  'mainstream',
  'moderate',
  'armed',
  'exiled',
  'political',
  'largest',
  'biggest',
  'kurdish',
  'sunni',
  'shiite',
  'islamist',
  'rebel',
]);

/** Singular heads of a group that an "-ing" form may qualify: "a coalition battling IS". */
export const EN_GROUP_HEADS = new Set(['coalition', 'alliance', 'group', 'militia', 'army', 'front']);

/** Words of a casualty report: "were killed in regime shelling", "rebel fire has wounded 22". */
export const EN_CASUALTY_WORDS = new Set([
  'killed',
  'killing',
  'wounded',
  'wounding',
  'injured',
  'injuring',
  'died',
  'dead',
  'hurt',
]);

// Modals of obligation: "X must/should do Y" in someone's words is that speaker's position.
export const EN_DEONTIC = new Set(['must', 'should', 'ought']);

// "according to X", "بحسب X": the reporting phrase names its source right after it.
export const SOURCE_PHRASES = new Set(['according', 'بحسب', 'حسب', 'وفق', 'وفقا', 'طبقا']);

/** Titles held within a body, before "of (the) X": "Member/President/Secretary of the Syrian Coalition". */
export const EN_MEMBER_TITLES = new Set([
  'member',
  'president',
  'head',
  'secretary',
  'chief',
  'leader',
  'deputy',
  'chairman',
  'chairwoman',
  'coordinator',
  'director',
]);
// People who speak for someone named after "for/to/of": "a spokesman for X", "an aide to X".
export const EN_SPOKESPEOPLE = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'aide',
  'aides',
  'adviser',
  'advisor',
  'advisers',
  'advisors',
  'envoy',
  'ambassador',
  'representative',
  'office',
]);

/**
 * Head nouns of acts (force, incursions, decisions) in folded spelling: a topic phrase headed by
 * one and naming an actor ("الضربات التركية", "Turkish strikes") is that actor's act. States
 * ("الوجود العسكري", "troops") are not acts.
 */
export const ACT_HEAD_NOUNS = new Set([
  'الضربات',
  'ضربات',
  'الضربه',
  'ضربه',
  'الغارات',
  'غارات',
  'الغاره',
  'غاره',
  'العمليات',
  'عمليات',
  'العمليه',
  'عمليه',
  'الهجوم',
  'هجوم',
  'الهجمات',
  'هجمات',
  'القصف',
  'قصف',
  'الاحتلال',
  'احتلال',
  'التوغل',
  'توغل',
  'الاجتياح',
  'اجتياح',
  'العدوان',
  'عدوان',
  'التدخل',
  'تدخل',
  'خرق',
  'انتهاك',
  'انتهاكات',
  'القرار',
  'قرار',
  'الخطوه',
  'خطوه',
  'نقل',
  'strikes',
  'strike',
  'airstrikes',
  'raids',
  'raid',
  'operations',
  'operation',
  'offensive',
  'attack',
  'attacks',
  'incursion',
  'invasion',
  'occupation',
  'intervention',
  'decision',
  'move',
  'bombing',
  'bombardment',
  'campaign',
]);

/** Auxiliaries between an English subject and its verb: "have been trading". */
export const EN_AUXILIARIES = new Set(['have', 'has', 'had', 'been', 'were', 'are', 'was', 'is', 'be']);
// Forms of "be" before a participle: a passive.
export const EN_BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** "traded accusations", "exchanged blame": verbs of exchange and the hostile nouns they take. */
export const EN_EXCHANGE_VERBS = new Set([
  'trade',
  'trades',
  'traded',
  'trading',
  'exchange',
  'exchanges',
  'exchanged',
  'exchanging',
]);
// ("traded fire", "exchanged artillery fire", "traded blows": fighting each other is hostile both ways.)
export const EN_RECIPROCAL_NOUNS = new Set([
  'accusations',
  'blame',
  'charges',
  'threats',
  'insults',
  'fire',
  'gunfire',
  'artillery',
  'attacks',
  'strikes',
  'blows',
  'barbs',
  'jabs',
]);

/** Verbs of fighting that, with no object, make a coordinated subject fight each other: "rebels and government forces battled". */
export const EN_COMBAT_INTRANSITIVES = new Set([
  'clash',
  'clashed',
  'clashing',
  'battle',
  'battled',
  'battling',
  'fight',
  'fought',
  'fighting',
]);
/** What may follow such a verb when it has no object: a circumstance, not a foe ("battled for control", "clashed near"). */
export const EN_COMBAT_CIRCUMSTANCES = new Set([
  'for',
  'over',
  'around',
  'near',
  'in',
  'on',
  'at',
  'across',
  'outside',
  'inside',
  'throughout',
  'fiercely',
  'heavily',
  'again',
  'overnight',
  'today',
  'yesterday',
  'on-and-off',
]);
/** Words that make a conjunct the first one's ally, not its foe: "the regime and its Russian backers". */
export const EN_ALLY_CONJUNCT_WORDS = new Set([
  'its',
  'their',
  'his',
  'allied',
  'ally',
  'allies',
  'backers',
  'backed',
  'loyal',
  'alongside',
  'together',
  'jointly',
  'both',
]);
/** Units of distance: "20 km from the border". */
export const EN_DISTANCE_UNITS = new Set([
  'km',
  'kms',
  'kilometres',
  'kilometers',
  'kilometre',
  'kilometer',
  'miles',
  'mile',
  'metres',
  'meters',
  'yards',
]);

/** Prepositions of an adverbial gerund phrase, whose doer is the clause's subject: "by seizing", "after taking". */
export const EN_ADVERBIAL_GERUND_PREPS = new Set([
  'by',
  'after',
  'before',
  'since',
  'while',
  'without',
  'upon',
]);

/** "in (close) cooperation/coordination with X": an act done together with X. */
export const EN_CONCERT_NOUNS = new Set(['cooperation', 'coordination']);
export const EN_CONCERT_ADVERBS = new Set(['close', 'full', 'direct', 'tight']);

/** Nouns of fighting that "locked in" makes the coordinated subject's fight with each other. */
export const EN_LOCKED_FIGHT_NOUNS = new Set(['fighting', 'battle', 'battles', 'clashes', 'combat', 'war']);
/** Words between "locked in" and its fight noun: "locked in a cycle of tit-for-tat attacks". */
export const EN_LOCKED_FIGHT_FRAMES = new Set([
  'a',
  'an',
  'cycle',
  'spiral',
  'series',
  'round',
  'of',
  'fierce',
  'heavy',
  'bitter',
  'deadly',
  'escalating',
  'mutual',
  'tit',
  'for',
  'tat',
]);

/** Evaluated acts whose "of" names the agent, not the victim: "the crimes of the regime". */
export const EN_AGENTIVE_OF_NOUNS = new Set([
  'crimes',
  'atrocities',
  'aggression',
  'violations',
  'brutality',
]);

// Arabic acts whose agent a reaction may name right after them ("إدانة استهداف الحوثيين لمطار
// أبها", "استنكار اقتحام القوات الإسرائيلية للمسجد") besides the act heads above (folded).
export const AR_AGENT_ACT_NOUNS = new Set([
  'استهداف',
  'الاستهداف',
  'اعتداء',
  'الاعتداء',
  'اعتداءات',
  'الاعتداءات',
  'اقتحام',
  'الاقتحام',
  'اطلاق',
  'ممارسات',
  'الممارسات',
]);

// Indefinite Arabic strike nouns (folded) whose ل-phrase names who struck, not whom: "قتلوا في
// غارة للتحالف", "إثر هجمات لقوات الشرعية", "قصف للنظام". Not ضربة/ضربات, whose ل is mostly
// the target ("توجيه ضربات للنظام", "ضربة لمعنويات").
export const AR_STRIKE_NOUNS_AGENT_LAM = new Set([
  'غاره',
  'غارات',
  'غارتين',
  'هجوم',
  'هجمات',
  'هجومين',
  'قصف',
]);

/** Participles linking an act to its agent: "the strikes carried out by X", "the decision taken by X". */
export const EN_AGENT_VERBS = new Set([
  'carried',
  'launched',
  'conducted',
  'staged',
  'committed',
  'taken',
  'made',
  'perpetrated',
  'waged',
  'announced',
]);

/** Nouns of armed attack that take their agent with "by": "air strikes by coalition warplanes". */
export const EN_STRIKE_NOUNS = new Set([
  'strikes',
  'strike',
  'airstrikes',
  'airstrike',
  'raids',
  'raid',
  'attacks',
  'attack',
  'bombing',
  'bombings',
  'shelling',
  'bombardment',
  'fire',
  'offensive',
]);
/** Nouns of an act of force whose object follows "against"/"on": "a second campaign … against it". */
export const EN_FORCE_ACT_ON_NOUNS = new Set([
  ...EN_STRIKE_NOUNS,
  'offensives',
  'campaign',
  'campaigns',
  'assault',
  'assaults',
  'onslaught',
  'operation',
  'operations',
  'counteroffensive',
]);
/** Participles between an act noun and its object or agent: "a campaign being waged against it". */
export const EN_WAGING_PARTICIPLES = new Set([
  'being',
  'been',
  'waged',
  'launched',
  'conducted',
  'mounted',
  'carried',
  'out',
]);
/** Nouns of a siege, which an owner's pronoun makes its deed: "their siege of rebel-held districts". */
export const EN_SIEGE_NOUNS = new Set(['siege', 'blockade', 'encirclement']);
/** Nouns of a pause in an act: "continue a halt on air strikes", "a four-day pause in strikes". */
export const EN_PAUSE_NOUNS = new Set([
  'halt',
  'halts',
  'pause',
  'pauses',
  'suspension',
  'moratorium',
  'freeze',
  'cessation',
  'lull',
]);
/** Verbs that end or pause an act: "lifted their siege", "halted its strikes". */
export const EN_ENDING_VERBS = new Set(
  'lift lifted lifting lifts end ended ending ends ease eased easing eases halt halted halting halts stop stopped stopping stops suspend suspended suspending suspends abandon abandoned abandoning scale scaled'.split(
    ' ',
  ),
);
/** Words between "their/its" and an act of force: "its intense aerial bombardment", "their air strikes". */
export const EN_OWN_ACT_MODIFIERS = new Set([
  'air',
  'aerial',
  'artillery',
  'rocket',
  'mortar',
  'missile',
  'intense',
  'heavy',
  'fierce',
  'deadly',
  'renewed',
  'relentless',
  'ongoing',
  'military',
]);
/** Words between a strike noun and the agent named before it: "regime air strikes", "Russian artillery shelling". */
export const EN_STRIKE_MODIFIERS = new Set(['air', 'aerial', 'artillery', 'rocket', 'mortar', 'missile']);
/**
 * Act nouns that never read as verbs, whose noun modifier is their agent: "a tight government
 * siege", "the regime offensive". ("strikes", "attacks" are left out: "Turkey strikes …".)
 */
export const EN_AGENT_MODIFIED_ACTS = new Set([
  'siege',
  'sieges',
  'blockade',
  'offensive',
  'crackdown',
  'bombardment',
  'shelling',
  'airstrikes',
  'intervention',
  'incursion',
]);
/** Plural heads of a class of armed groups: "opposition groups including X". */
export const EN_CLASS_HEADS = new Set(['groups', 'factions', 'fighters', 'forces', 'militias', 'brigades']);
/** "groups such as X", "factions including X": what follows names members of the class before it. */
export const EN_EXAMPLE_MARKERS: readonly (readonly string[])[] = [
  ['such', 'as'],
  ['including'],
  // "accuses foreign actors mainly Saudi Arabia and Turkey of …": the members singled out.
  ['mainly'],
  ['particularly'],
  ['notably'],
  ['especially'],
  ['namely'],
];
/** Participles of harm that make what precedes them the target of the strikes after them. */
export const EN_HARM_PARTICIPLES = new Set([
  'killed',
  'targeted',
  'hit',
  'struck',
  'wounded',
  'injured',
  'bombed',
  'shelled',
  'pounded',
  'destroyed',
]);

/**
 * Participles of help in a reduced passive: "troops backed by Hezbollah captured …" — with a
 * finite act of force after the helper, a joint operation rather than a label.
 */
export const EN_BACKING_PARTICIPLES = new Set(['backed', 'supported', 'aided', 'assisted', 'helped']);

/**
 * Nouns of help in "with (the) support of / from X" after a deed: X helps the deed's subject
 * ("entered the town with support from the US-led coalition").
 */
export const EN_AID_NOUNS = new Set(['support', 'backing', 'help', 'assistance', 'cover', 'aid']);

/**
 * Acts whose possessor is their agent ("Russia's offensive against X", "Iran's support for Y"),
 * with the side each takes toward what follows the preposition.
 */
export const EN_POSSESSED_HOSTILE_ACTS = new Set(
  'offensive offensives campaign campaigns war attack attacks assault assaults strikes airstrikes raids bombing bombings bombardment shelling crackdown siege blockade sanctions operation operations intervention fight battle onslaught'.split(
    ' ',
  ),
);
/** Participles that only link an act to its agent: "an offensive led by X", "a war waged by Y". */
export const EN_AGENT_PARTICIPLES = new Set(['led', 'waged', 'mounted', 'spearheaded']);
/** Prepositions that make a phrase more than a bare compound noun ("halt to the operations"). */
export const EN_PHRASE_LINKS = new Set([
  'to',
  'of',
  'on',
  'against',
  'for',
  'in',
  'into',
  'from',
  'by',
  'with',
]);
export const EN_POSSESSED_SUPPORT_ACTS = new Set(['support', 'backing', 'help', 'aid', 'assistance']);
/** Possessed acts whose "of" names the one acted on: "the regime's siege of X", "Russia's backing of Y". */
export const EN_POSSESSED_OF_ACTS = new Set([
  'siege',
  'blockade',
  'bombing',
  'bombardment',
  'shelling',
  'support',
  'backing',
]);
/**
 * Nouns of a stated position whose possessor holds it toward what their preposition names:
 * "Pelosi's criticism of Trump", "Cruz's opposition to X", "Trump's praise for Y".
 */
export const EN_POSSESSED_POSITIONS = new Map<string, { sign: 1 | -1; preps: string[] }>([
  ['criticism', { sign: -1, preps: ['of'] }],
  ['criticisms', { sign: -1, preps: ['of'] }],
  ['condemnation', { sign: -1, preps: ['of'] }],
  ['denunciation', { sign: -1, preps: ['of'] }],
  ['rejection', { sign: -1, preps: ['of'] }],
  ['opposition', { sign: -1, preps: ['to'] }],
  ['hostility', { sign: -1, preps: ['to', 'toward', 'towards'] }],
  ['disdain', { sign: -1, preps: ['for'] }],
  ['contempt', { sign: -1, preps: ['for'] }],
  ['praise', { sign: 1, preps: ['for', 'of'] }],
  ['endorsement', { sign: 1, preps: ['of'] }],
  ['admiration', { sign: 1, preps: ['for', 'of'] }],
  ['defense', { sign: 1, preps: ['of'] }],
  ['defence', { sign: 1, preps: ['of'] }],
  ['commitment', { sign: 1, preps: ['to'] }],
]);
/**
 * Possessed nouns of advocacy whose preposition names a course of action the possessor wants:
 * "Russia's call for a ceasefire", "Egypt's proposal for talks" (not a person or a place: "Obama's
 * plan for Syria").
 */
export const EN_POSSESSED_ADVOCACY = new Map<string, string>([
  ['call', 'for'],
  ['calls', 'for'],
  ['appeal', 'for'],
  ['appeals', 'for'],
  ['demand', 'for'],
  ['demands', 'for'],
  ['request', 'for'],
  ['push', 'for'],
  ['proposal', 'for'],
  ['plan', 'for'],
  ['insistence', 'on'],
  ['readiness', 'for'],
]);
/**
 * People named by their relation to a possessor: "criticisms of Moore's Democratic opponent" or
 * "attacked Trump's lawyer" takes a side toward that person, not the possessor.
 */
export const EN_POSSESSED_PERSONS = new Set(
  'opponent opponents rival rivals challenger challengers critic critics foe foes enemy enemies adversary adversaries lawyer lawyers attorney attorneys wife husband son sons daughter daughters'.split(
    ' ',
  ),
);
/** Possessed aims whose infinitive states the act: "Russia's campaign to oust X". */
export const EN_POSSESSED_AIMS = new Set(
  'campaign campaigns effort efforts bid push drive attempt attempts offensive operation war decision pledge vow plan plans'.split(
    ' ',
  ),
);

/** A named force's unit nouns: "YPG ground forces", "Hezbollah fighters". */
export const EN_SUBJECT_UNITS = new Set(['ground', 'forces', 'fighters', 'troops', 'militants', 'units']);

/** Relation nouns of siding used as a title: "regime ally Iran", "rebel backer Turkey". */
export const EN_SIDING_TITLES = new Set(['ally', 'allies', 'backer', 'backers', 'supporter', 'supporters']);
/** Copulas before a title: "Iran is Assads strongest ally", "Russia has been …". */
export const EN_COPULAS = new Set(['is', 'are', 'was', 'were', 'been', 'remains', 'remained']);
/** Nouns of a fight an ally is named in: "a close ally of the US in the campaign against IS". */
export const EN_ALLIED_FIGHT_NOUNS = new Set(
  'fight fights campaign war battle battles struggle offensive coalition operations efforts'.split(' '),
);
/** Words that end the reach from an ally word to its fight: a new clause or a new relation. */
export const EN_ALLIED_FIGHT_STOPS = new Set(
  'who whose which that but while as after before when since if said says say told against'.split(' '),
);
/** (Folded) the fight an Arabic ally is named in: "حليف للولايات المتحدة في الحرب على داعش". */
export const AR_ALLIED_FIGHT_NOUNS = new Set(['الحرب', 'القتال', 'المعركه', 'الحمله', 'التحالف']);
/** (Folded) a fight whose foe is its genitive: "شركاء في قتال تنظيم الدولة", "في مكافحة داعش". */
export const AR_FIGHT_OF_FOE = new Set(['قتال', 'مكافحه', 'محاربه']);
/** (Folded) a coalition's purpose before its foe: "في التحالف الدولي لهزيمة داعش". */
export const AR_FIGHT_PURPOSES = new Set(['لمكافحه', 'لمحاربه', 'لهزيمه', 'لقتال', 'ضد']);
/** Words before an ally word that make the alliance past or not (yet) real: "a former ally". */
export const EN_UNREAL_ALLY_WORDS = new Set(
  'former ex once erstwhile one-time could would might may will become potential possible prospective future'.split(
    ' ',
  ),
);
/** (Folded) words before an Arabic ally noun that make the alliance not (yet) real: "ربما يصبح حليفا", "ستصبح حليفا". */
export const AR_UNREAL_ALLY_WORDS = new Set(['ربما', 'سوف', 'سيصبح', 'ستصبح', 'سيكون', 'ستكون', 'يمكن']);
/** Adjectives of such a title: "Assads main global ally". */
export const EN_SIDING_ADJECTIVES = new Set(
  'main key close closest staunch staunchest longtime strong strongest chief top major principal primary powerful loyal traditional regional global international foreign military political biggest old'.split(
    ' ',
  ),
);

/** Unit words after a force's name: "A Syrian army unit killed …", "government troops supported by …". */
export const EN_KILLER_UNITS = new Set(['unit', 'units', 'troops', 'soldiers', 'forces', 'fighters']);

/** Finite verbs of a military operation that no cue covers: "… backed by Y have entered the town". */
export const EN_OPERATION_VERBS = new Set([
  'entered',
  'launched',
  'began',
  'started',
  'killed',
  'pushed',
  'took',
  'taken',
  'regained',
  'liberated',
  'broke',
  'stormed',
  'freed',
  'advanced',
  'surged',
  'waged',
  'embarked',
  'continued',
  'foiled',
  'thwarted',
  'surrounded',
]);

/** Verbs whose object is an act their subject wages: "carrying out air strikes", "launched an offensive". */
export const EN_WAGING_VERBS = new Set(
  'launch launched launching carry carried carrying wage waged waging conduct conducted conducting mount mounted mounting stage staged staging began begun'.split(
    ' ',
  ),
);

/** Progressives of a military operation, after a form of "be": "… backed by Y have been pushing towards X". */
export const EN_OPERATION_PROGRESSIVES = new Set([
  'pushing',
  'advancing',
  'pressing',
  'attacking',
  'battling',
]);

/** Verbs of battle that are no attack cue but are acts of force on their object: "repelled the IS fighters". */
export const EN_BATTLE_LEMMAS = new Set(['repel', 'battle']);

/** Means of force a nation lends, named after its adjective: "backed by Russian warplanes". */
export const EN_FORCE_MEANS = new Set([
  'air',
  'airpower',
  'warplanes',
  'jets',
  'planes',
  'aircraft',
  'helicopters',
  'tanks',
  'artillery',
]);

/** Agreements that frame a course of action: "agreed to T under a deal brokered by X". */
export const AGREEMENT_NOUNS = new Set(['deal', 'agreement', 'accord', 'plan', 'framework', 'arrangement']);

/** A truce, evacuation or exchange named after a deal noun (folded): "اتفاق التهدئة", "اتفاق وقف". */
export const AR_TRUCE_QUALIFIERS =
  /^(ال)?(تهديه|هدنه|وقف|اجلاء|تبادل|تسويه|استسلام|انسحاب|خروج|ترحيل|تهجير)$/;

/** Participles of making a pact: "a deal reached between X and Y", "the agreement brokered between …". */
export const EN_PACT_PARTICIPLES = new Set(['reached', 'brokered', 'signed', 'struck', 'agreed', 'sealed']);

/** Truces, which two parties named before them have made: "a US-Russian brokered ceasefire". */
export const EN_TRUCE_NOUNS = new Set(['ceasefire', 'truce', 'armistice']);

/** Premises and positions of a party or force: an attack on them is an attack on their owner. */
export const EN_PREMISES = new Set([
  'offices',
  'office',
  'headquarters',
  'embassy',
  'consulate',
  'positions',
  'position',
  'bases',
  'base',
  'strongholds',
  'stronghold',
  'posts',
  'checkpoints',
  'convoy',
  'convoys',
  'camps',
  'homes',
  'home',
  'residence',
]);

/**
 * Ground and posts a group holds, named after the group's singular as a modifier: "rebel
 * positions", "rebel areas" are the rebels' (as "rebel-held areas" are).
 */
export const EN_GROUND_NOUNS = new Set([
  'positions',
  'position',
  'bases',
  'base',
  'strongholds',
  'stronghold',
  'posts',
  'checkpoints',
  'areas',
  'districts',
  'neighbourhoods',
  'neighborhoods',
  'territory',
  'enclave',
  'enclaves',
]);

/** Participles of holding ground: "positions held by X", "X-controlled areas" name X's territory. */
export const EN_HOLDING_PARTICIPLES = new Set(['held', 'controlled', 'occupied', 'run']);
/**
 * Arabic words of holding ground (folded): "مناطق تسيطر عليها X", "الخاضعة لسيطرة X", "مناطق سيطرة
 * X"; the holder follows them, after "عليها" for the verb.
 */
export const AR_HOLDING_WORDS = /^(تسيطر|يسيطر|لسيطره|سيطره)$/;
export const AR_HOLDING_PREPS = new Set(['عليها', 'عليه', 'عليهم', 'عليهما']);
/**
 * Finite Arabic verbs of taking ground (folded, with و/ف/ل): "وسيطرت القوات التركية على عفرين بعد
 * طرد المقاتلين الأكراد منها" — the expulsion the taking is dated after is the taker's own.
 */
export const AR_TAKING_GROUND_VERBS =
  /^(و|ف|ل)?(سيطر|سيطرت|سيطروا|تسيطر|يسيطر|يسيطرون|استعاد|استعادت|استعادوا|تستعيد|يستعيد|دخل|دخلت|دخلوا|تدخل|يدخل)$/;
// Nouns of taking ground ("السيطرة", "سيطرتها", "استعادة"), folded, with و/ف and the article.
export const AR_TAKING_GROUND_NOUNS = /^(و|ف)?((ال|لل)?(سيطره|استعاده)|(سيطرت|استعادت)(ه|ها|هم))$/;
// Verbs (and the noun إعلان) whose complement is a noun of taking ground its subject takes:
// "تمكنت من السيطرة", "أحكم السيطرة", "بسطت سيطرتها", "أعلن الجيش سيطرته"; not "فقدت السيطرة".
export const AR_CONTROL_CLAIM_WORDS =
  /^(و|ف)?(تمكن|تمكنت|تمكنوا|يتمكن|تتمكن|احكم|احكمت|احكموا|يحكم|تحكم|بسط|بسطت|بسطوا|يبسط|تبسط|فرض|فرضت|فرضوا|يفرض|تفرض|اعلن|اعلنت|اعلنوا|يعلن|تعلن|اعلان)$/;
// Lemmas of driving an actor out (طرد، أخرج), whose dated noun the taker of the ground holds.
export const EXPULSION_LEMMAS = new Set(['طرد', 'أخرج']);

/** Participles of doing harm that take its agent with "by": "caused by", "dropped by", "committed by". */
export const EN_HARM_AGENT_PARTICIPLES = new Set(['caused', 'dropped', 'fired', 'committed', 'perpetrated']);

/** Verbs naming the agent of an attack in someone's report: "X staged/carried out/was behind the attack". */
export const EN_BLAME_VERBS = new Set([
  'staged',
  'carried',
  'committed',
  'perpetrated',
  'behind',
  'orchestrated',
]);

/** Nouns of fighting between two sides, with "بين/between" (folded, without clitics). */
/** Verbs of occurrence between a clash noun and "between": "clashes broke out between X and Y". */
export const EN_OCCURRENCE_WORDS = new Set([
  'broke',
  'out',
  'erupted',
  'continued',
  'raged',
  'flared',
  'up',
  'intensified',
  'took',
  'place',
  'have',
  'had',
  'were',
  'are',
  'underway',
  // "clashes then erupted between", "fighting again flared up between".
  'then',
  'again',
]);

/**
 * Nouns of a hostile relation between two sides, with "بين/between" (folded, without clitics):
 * "التوتر بين X وY", "الخلاف بين", "the rift/dispute/feud between X and Y". Unlike a clash they
 * name no event, so they are read only when nothing around them denies, fears, dates or questions
 * them. (The singular "مواجهة" is left out: it is mostly a feared confrontation.)
 */
export const RIVALRY_NOUNS = new Set([
  'التوتر',
  'توتر',
  'التوترات',
  'توترات',
  'الخلاف',
  'خلاف',
  'الخلافات',
  'خلافات',
  'النزاع',
  'نزاع',
  'الصراع',
  'صراع',
  'العداء',
  'عداء',
  'العداوه',
  'عداوه',
  'الخصومه',
  'خصومه',
  'القطيعه',
  'قطيعه',
  'الازمه',
  'ازمه',
  'الحرب',
  'حرب',
  'tension',
  'tensions',
  'dispute',
  'disputes',
  'rift',
  'feud',
  'row',
  'spat',
  'standoff',
  'hostility',
  'enmity',
  'animosity',
  'conflict',
  'confrontation',
  'confrontations',
  'war',
]);

/**
 * Rivalry nouns that, named by their two sides' adjectives, are the name of a war
 * ("الحرب العراقية الإيرانية", "النزاع العربي الإسرائيلي", "the Israeli-Palestinian conflict"):
 * a standing label, often of a past war, not a relation the text reports.
 */
export const WAR_NAME_NOUNS = new Set([
  'الحرب',
  'حرب',
  'الصراع',
  'صراع',
  'النزاع',
  'نزاع',
  'war',
  'conflict',
]);

/**
 * Nouns of a cooperative relation between two sides, with "بين/between" (folded, without
 * clitics): "التعاون بين X وY", "الاتفاق بين", "the alliance/deal between X and Y". The mirror of
 * RIVALRY_NOUNS: each side supports the other, under the same guards. Talks and meetings are left
 * out (enemies hold them), and so is a truce (see AR_TRUCE_QUALIFIERS).
 */
export const COOPERATION_NOUNS = new Set([
  'التعاون',
  'تعاون',
  'التنسيق',
  'تنسيق',
  'التحالف',
  'تحالف',
  'الحلف',
  'الشراكه',
  'شراكه',
  'التقارب',
  'تقارب',
  'المصالحه',
  'مصالحه',
  'الاتفاق',
  'اتفاق',
  'الاتفاقيه',
  'اتفاقيه',
  'cooperation',
  'coordination',
  'alliance',
  'partnership',
  'rapprochement',
  'reconciliation',
  'agreement',
  'deal',
  'accord',
  'pact',
]);

export const CLASH_NOUNS = new Set([
  'الاقتتال',
  'اقتتال',
  'القصف',
  'قصف',
  'اشتباكات',
  'الاشتباكات',
  'مناوشات',
  'المناوشات',
  'معارك',
  'المعارك',
  'مواجهات',
  'المواجهات',
  'قتال',
  'القتال',
  'clashes',
  'fighting',
  'battles',
  'skirmishes',
  'hostilities',
]);

// Words before an English "-ing" form or "that" that are no noun the form could modify: the
// form is then a verb of the clause ("is demanding", "kept attacking", "and urging").
export const EN_NOT_NOUNS = new Set([
  ...EN_CATENATIVES,
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'am',
  'has',
  'have',
  'had',
  'keep',
  'keeps',
  'kept',
  'stop',
  'stops',
  'stopped',
  'began',
  'begun',
  'also',
  'still',
  'now',
  'then',
  'not',
  'never',
  'already',
  'just',
  't',
  'while',
  'and',
  'or',
  'but',
  'so',
  'who',
  'which',
  'that',
  'to',
  'said',
  'says',
  'say',
  'added',
  'as',
  'its',
  'his',
  'this',
  'thus',
  'does',
  'us',
  'adding',
  'saying',
  'warned',
  'urged',
]);

// People a country's possessive may qualify without being the country's own body: "Syria's
// opposition", "Iran's allies", "Iraq's Kurds".
export const EN_PEOPLE_NOUNS = new Set([
  'opposition',
  'rebels',
  'rebel',
  'people',
  'civilians',
  'citizens',
  'population',
  'kurds',
  'refugees',
  'children',
  'women',
  'allies',
  'ally',
  'enemies',
  'enemy',
  'neighbours',
  'neighbors',
  'minorities',
  'minority',
  'christians',
  'sunnis',
  'shiites',
  'alawites',
  'protesters',
  'dissidents',
  'activists',
  'victims',
  'displaced',
  'opponents',
  'critics',
  'insurgents',
]);

/** Members of a group that a killing names by number: "killed 140 ISIL terrorists". */
export const EN_KILLED_MEMBERS = new Set([
  'fighters',
  'members',
  'militants',
  'soldiers',
  'troops',
  'terrorists',
  'gunmen',
  'jihadists',
  'extremists',
  'commanders',
  'servicemen',
]);
/**
 * Verbs of killing a counted number of a group's members: "killed 60 Daesh terrorists", "eliminated
 * 75 Nusra militants", "massacred 250 Syrian troops".
 */
export const EN_KILLING_VERBS = new Set([
  'kill',
  'kills',
  'killed',
  'eliminate',
  'eliminates',
  'eliminated',
  'massacre',
  'massacres',
  'massacred',
  'execute',
  'executes',
  'executed',
]);
/** Verbs of wounding coordinated with a killing: "killed 28 and wounded 30 Daesh militants". */
export const EN_WOUNDING_VERBS = new Set(['wounded', 'injured', 'wounding', 'injuring']);
/** Words between a group's name and its members' plural: "Daesh terror group militants". */
export const EN_MEMBER_GROUP_WORDS = new Set(['terror', 'terrorist', 'group']);
/** Nouns of a number of acts: "killed in a series of Russian air strikes". */
export const EN_SERIES_NOUNS = new Set(['series', 'wave', 'string', 'spate', 'barrage']);
/** Country names abbreviated, used as adjectives before an act ("in US strikes"); folded tokens. */
export const EN_ABBREVIATED_COUNTRIES = new Set(['us', 'u.s', 'u.s.', 'uk', 'u.k', 'u.k.', 'uae']);
/** Words between "members of" and the group's name: "members of the so-called Free Syrian Army". */
export const EN_MEMBERS_OF_FILLERS = new Set([
  'the',
  'so-called',
  'so',
  'called',
  'self-styled',
  'self-proclaimed',
]);
/** A group word after an armed group's name and its members' plural: "the ISIL terrorists group killed". */
export const EN_KILLER_GROUP_WORDS = new Set(['group', 'organization', 'organisation']);
/** Military acts whose agent a casualty report names: "killed in Russian air strikes", "in SDF operations". */
export const EN_KILLING_ACTS = new Set([
  ...EN_STRIKE_NOUNS,
  'operation',
  'operations',
  'campaign',
  'offensives',
]);
/** Words between a casualty count's people and "killed": "ISIL terrorists were killed", "IS group fighters have been killed". */
export const EN_VICTIM_GAP = new Set([
  ...EN_KILLED_MEMBERS,
  'group',
  'terrorist',
  'were',
  'was',
  'have',
  'has',
  'had',
  'been',
  'reportedly',
]);

/** Words of a number before the people killed: "at least 50", "dozens of", "some 70", "an estimated 50", "a confirmed 33". */
export const EN_COUNT_WORDS = new Set(
  'at least more than some about over nearly almost around roughly approximately up to dozens scores hundreds several of a an few estimated confirmed total two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty'.split(
    ' ',
  ),
);

// A holder's forces and weapons: "its jets bombing X" is the holder's own deed.
export const EN_UNIT_NOUNS = new Set([
  'forces',
  'troops',
  'jets',
  'warplanes',
  'aircraft',
  'planes',
  'fighters',
  'units',
  'militias',
  'soldiers',
  'airstrikes',
  'strikes',
  'raids',
  'helicopters',
  'drones',
  'gunmen',
  'militants',
]);

// "drew criticism from X", "has faced fierce condemnation from X", "won praise from X": the verbs
// that receive a reaction and the reactions received, with the side the one named after "from"
// takes toward the receiver.
export const EN_DRAWING_VERBS = new Set([
  'drew',
  'draw',
  'draws',
  'drawn',
  'drawing',
  'faced',
  'face',
  'faces',
  'facing',
  'received',
  'receive',
  'receives',
  'receiving',
  'won',
  'win',
  'wins',
  'winning',
  'earned',
  'earn',
  'earns',
  'earning',
  'garnered',
  'attracted',
  // An act that sets off a reaction receives it: "regime strikes killed 37 civilians sparking
  // condemnation from Syrias opposition", "the raid prompted outrage from the opposition".
  'sparked',
  'spark',
  'sparks',
  'sparking',
  'prompted',
  'prompt',
  'prompts',
  'prompting',
  'triggered',
  'trigger',
  'triggers',
  'triggering',
  'provoked',
  'provoke',
  'provokes',
  'provoking',
]);
export const EN_RECEIVED_REACTIONS = new Map<string, 1 | -1>([
  ['criticism', -1],
  ['condemnation', -1],
  ['rebuke', -1],
  ['rebukes', -1],
  ['ire', -1],
  ['scorn', -1],
  ['fire', -1],
  ['backlash', -1],
  ['opposition', -1],
  ['outrage', -1],
  ['anger', -1],
  ['praise', 1],
  ['support', 1],
  ['backing', 1],
  ['endorsement', 1],
  ['endorsements', 1],
]);

// "came under attack/fire/siege from X": the hostile acts one can be "under" (not "under control"),
// and the verbs that put their subject there ("is/came/has come under fire").
export const EN_UNDER_ACTS = new Set([
  'attack',
  'attacks',
  'fire',
  'siege',
  'bombardment',
  'assault',
  'shelling',
]);
export const EN_UNDER_VERBS = new Set([
  'come',
  'comes',
  'came',
  'coming',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
]);

// Words that name an act by condemning it, not an opposite course of action ("violation" is
// left out: "ceasefire violations" are the opposite of a ceasefire).
export const CONTEMPT_WORDS = new Set([
  'عدوان',
  'العدوان',
  'اعتداءات',
  'الاعتداءات',
  'احتلال',
  'الاحتلال',
  'غزو',
  'الغزو',
  'المندسين',
  'مندسين',
  'الشغب',
  'aggression',
  'occupation',
  'invasion',
  'rioters',
  'infiltrators',
]);

// "بإسناد من التحالف"، "بدعم من روسيا"، "بمساندة الطيران الروسي": backing given to a deed (folded).
// The backer takes the side the backed act takes; "المدعومة من" is a label and not listed.
export const AR_BACKING = new Set([
  'باسناد',
  'وباسناد',
  'بدعم',
  'وبدعم',
  'بمسانده',
  'وبمسانده',
  'بغطاء',
  'وبغطاء',
]);
// Words that may stand between the backing noun and the backer ("بإسناد كبير من قوات التحالف").
export const AR_BACKING_FILLERS = new Set([
  'من',
  'كبير',
  'جوي',
  'مباشر',
  'قوات',
  'طيران',
  'طايرات',
  'مقاتلات',
]);

// Verbs of managing or aiming that take a verbal noun after their preposition (folded, without
// و/ف): "تمكنت القوات من طرد X", "نجحت في طرد X", "تهدف إلى طرد X" — the word after the
// preposition is the noun even when spelled like a past verb, so the name after it is its object.
export const AR_MANAGING_VERBS = new Set([
  'تمكن',
  'تمكنت',
  'تمكنوا',
  'يتمكن',
  'تتمكن',
  'يتمكنون',
  'نجح',
  'نجحت',
  'نجحوا',
  'ينجح',
  'تنجح',
  'ينجحون',
  'هدف',
  'هدفت',
  'يهدف',
  'تهدف',
  'سعي',
  'سعت',
  'سعوا',
  'يسعي',
  'تسعي',
  'يسعون',
  // Directives: "حثت تركيا الولايات المتحدة على منع X", "دعا الحكومة إلى طرد X" (not يدعون,
  // also "they claim").
  'حث',
  'حثت',
  'حثوا',
  'يحث',
  'تحث',
  'دعا',
  'دعت',
  'دعوا',
  'يدعو',
  'تدعو',
]);
// Prepositions whose object an act is done to ("عقوبات على", "ضد", "sanctions on", "against").
export const TARGET_PREPS = new Set(['علي', 'ضد', 'on', 'against']);

export const AR_MANAGING_PREPS = new Set(['من', 'في', 'الي', 'علي']);

// "من قبضة X", "من سيطرة X", "من أيدي X": what ground is taken from (folded).
export const AR_GRIP_WORDS = new Set(['قبضه', 'سيطره', 'ايدي', 'يد']);

// Hostile words that are no act of force (folded): against, strikes, confrontation, enmity.
export const AR_HOSTILE_WORDS = new Set([
  'ضد',
  'غاره',
  'غارات',
  'ضربه',
  'ضربات',
  'هجمات',
  'مواجهه',
  'المواجهه',
  'عداء',
  'العداء',
]);

// Verbs whose negation affirms, for denied hostility (folded): "لا يستبعد" (does not rule out),
// "لن نتردد/نتوانى" (will not hesitate), "لم تكتف" (was not content with). ("لا يزال" and "ولا
// سيما" never reach it: cue annotation already reads no negation there, see NOT_NEGATED in cues.ts.)
export const AR_AFFIRMING_AFTER_NEGATION = new Set([
  'يستبعد',
  'تستبعد',
  'نستبعد',
  'يتردد',
  'تتردد',
  'نتردد',
  'يتوانى',
  'تتوانى',
  'نتواني',
  'نتوانى',
  'يتواني',
  'تتواني',
  'تكتف',
  'يكتف',
  'يتوقف',
  'تتوقف',
]);

// Attack nouns (folded) whose adjective or bare genitive names the attacker.
export const AR_ATTACK_HEADS = new Set([
  'غاره',
  'غارات',
  'ضربه',
  'ضربات',
  'هجوم',
  'هجمات',
  'قصف',
  'الغاره',
  'الغارات',
  'الضربه',
  'الضربات',
  'الهجوم',
  'الهجمات',
  'القصف',
]);

export const AR_ATTACK_PLURALS = new Set(['غارات', 'ضربات', 'هجمات']);

// Arabic nouns of hostile acts (folded, definite and indefinite) that, with a named agent, take
// their object after على/ضد or a direction: "اعتداء الميليشيات الحوثية على السفارة", "الهجوم
// الإسرائيلي على سوريا", "استهداف الحوثيين للسعودية".
export const AR_HOSTILE_ACT_NOUNS = new Set([
  'اعتداء',
  'الاعتداء',
  'اعتداءات',
  'الاعتداءات',
  'عدوان',
  'العدوان',
  'استهداف',
  'الاستهداف',
  'اقتحام',
  'الاقتحام',
]);

// Launching (folded), hostile only when what is launched is a weapon: "إطلاق الحوثيين صواريخ صوب …".
export const AR_LAUNCH_NOUNS = new Set(['اطلاق', 'الاطلاق']);
export const AR_MISSILE_WORDS =
  /^(ل|ب)?(ال)?(صاروخ|صاروخا|صاروخين|صواريخ|قذيفه|قذيفتين|قذايف|طايره|طايرات|مسيره|مسيرات)$/;

// Prepositions of direction (folded): after an act of force they name what it is aimed at
// ("أطلقوا صواريخ صوب السعودية", "هجوما باتجاه مواقع X").
export const AR_DIRECTION_PREPS = new Set(['صوب', 'باتجاه', 'نحو', 'تجاه', 'اتجاه']);
/** Adverbs written as ب + a definite noun (folded): "تضامنها بالكامل مع …" has no ب-object. */
export const AR_BA_ADVERBS = new Set([
  'بالكامل',
  'بالفعل',
  'بالتاكيد',
  'بالتالي',
  'بالمقابل',
  'بالذات',
  'بالضروره',
  'بالتحديد',
  'بالمثل',
]);
/**
 * "Toward, regarding, about" (folded): what a policy, a position or a thing concerns ("سياسته
 * تجاه إيران", "لا يستبعد أي شيء بشأن سوريا").
 */
export const AR_CONCERNING_PREPS = new Set(['تجاه', 'حيال', 'ازاء', 'اتجاه', 'بشان']);

// Light verbs (folded) that direct or carry out a strike named by its noun: "وجهت ضربة إلى",
// "شنت غارات على", "تنفيذ هجوم ضد"; the noun then governs as far as a finite verb would.
export const AR_STRIKE_LIGHT_VERBS =
  /^(و|ف|ل|ب)?(وجه|وجهت|وجهوا|وجها|وجهتا|يوجه|توجه|يوجهون|توجيه|شن|شنت|شنوا|شنا|يشن|تشن|يشنون|شن|نفذ|نفذت|نفذوا|ينفذ|تنفذ|ينفذون|تنفيذ|اطلق|اطلقت|اطلقوا|يطلق|تطلق|يطلقون|اطلاق)$/;

// Their verbal nouns (folded), the forms another verb can govern: "رفض شن هجمات", "منع … من تنفيذ ضربات".
export const AR_LIGHT_VERBAL_NOUNS = /^(و|ل)?(شن|توجيه|تنفيذ|اطلاق)$/;

export const AR_ATTACK_MANNER = new Set([
  'جويه',
  'جوي',
  'صاروخيه',
  'صاروخي',
  'مدفعي',
  'مدفعيه',
  'الجويه',
  'الجوي',
  'الصاروخيه',
  'الصاروخي',
  'عسكريه',
  'العسكريه',
  'مكثفه',
  'المكثفه',
]);

// Prepositions after which a withdrawal is only mentioned: "في إشارة إلى انسحاب", "حول انسحاب".
export const AR_MENTIONING_PREPS = new Set(['الي', 'حول', 'مع', 'لمجرد', 'اعقاب', 'عشيه', 'غداه']);

// Words in an organisation's name that say it fields armed forces (a coalition, an alliance,
// a peacekeeping force), folded, Arabic without the article: such a body can do what it reports.
export const ARMED_BODY_WORDS = new Set([
  'coalition',
  'alliance',
  'nato',
  'force',
  'forces',
  'army',
  'troops',
  'militia',
  'militias',
  'brigade',
  'brigades',
  'guard',
  'guards',
  'peacekeepers',
  'peacekeeping',
  'تحالف',
  'حلف',
  'ناتو',
  'قوات',
  'قوه',
  'جيش',
  'حشد',
  'لواء',
  'الويه',
  'كتائب',
  'ميليشيات',
  'ميليشيا',
  'حرس',
]);

// Words that only restate who a group is, around its name: its kind of organisation
// ("تنظيم داعش", "al-Nusra Front") and the people it belongs to ("وحدات حماية الشعب الكردية").
// A built-in name made of a codebook name and such words is that codebook actor (folded forms).
export const ORG_CLASS_NOUNS = new Set([
  'تنظيم',
  'حزب',
  'هييه',
  'حركه',
  'جبهه',
  'جماعه',
  'front',
  'party',
  'movement',
  'group',
  'organization',
]);
export const PEOPLE_ADJECTIVES = new Set(['الكردي', 'الكرديه', 'كردي', 'كرديه', 'kurdish']);

// "طالب بفتح تحقيق مستقل في غارة شنتها X": an investigation (folded forms) and the adjectives
// it takes before the act it is into.
export const AR_INVESTIGATION_NOUNS = new Set([
  'تحقيق',
  'التحقيق',
  'بتحقيق',
  'بالتحقيق',
  'تحقيقات',
  'التحقيقات',
  'بتحقيقات',
  'والتحقيق',
]);
export const AR_INVESTIGATION_ADJECTIVES = new Set([
  'مستقل',
  'المستقل',
  'نزيه',
  'النزيه',
  'شفاف',
  'الشفاف',
  'دولي',
  'الدولي',
  'عاجل',
  'فوري',
  'سريع',
  'شامل',
  'كامل',
  'جدي',
  'مستقله',
  'نزيهه',
  'شفافه',
  'دوليه',
  'عاجله',
  'فوريه',
  'سريعه',
  'شامله',
  'كامله',
  'جديه',
]);
export const AR_INVESTIGATION_INTO = new Set(['في', 'بشان', 'حول']);

// What an actor says, proposes or decides (English): reacting to it reacts to its owner
// ("criticized Erdogan's remarks", "welcomed the Saudi initiative", "rejected a plan by Russia").
export const EN_PRODUCT_NOUNS = new Set([
  'remarks',
  'remark',
  'comments',
  'comment',
  'statement',
  'statements',
  'call',
  'calls',
  'appeal',
  'appeals',
  'proposal',
  'proposals',
  'plan',
  'plans',
  'initiative',
  'initiatives',
  'offer',
  'offers',
  'mediation',
  'decision',
  'decisions',
  'policy',
  'policies',
  'effort',
  'efforts',
  'role',
  'accusation',
  'accusations',
  'claim',
  'claims',
  'allegation',
  'allegations',
  'threat',
  'threats',
  'demand',
  'demands',
  'conditions',
  'resolution',
  'draft',
  'move',
  'moves',
  'stance',
  'position',
  'bid',
  'request',
  'ultimatum',
  'announcement',
  'invitation',
  'suggestion',
  'roadmap',
  'measures',
  'steps',
  'rhetoric',
  'criticism',
  'warnings',
  'report',
  'reports',
]);
// Words between a product noun and "by X": "drafted by", "put forward by", "made by".
export const EN_PRODUCT_PARTICIPLES = new Set([
  'drafted',
  'sponsored',
  'co-sponsored',
  'proposed',
  'put',
  'forward',
  'submitted',
  'tabled',
  'presented',
  'made',
  'issued',
  'announced',
  'offered',
  'voiced',
  'launched',
  'adopted',
  'introduced',
  'floated',
  'circulated',
  'taken',
  'expressed',
  'raised',
  'levelled',
  'leveled',
  'unveiled',
  'recently',
  'chalked',
  'drawn',
  'out',
  'up',
]);
// "a US-drafted resolution": the name hyphenated to one of these authored what follows.
// ("X-backed" is a label: Conventions.)
export const EN_AUTHORING_PARTICIPLES = new Set(['drafted', 'sponsored', 'proposed', 'authored', 'brokered']);
// Verbs of reacting to an act of force (English lemmas): condemning it opposes its agent,
// welcoming it supports it.
export const EN_ACT_REACTING_LEMMAS = new Set([
  'welcome',
  'praise',
  'hail',
  'applaud',
  'commend',
  'laud',
  'salute',
  'back',
  'endorse',
  'support',
  'defend',
  'reject',
  'oppose',
  'condemn',
  'denounce',
  'decry',
  'deplore',
  'criticize',
  'criticise',
  'slam',
  'blast',
  'lambast',
  'rebuke',
  'assail',
  'excoriate',
  'castigate',
  'protest',
]);
// Verbs of reacting to what someone said, proposed or decided (English lemmas): those that react
// to an act, and those that only take words or proposals (accept, agree to, deny, veto …).
export const EN_REACTING_LEMMAS = new Set([
  ...EN_ACT_REACTING_LEMMAS,
  'favor',
  'favour',
  'champion',
  'embrace',
  'approve',
  'accept',
  'agree',
  'uphold',
  'appreciate',
  'refuse',
  'chide',
  'bash',
  'deride',
  'ridicule',
  'mock',
  'fault',
  'dismiss',
  'dispute',
  'refute',
  'challenge',
  'veto',
  'block',
  'obstruct',
  'object',
  'scrap',
  'undermine',
  'sabotage',
  'derail',
  'deny',
]);
// "denied remarks by …", "denies the Iranian claims": deny reacts to what someone claimed.
export const EN_DENIAL_FORMS = new Set(['deny', 'denies', 'denied', 'denying']);
export const EN_DENIED_NOUNS = new Set([
  'remarks',
  'comments',
  'statement',
  'statements',
  'claim',
  'claims',
  'allegation',
  'allegations',
  'accusation',
  'accusations',
  'charges',
  'report',
  'reports',
]);
// "a resolution on Syria", "its position on Iran": the actor after these nouns is the matter
// the decision concerns, not its object.
export const EN_MATTER_NOUNS = new Set(['decision', 'resolution', 'stance', 'position']);
export const EN_MATTER_PREPS = new Set(['on', 'about', 'over', 'regarding', 'concerning']);
// Words that may stand between a product's owner and the product noun ("Erdogan's recent
// remarks", "the Saudi peace initiative"); any other word may name a group of the owner's
// ("the Syrian rebel demands"), whose product it is.
export const EN_PRODUCT_MODIFIERS = new Set([
  'recent',
  'latest',
  'new',
  'previous',
  'earlier',
  'last',
  'initial',
  'final',
  'alleged',
  'so-called',
  'controversial',
  'unilateral',
  'official',
  'formal',
  'repeated',
  'public',
  'peace',
  'ceasefire',
  'truce',
  'reform',
  'security',
  'military',
  'political',
  'diplomatic',
  'economic',
  'nuclear',
  'regional',
  'humanitarian',
  'reconciliation',
  'mediation',
  'harsh',
  'sharp',
  'hostile',
  'positive',
  'constructive',
]);
// "would reject the plan": a modal's reaction is predicted or wished, not made.
export const EN_PREDICTIVE_MODALS = new Set(['would', 'could', 'might', 'may', 'should']);
// "refused to accept …", "agreed to back …": verbs whose infinitive reaction their subject holds.
export const EN_INFINITIVE_HOLDERS = new Set(['refuse', 'agree', 'decide', 'vow', 'pledge', 'promise']);

/**
 * Military and state assets and personnel a nationality adjective assigns to a state: an act of
 * force against them is against that state ("struck Iranian targets", "shot down a Russian
 * jet", "killed an Iranian general"). People of a country (civilians, citizens) and places
 * (border, territory) are not here: harming them takes no side against its government.
 */
export const EN_ASSET_NOUNS = new Set([
  'target',
  'targets',
  'position',
  'positions',
  'base',
  'bases',
  'installation',
  'installations',
  'facility',
  'facilities',
  'interests',
  'jet',
  'jets',
  'warplane',
  'warplanes',
  'plane',
  'planes',
  'aircraft',
  'helicopter',
  'helicopters',
  'drone',
  'drones',
  'warship',
  'warships',
  'ship',
  'ships',
  'vessel',
  'vessels',
  'tanker',
  'tankers',
  'convoy',
  'convoys',
  'patrol',
  'patrols',
  'troops',
  'soldier',
  'soldiers',
  'forces',
  'personnel',
  'general',
  'generals',
  'commander',
  'commanders',
  'officer',
  'officers',
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'diplomat',
  'diplomats',
  'embassy',
  'consulate',
]);

/**
 * The same in Arabic, folded, without article or accusative alif; the adjective follows them
 * ("أهدافا إيرانية", "طائرة روسية", "القائد الإيراني").
 */
export const AR_ASSET_NOUNS = new Set([
  // Vehicles, stores and works of a force ("آليات عسكرية لميليشيات الحوثي").
  'اليات',
  'دبابات',
  'دبابه',
  'مدرعات',
  'عربات',
  'مخازن',
  'مستودعات',
  'مستودع',
  'منصات',
  'تحصينات',
  'تعزيزات',
  'اهداف',
  'هدف',
  'مواقع',
  'موقع',
  'قواعد',
  'قاعده',
  'منشات',
  'منشاه',
  'مصالح',
  'معسكر',
  'معسكرات',
  'مقر',
  'مقرات',
  'طايره',
  'طايرات',
  'مقاتله',
  'مقاتلات',
  'مروحيه',
  'مروحيات',
  'سفينه',
  'سفن',
  'بارجه',
  'بوارج',
  'فرقاطه',
  'زورق',
  'زوارق',
  'ناقله',
  'ناقلات',
  'قافله',
  'قوافل',
  'رتل',
  'ارتال',
  'دوريه',
  'دوريات',
  'قوات',
  'جنود',
  'جندي',
  'عسكريين',
  'ضابط',
  'ضباط',
  'قايد',
  'قاده',
  'قيادي',
  'قياديين',
  'مستشار',
  'مستشارين',
  'دبلوماسي',
  'دبلوماسيين',
  'سفاره',
  'قنصليه',
]);

/** Adjectives that may stand between an Arabic asset noun and its nationality ("طائرة حربية روسية", "ناقلة نفط"). */
export const AR_ASSET_QUALIFIERS = new Set([
  'عسكري',
  'عسكريه',
  'عسكريا',
  'حربي',
  'حربيه',
  'حربيا',
  'نفط',
  'النفط',
  'بارز',
  'بارزا',
  'كبير',
  'كبيرا',
  'مسيره',
]);

/** Weapons fired at a target: "fired a (ballistic) missile at X", "launched rockets at X". */
export const EN_FIRED_WEAPONS = new Set([
  'missile',
  'missiles',
  'rocket',
  'rockets',
  'shell',
  'shells',
  'mortar',
  'mortars',
  'projectile',
  'projectiles',
  'shots',
  'salvo',
  'salvos',
  'barrage',
]);

/** Prepositions that name what a fired weapon is aimed at. */
export const EN_FIRED_AT = new Set(['at', 'on', 'upon', 'into', 'toward', 'towards']);

// Acts of force named after their agent (English): reacting to one reacts to its agent
// ("condemned the Israeli strikes", "denounced the Saudi-led air campaign", "Turkey's offensive").
export const EN_FORCE_ACT_NOUNS = new Set([
  'strike',
  'strikes',
  'airstrike',
  'airstrikes',
  'raid',
  'raids',
  'bombardment',
  'bombardments',
  'shelling',
  'offensive',
  'offensives',
  'incursion',
  'incursions',
  'operation',
  'operations',
  'campaign',
  'attack',
  'attacks',
  'bombing',
  'bombings',
  'assault',
  'invasion',
  'occupation',
  'intervention',
  'blockade',
  'siege',
  'aggression',
  'crackdown',
]);
// Verb forms of stopping an act: a gerund or act noun after them is the act stopped ("stopped
// bombing", "must stop backing", "halted its strikes").
export const EN_HALT_FORMS = new Set([
  'stop',
  'stops',
  'stopped',
  'halt',
  'halts',
  'halted',
  'cease',
  'ceases',
  'ceased',
]);
// English nouns of a state's hostile action or of its agents, after which a nationality adjective
// names the acting state ("condemn the Russian aggression", "resist the Iranian invaders"); not
// acts often named by their place ("the Syrian strikes").
export const EN_STATE_HOSTILITY_NOUNS = new Set([
  'aggression',
  'intervention',
  'invasion',
  'incursion',
  'occupation',
  'blockade',
  'crackdown',
  'invaders',
  'occupiers',
  'aggressors',
]);
// Act nouns that a nationality adjective often names by their place or victims ("the Syrian
// chemical attack", "the Ankara bombing"): only an agent with a weapon or an object is sure.
export const EN_PLACE_NAMED_ACTS = new Set([
  'attack',
  'attacks',
  'bombing',
  'bombings',
  'assault',
  'campaign',
]);
// Words between an act's agent and the act noun: "the Israeli air strikes", "Turkey's recent
// military offensive", "the Saudi-led air campaign".
export const EN_FORCE_ACT_MODIFIERS = new Set([
  'air',
  'aerial',
  'military',
  'missile',
  'rocket',
  'artillery',
  'mortar',
  'drone',
  'naval',
  'ground',
  'land',
  'cross-border',
  'recent',
  'latest',
  'new',
  'renewed',
  'ongoing',
  'continued',
  'continuing',
  'deadly',
  'brutal',
  'massive',
  'heavy',
  'intense',
  'unilateral',
  'overnight',
  'indiscriminate',
  'punitive',
  'retaliatory',
  'repeated',
  'alleged',
  'so-called',
  'joint',
  'surprise',
  'planned',
]);
// Weapons of a military act: with one, an adjective before "attack" names its agent.
export const EN_ARMED_ACT_MODIFIERS = new Set([
  'air',
  'aerial',
  'military',
  'missile',
  'rocket',
  'artillery',
  'mortar',
  'drone',
  'naval',
  'ground',
]);
// Nouns of reacting to an act, with the preposition before it: "condemnation of", "support for".
export const EN_ACT_REACTING_NOUNS = new Map<string, string>([
  ['condemnation', 'of'],
  ['condemnations', 'of'],
  ['denunciation', 'of'],
  ['criticism', 'of'],
  ['support', 'for'],
  ['praise', 'for'],
]);

/**
 * Atrocities (folded, clitics peeled by the pattern): a chemical attack or weapons, sarin,
 * chlorine, mustard or nerve gas, massacres, crimes (of war, against humanity), ethnic
 * cleansing, genocide, barrel bombs, torture, executions, starvation.
 */
export const AR_ATROCITY_WORD =
  /^(و|ف)?(ب|ل)?(ال)?(كيمي?ا[وي]يه?|كيمي?ا[وي]يا|سارين|كلور|خردل|اعصاب|مجزره|مجازر|مذبحه|مذابح|جرايم|جريمه|تطهير|اباده|براميل|تعذيب|اعدامات|اعدام|تجويع)$/;
/** Verbs of doing an Arabic atrocity (folded, past and present, with و/ف): نفذ، ارتكب، استخدم، شن … */
export const AR_ATROCITY_VERB =
  /^(و|ف)?((نفذ|ارتكب|استخدم|استعمل|شن|اقترف|القي|القت|القوا)(ت|وا|ا|تا)?|(ي|ت)(نفذ|رتكب|ستخدم|ستعمل|شن|قترف|لقي)(ون|ان|ا)?)$/;
/**
 * Arabic verbs whose doing is a misdeed by itself (folded, past and present, with و/ف): violating,
 * breaching, obstructing, hindering, undermining, lying, deceiving, misleading ("إن إيران انتهكت
 * السيادة", "إن الحوثيين يعرقلون وصول المساعدات"). Read only with a tracked subject heading a
 * that-clause, where the speaker accuses the subject. No أفشل: its present تفشل is "fails".
 */
export const AR_MISDEED_VERB =
  /^(و|ف)?((انتهك|خرق|عرقل|قوض|عطل|اعاق|خدع|كذب|ضلل)(ت|وا|ا|تا)?|(ي|ت)(نتهك|خرق|عرقل|قوض|عطل|عيق|خدع|كذب|ضلل)(ون|ان|ا)?)$/;
/** "مسؤول عن", "تقف وراء": an Arabic predicate naming the doer, with the word after it. */
export const AR_RESPONSIBLE = /^(ال)?مسوول(ه|ا|ون|ين|تان)?$/;
export const AR_STANDS_BEHIND = /^(و|ف)?(وقف|وقفت|وقفوا|يقف|تقف|يقفون)$/;
/** "ضالعة في", "متورط في": an Arabic predicate of involvement, a charge when a misdeed follows. */
export const AR_INVOLVED = /^(ال)?(ضالع|متورط)(ه|ا|ون|ين|ان|تان)?$/;
/** Misdeeds one is said to be involved in, besides atrocities and attacks (folded). */
export const AR_INVOLVED_IN =
  /^(ال)?(مشاكل|مشكلات|ازمات|انتهاكات|ارهاب|اعمال|مخطط|مخططات|موامره|موامرات|اغتيال|اختطاف|خطف|تهريب|فساد|قتل|تخريب|زعزعه)$/;
/** Clitic-less atrocity nouns and adjectives (English). */
export const EN_ATROCITY_WORDS = new Set([
  'chemical',
  'chemicals',
  'sarin',
  'chlorine',
  'mustard',
  'nerve',
  'toxic',
  'massacre',
  'massacres',
  'atrocity',
  'atrocities',
  'crimes',
  'crime',
  'genocide',
  'cleansing',
  'barrel',
  'torture',
  'executions',
  'starvation',
]);
/** Verbs of doing an English atrocity, finite: "used", "carried (out)", "committed", "dropped" … */
export const EN_ATROCITY_VERBS = new Set([
  'used',
  'uses',
  'carried',
  'committed',
  'commits',
  'perpetrated',
  'perpetrates',
  'conducted',
  'launched',
  'staged',
  'dropped',
  'deployed',
  'unleashed',
  'resorted',
  'resorts',
  'responsible',
  'behind',
  'guilty',
]);

// Base forms of the verbs above, an atrocity's doing only after a verb of going on: "continues to
// commit massacres" (not "could use", "threatened to use").
export const EN_ATROCITY_BASE_VERBS = new Set(['commit', 'use', 'perpetrate', 'drop', 'deploy', 'unleash']);
export const EN_GOING_ON_VERBS = new Set(['continue', 'continues', 'continued']);

// Pejorative names of an actor's deeds (folded, without the article): the speaker who calls
// another's acts "threats", "interference" or "crimes" opposes that actor ("التهديدات الإيرانية",
// "تدخلات إيران", "جرائم النظام").
export const AR_MISDEED_NOUNS = new Set([
  'تهديدات',
  'تهديد',
  'تدخلات',
  'اعتداءات',
  'اعتداء',
  'جرايم',
  'جريمه',
  'عدوان',
  'انتهاكات',
  'انتهاك',
  'ممارسات',
  'استفزازات',
  'اطماع',
  'موامرات',
  'مجازر',
  'احتلال',
  'تمدد',
  'هيمنه',
]);
// Of these, the ones whose bare genitive may name the victim ("احتلال العراق", "تهديد إيران
// بالعقوبات"): only a nationality adjective names their agent.
export const AR_MISDEED_OBJECT_GENITIVE = new Set(['تهديد', 'احتلال', 'انتهاك', 'تمدد', 'اعتداء']);
// Labels of a body's remit before a verbal noun ("اللجنة المعنية بالتصدي لـ…"): no position taken.
export const AR_REMIT_LABELS = new Set([
  'المعني',
  'المعنيه',
  'المعنيين',
  'المختصه',
  'المختص',
  'المكلفه',
  'المكلف',
]);
// Neutral nouns of conduct that a malign adjective after the owner makes pejorative ("أنشطة إيران
// المزعزعة للاستقرار", "السلوك الإيراني العدائي").
export const AR_CONDUCT_NOUNS = new Set(['انشطه', 'نشاطات', 'سياسات', 'سلوك', 'دور', 'تحركات', 'تصرفات']);
export const AR_MALIGN_ADJECTIVE =
  /^(ال)?(مزعزع|مزعزعه|خبيث|خبيثه|عدايي|عداييه|تخريبي|تخريبيه|مشبوه|مشبوهه|هدام|هدامه|توسعي|توسعيه|عدواني|عدوانيه)$/;
// Units and bodies between a misdeed and its owner's name ("جرائم قوات النظام", "اعتداءات ميليشيات
// الحوثي"), besides office words.
export const AR_MISDEED_UNITS = new Set([
  'منظمه',
  'تنظيم',
  'اعضاء',
  'ميليشيات',
  'مليشيات',
  'ميليشيا',
  'مليشيا',
  'نظام',
  'عناصر',
  'جماعه',
]);
// A side's casualties (folded, without the article): "إخراج جرحى النظام الإيراني", "التضامن مع
// ضحايا النظام" act on the wounded and the dead, not on their side.
export const AR_CASUALTY_NOUNS = new Set([
  'جرحي',
  'قتلي',
  'ضحايا',
  'جثث',
  'جثامين',
  'رفات',
  'مصابي',
  'مصابين',
]);
// Indefinite plurals of a group's fighters or members before "من" and the group's name ("ستة
// مسلحين من حزب العمال", "عناصر من داعش"): some members of that group (folded). (Definite,
// "من" is more often where from: "ستطرد المسلحين من العراق".)
export const AR_MEMBER_PLURALS = new Set(['مسلحين', 'عناصر', 'مقاتلين', 'متمردين', 'اعضاء', 'قياديين']);
// Counts before a plural noun (folded): "ستة مسلحين", "عشرة عناصر".
export const AR_COUNT_WORDS = new Set([
  'ثلاثه',
  'اربعه',
  'خمسه',
  'سته',
  'سبعه',
  'ثمانيه',
  'تسعه',
  'عشره',
  'عشرات',
  'مئات',
  'عدد',
]);
// Words before a misdeed that make it another's claim or an inquiry's matter, not the speaker's
// naming ("التحقيق في التدخلات الروسية", "the probe into Russian meddling").
export const MISDEED_UNASSERTING = new Set([
  'تحقيق',
  'التحقيق',
  'التحقيقات',
  'تحقيقات',
  'بالتحقيق',
  'ملف',
  'بملف',
  'اتهامات',
  'اتهام',
  'الاتهام',
  'بتهمه',
  'investigation',
  'investigations',
  'probe',
  'probes',
  'inquiry',
  'investigating',
  'investigate',
  'accusations',
  'accusation',
  'accused',
  'accusing',
  'accuses',
  'allegation',
  'alleging',
  'allege',
  'alleges',
  'charges',
  'claim',
]);
export const EN_MISDEED_NOUNS = new Set([
  'threats',
  'threat',
  'interference',
  'meddling',
  'aggression',
  'crimes',
  'atrocities',
  'violations',
  'brutality',
  'provocations',
  'provocation',
  'criminality',
  'occupation',
  'expansionism',
  'hegemony',
  'adventurism',
  'massacres',
]);
// Of these, the ones whose "of"-phrase names their agent ("the crimes of the regime"; "the
// threat of sanctions", "the occupation of Iraq" name other things).
export const EN_MISDEED_OF_AGENT = new Set([
  'crimes',
  'atrocities',
  'violations',
  'brutality',
  'aggression',
  'interference',
  'meddling',
  'provocations',
  'criminality',
]);
// Malign adjectives that make a neutral noun of conduct after them pejorative ("Iran's
// destabilizing activities", "Russian malign influence").
export const EN_MALIGN_ADJECTIVES = new Set([
  'destabilizing',
  'destabilising',
  'malign',
  'malicious',
  'subversive',
  'expansionist',
  'nefarious',
]);
export const EN_CONDUCT_NOUNS = new Set([
  'activities',
  'activity',
  'behavior',
  'behaviour',
  'actions',
  'conduct',
  'influence',
  'role',
  'policies',
  'policy',
  'agenda',
  'interventions',
  'acts',
  'moves',
]);
// Plain modifiers between an owner and its misdeed ("Iranian military aggression", "Iran's
// continued interference").
export const EN_MISDEED_MODIFIERS = new Set([
  'continued',
  'continuing',
  'ongoing',
  'growing',
  'increasing',
  'repeated',
  'recent',
  'latest',
  'military',
  'regional',
  'blatant',
  'flagrant',
  'systematic',
  'brutal',
  'war',
  'naked',
  'unprovoked',
]);
