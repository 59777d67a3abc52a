// Arabic cue lexicon, generated into surface forms (normalised spelling) on first use.
// Verbs are given as past 3rd-person masculine, present 3rd-person masculine, verbal nouns and
// participles; all persons of both tenses are generated from them. Clitics (و ف ب ل ال …) and
// attached pronouns are stripped at lookup time, not listed here.
import { makeCue, tokenCue, type Cue, type CueKind, type TokenCue } from './cue.js';
import { withoutConjunction } from '../text/tokens.js';
import { foldString } from '../text/normalize.js';

// One verb a line: past|present|verbal nouns|participles|polarity (+ support, - oppose)|strength 0..1.
// معارضة is listed as its construct stem "معارضت": only with a pronoun (معارضته، معارضتها) is it
// the act of opposing; alone it is the opposition, a group ("قوى معارضة", "المعارضة السورية").
// The block from شجع to قاوم came from reviewing the verbs of UD-PETRARCH's Arabic CAMEO
// dictionary (MIT; ../shared/corpus/dictionaries/petrarch-arabic) in news contexts, not from the file.
// حاصر weighs 0.55 as استهدف does: below 0.6 its object pronoun ("وتحاصرها القوات") names the
// besieged place, not the previous sentence's topic (target-reading.ts, pronounObjects).
// حاسب (hold to account) acts against the one held, as عاقب does ("طالب بمحاسبة إيران"); it has
// no participle: محاسب is an accountant.
// إبعاد (keeping away: "ضرورة إبعاد القوات الإيرانية") acts against what it governs, as إخراج does;
// only its verbal noun: يبعد is also "is distant" (تبعد 20 كلم عن).
// Stopping acts against what it governs ("الكف عن دعم X"; التوقف is in WORDS).
// (تبرير is left out: news mostly reports it as a critic's charge, "يحاولون تبرير جرائمهم".)
// A situation that requires a course ("الحل يتطلب الحوار", "يستوجب محاسبة") is the speaker's
// call for it. Allowing is read only when refused
// ("لن نسمح لإيران بـ…" opposes Iran; cues.ts sets the granted verb aside). Pressure is read only
// when put on someone ("تريد الضغط على إيران", "ضرورة الضغط على قطر": against them; cues.ts sets
// "تحت ضغط"، "ضغط الدم" aside). Keenness (حرص على، حريص على: "أكد حرص المملكة على العلاقات مع
// الولايات المتحدة") backs what it is keen on.
// مستعد (ready, willing) comes without its verb: يستعد is preparing, a deed; a line with only a
// participle takes the participle as its lemma.
const STANCE_VERBS = `
أيد|يؤيد|تأييد|مؤيد|+|0.9
دعم|يدعم|دعم|داعم|+|0.85
ساند|يساند|مساندة|مساند|+|0.85
رحب|يرحب|ترحيب|مرحب|+|0.85
طالب|يطالب|مطالبة|مطالب|+|0.85
حث|يحث|حث||+|0.8
دعا|يدعو|دعوة|داعي|+|0.85
طلب|يطلب|طلب||+|0.7
عزم|يعتزم|اعتزام,عزم|عازم|+|0.7
|||مستعد|+|0.6
اعترف|يعترف|اعتراف||+|0.7
مدد|يمدد|تمديد||+|0.5
استأنف|يستأنف|استئناف||+|0.5
أعاد|يعيد|||+|0.5
قرر|يقرر|قرار||+|0.6
ناشد|يناشد|مناشدة||+|0.75
أصر|يصر|إصرار||+|0.85
تمسك|يتمسك|تمسك|متمسك|+|0.85
التزم|يلتزم|التزام|ملتزم|+|0.7
تعهد|يتعهد|تعهد|متعهد|+|0.8
أشاد|يشيد|إشادة|مشيد|+|0.85
شكر|يشكر|شكر||+|0.7
امتدح|يمتدح|امتداح||+|0.8
أثنى|يثني|ثناء||+|0.85
نوه|ينوه|تنويه||+|0.6
ثمن|يثمن|تثمين||+|0.8
مدح|يمدح|مديح,مدح||+|0.8
تحالف|يتحالف|تحالف|متحالف|+|0.7
رشح|يرشح|ترشيح||+|0.7
كلف|يكلف|تكليف||+|0.75
انضم|ينضم|انضمام|منضم|+|0.7
تعاون|يتعاون|تعاون|متعاون|+|0.6
نسق|ينسق|||+|0.6
اتفق|يتفق|||+|0.6
وافق|يوافق|موافقة|موافق|+|0.75
|يقبل|قبول|قابل|+|0.7
تبنى|يتبنى|تبني|متبني|+|0.75
دافع|يدافع|دفاع||+|0.7
احترم|يحترم|احترام||+|0.7
حافظ|يحافظ|حفاظ,الحفاظ||+|0.6
اقترح|يقترح|اقتراح,مقترح||+|0.7
تضامن|يتضامن|تضامن|متضامن|+|0.8
هنأ|يهنئ|تهنئة||+|0.7
صوت|يصوت|تصويت||+|0.5
احتفل|يحتفل|احتفال|محتفل|+|0.7
ضمن|يضمن|||+|0.5
حمى|يحمي|حماية||+|0.6
سعى|يسعى|سعي|ساعي|+|0.5
عمل|يعمل|||+|0.35
استمر|يستمر|استمرار||+|0.5
أراد|يريد|||+|0.5
رغب|يرغب|رغبة|راغب|+|0.6
شن|يشن|||+|0.5
زاد|يزيد|زيادة||+|0.5
كثف|يكثف|تكثيف||+|0.5
واصل|يواصل|مواصلة||+|0.5
صعد|يصعد|تصعيد||+|0.5
وسع|يوسع|توسيع||+|0.5
عزز|يعزز|تعزيز||+|0.55
نشر|ينشر|||+|0.4
أرسل|يرسل|إرسال||+|0.4
قلص|يقلص|تقليص||-|0.5
تخوف|يتخوف|تخوف|متخوف|-|0.6
خشي|يخشى|خشية||-|0.6
خفض|يخفض|تخفيض||-|0.5
أطلق|يطلق|إطلاق||+|0.3
نفذ|ينفذ|تنفيذ||+|0.4
بدأ|يبدأ|||+|0.4
شرع|يشرع|||+|0.4
رفض|يرفض|رفض|رافض|-|0.9
عارض|يعارض|معارضت||-|0.8
أدان|يدين|إدانة||-|0.9
دان||||-|0.9
ندد|يندد|تنديد|منددا|-|0.9
استنكر|يستنكر|استنكار|مستنكر|-|0.9
شجب|يشجب|شجب||-|0.9
انتقد|ينتقد|انتقاد|منتقد|-|0.85
هاجم|يهاجم|هجوم,مهاجمة|مهاجم|-|0.75
حذر|يحذر|تحذير|محذر|-|0.8
اتهم|يتهم|اتهام|متهم|-|0.85
قاطع|يقاطع|مقاطعة||-|0.85
هدد|يهدد|تهديد||-|0.7
لوح|يلوح|تلويح|ملوح|-|0.7
لام|يلوم|لوم,اللوم|لائم|-|0.8
اعترض|يعترض|اعتراض|معترض|-|0.8
تحفظ|يتحفظ|تحفظ|متحفظ|-|0.6
قصف|يقصف|قصف||-|0.6
أسقط|يسقط|إسقاط||-|0.6
هزم|يهزم|هزيمة||-|0.7
اقتحم|يقتحم|اقتحام|مقتحم|-|0.65
أحرق|يحرق|إحراق||-|0.6
أضرم|يضرم|إضرام||-|0.6
أشعل|يشعل|إشعال||-|0.5
دك|يدك|دك||-|0.6
ضرب|يضرب|||-|0.5
توعد|يتوعد|||-|0.7
ناصب|يناصب|||-|0.7
استهدف|يستهدف|استهداف|مستهدف|-|0.55
حارب|يحارب|محاربة||-|0.7
قاتل|يقاتل|قتال||-|0.6
اشتبك|يشتبك|اشتباك,اشتباكات|مشتبك|-|0.6
||مواجهة||-|0.5
تصدى|يتصدى|تصدي|متصدي|-|0.6
انسحب|ينسحب|انسحاب|منسحب|-|0.6
أوقف|يوقف|إيقاف,وقف||-|0.5
كف|يكف|كف||-|0.5
منع|يمنع|منع||-|0.6
عالج|يعالج|معالجة||-|0.6
خرق|يخرق|خرق||-|0.7
انتهك|ينتهك|انتهاك||-|0.7
سحب|يسحب|سحب||-|0.6
أخرج|يخرج|إخراج||-|0.7
||إبعاد||-|0.6
طرد|يطرد|طرد||-|0.7
حرر|يحرر|تحرير||-|0.6
استعاد|يستعيد|استعادة||-|0.6
عرقل|يعرقل|عرقلة||-|0.7
قوض|يقوض|تقويض||-|0.7
أفشل|يفشل|إفشال||-|0.7
عاقب|يعاقب|معاقبة||-|0.7
حاسب|يحاسب|محاسبة||-|0.7
فرض|يفرض|||+|0.4
قطع|يقطع|||-|0.7
احتج|يحتج|احتجاج|محتج|-|0.7
طعن|يطعن|طعن||-|0.6
استبعد|يستبعد|استبعاد||-|0.6
أقصى|يقصي|إقصاء||-|0.7
عزل|يعزل|||-|0.5
أطاح|يطيح|إطاحة||-|0.75
ألغى|يلغي|إلغاء||-|0.7
تخلى|يتخلى|تخلي||-|0.7
جمد|يجمد|تجميد||-|0.6
تنحى|يتنحى|تنحي||-|0.8
استقال|يستقيل|استقالة||-|0.8
أقال|يقيل|إقالة||-|0.7
أعفى|يعفي|إعفاء||-|0.6
اغتال|يغتال|اغتيال||-|0.8
قمع|يقمع|قمع||-|0.7
كافح|يكافح|مكافحة||-|0.7
ناهض|يناهض|مناهضة||-|0.8
انزعج|ينزعج|انزعاج|منزعج|-|0.6
استاء|يستاء|استياء|مستاء|-|0.7
تبرأ|يتبرأ|تبرؤ||-|0.8
تنصل|يتنصل|تنصل|متنصل|-|0.7
استهجن|يستهجن|استهجان|مستهجن|-|0.85
امتعض|يمتعض|امتعاض|ممتعض|-|0.6
تطاول|يتطاول|تطاول|متطاول|-|0.7
انحاز|ينحاز|انحياز||+|0.75
آزر|يؤازر|مؤازرة|مؤازر|+|0.8
التحق|يلتحق|التحاق|ملتحق|+|0.7
بارك|يبارك|مباركة||+|0.7
بايع|يبايع|مبايعة||+|0.8
صادق|يصادق|مصادقة||+|0.7
شجع|يشجع|تشجيع||+|0.7
|يناصر|||+|0.8
ساعد|يساعد|||+|0.6
مول|يمول|||+|0.75
اشتكى|يشتكي|||-|0.6
شكا|يشكو|||-|0.6
استهزأ|يستهزئ|استهزاء||-|0.75
تحدى|يتحدى|||-|0.6
دحض|يدحض|دحض||-|0.75
نبذ|ينبذ|نبذ||-|0.75
انشق|ينشق|انشقاق||-|0.7
أعاق|يعيق|||-|0.7
أحبط|يحبط|||-|0.7
داهم|يداهم|مداهمة||-|0.6
حاصر|يحاصر|محاصرة||-|0.55
رشق|يرشق|رشق||-|0.6
اعتدى|يعتدي|||-|0.75
تهجم|يتهجم|تهجم||-|0.75
قاوم|يقاوم|||-|0.7
ارتاح|يرتاح|ارتياح||+|0.7
امتن||امتنان|ممتن|+|0.8
استغرب|يستغرب|استغراب||-|0.7
تطلب|يتطلب|||+|0.55
استوجب|يستوجب|||+|0.55
سمح|يسمح|||+|0.5
ضغط|يضغط|ضغط,ضغوط||-|0.6
حرص|يحرص|حرص|حريص|+|0.6
`;

const DESCRIBE_VERBS = `
وصف|يصف|وصف|واصف
سمى|يسمي|||
نعت|ينعت|||
صنف|يصنف|||
`;

const SPEECH_VERBS = `
قال|يقول|قول|قائل
أكد|يؤكد|تأكيد|مؤكد
أعلن|يعلن|إعلان|معلن
أشار|يشير|إشارة|مشير
أوضح|يوضح|إيضاح|موضح
صرح|يصرح|تصريح,تصريحات|مصرح
ذكر|يذكر|||
أضاف|يضيف||مضيف
رأى|يرى|||
لفت|يلفت|||
أفاد|يفيد|||
تابع|يتابع|||
شدد|يشدد|تشديد|مشدد
أبلغ|يبلغ|||
أخبر|يخبر|||
كتب|يكتب|||
غرد|يغرد|تغريدة||
أعرب|يعرب|||
عبر|يعبر|تعبير||
جدد|يجدد|||
كرر|يكرر|||
اعتبر|يعتبر||معتبر
أدرك|يدرك|||
اعتقد|يعتقد|||
`;

// Single words and fixed phrases, with kind, polarity and strength. "غادر" (treacherous) is listed
// only with the article: without it, news nearly always means the verb "left" (غادر تركيا).
// "بدل" (instead of) negates what follows: "دعا إلى التوحد بدل السعي لإعادة الانتخابات" is against a
// rerun. Not "بدلا": "بدلا من ذلك" (instead) looks back, not ahead.
// "التوقف عن" (ceasing) acts against what it governs, as وقف does: "دعا إلى التوقف عن جهود تشكيل
// الحكومة". Only with the article: the finite verb is mostly intransitive ("توقفت حركة الطيران"),
// and bare توقف is أوقف's present ("أن توقف إيران أنشطتها").
// Predicate adjectives of acceptance and justification ("الخطوة … غير مقبولة", "الوجود … مبرر"):
// their negation (غير، ليس) is the speaker's rejection of the topic before them.
const WORDS = `
stance + 0.85 : دعما لصالح مؤيدا مؤيدة تأييدا
stanceN + 0.8 : حليف حلفاء شريك أنصار
stance + 0.6 : لصالح
stance + 0.5 : يجب ينبغي
stanceN + 0.5 : موقف مواقف
stanceN + 0.7 : ضرورة
stanceN + 0.6 : حاجة بحاجة
stance - 0.6 : ضد
stanceN - 0.55 : غارات غارة ضربات ضربة هجمات غاراتها ضرباتها هجماتها
stance - 0.7 : تنديدا احتجاجا رفضا اعتراضا
stanceN - 0.7 : قلق مخاوف أسف عقوبات العقوبات
stanceN - 0.6 : خروج رحيل مغادرة إنهاء
stanceN - 0.6 : تفريق تفرقة
stanceN - 0.55 : التوقف
stance - 0.6 : فرقت فرقوا يفرقون
evaluative - 0.8 : اعتداء الاعتداء اعتداءات الاعتداءات إرهابي إرهابية الإرهابيين الإرهابي قاتل القاتل مجرم المجرم مجرمة جريمة جرائم الغادر خائن الخائن خيانة الخيانة كاذب الكذب بالكذب كذب استفزاز استفزازا استفزازي مرفوض مرفوضة مرفوضا سخيف سخيفا عدوان عدوانا العدوان عدواني احتلال الاحتلال انتهاك انتهاكات فاشل فاشلة فشل كارثة كارثي وحشي وحشية عنصري ديكتاتور طاغية سفاح خطأ خاطئ باطل مدمر دروعا دروع ممول عكسية تهديدا المشكلة مشكلة
evaluative - 0.7 : شذاذ الشذاذ غوغاء الغوغاء مخربين المخربين مرتزقة المرتزقة عملاء العملاء الغزاة غزاة المحتلين محتلين
evaluative - 0.7 : مخالف مخالفة منافي منافية
evaluative - 0.8 : زعزعة مزعزع مزعزعة زعزع زعزعت يزعزع تزعزع يزعزعون
evaluative - 0.6 : صفعة صفعه معضلة خطير خطيرة بد مسرحية مهزلة مزورة تزوير مزيفة هزلية
evaluative + 0.8 : عظيم عظيما صديق صديقا صديقي نصر انتصار إيجابي إيجابية بإيجابية ضمانة ضروري ضرورية شرعي الشرعية الشرعي حق الحق الحقّ استقرار الاستقرار ناجح نجاح إنجاز الخيرة خيرة بطل مهم الحل
evaluative + 0.5 : مهمة
evaluative + 0.6 : قانوني قانونية
evaluative + 0.7 : مقبول مقبولة مقبولا مبرر مبررة مبررا
negation 0 1 : لا لم لن ليس ليست ليسوا لسنا عدم غير ألا بدون دون بلا بدل
hedge 0 0.7 : قد ربما يبدو محتمل لعل يحتمل احتمال
condition 0 0.5 : بشرط شريطة مشروط مشروطا حياد حيادية محايد متوازن يحسم
stance + 0.6 : مشترطا مشترطين مشترطة
complementizer 0 0 : إن أن بأن وإن وأن بأنه بأنها إنه إنها أنه أنها انهم أنهم إنهم بأنهم إنهما أنهما بأنهما إننا أننا بأننا
relative 0 0 : ما الذي التي الذين وهو وهي
preposition 0 0 : ل ب ك على من إلى الى في عن مع حول بشأن تجاه بين عبر لدى نحو إزاء بحق
pronoun 0 0 : هو هي هم
speech 0 0.5 : وعبر فعبر بحسب وفق وفقا حسب بيان قائلا قائلة مؤكدا مؤكدة مضيفا مضيفة مشيرا مشيرة معتبرا معتبرة واصفا واصفة
`;

const CONCRETE_PLURALS = ['دفاعات', 'تعزيزات'];

// Generated verb forms that news nearly always uses as the noun "challenge" (تحدي، تحديا).
const HOMOGRAPHS = ['تحدي', 'تحديا'];
// Nouns read as a stance only with a possessive pronoun: "أعرب عن تقديره لجهود X" (his
// appreciation of), while bare "تقدير" is mostly an estimate ("بحسب تقديرات", "في تقديري" aside).
// Likewise "أعربت عن استعدادها لـ" (her readiness), while bare "الاستعداد"، "استعدادات"، "استعدادا لـ"
// are preparations, deeds rather than positions. The verb (يستعد، prepares) is left out for the same
// reason; the participle "مستعد" (ready, willing) is kept.
const POSSESSED_ONLY = new Map([
  ['تقدير', 0.7],
  ['استعداد', 0.6],
]);

const PAST_SUFFIXES = ['', 'ت', 'وا', 'ا', 'تا', 'ن', 'نا', 'تم', 'و', 'تن'];
const PRESENT_PREFIXES = ['ي', 'ت', 'ن', 'ا'];
const PRESENT_SUFFIXES = ['', 'ون', 'ان', 'ين', 'ن', 'وا', 'و', 'ا'];
const NOUN_SUFFIXES = ['', 'ات', 'ا'];
const PARTICIPLE_SUFFIXES = ['', 'ه', 'ون', 'ين', 'ان', 'ات', 'ا', 'تان', 'هم'];

function addForm(map: Map<string, Cue>, form: string, cue: Cue): void {
  const key = foldString(form);
  if (!key) return;
  const existing = map.get(key);
  // A form shared by two lemmas keeps the stronger reading; a form that is both a verb and
  // a verbal noun (دعم، رفض) is read as the noun, whose scope is the shorter.
  if (!existing || existing.strength < cue.strength) map.set(key, cue);
  else if (existing.lemma === cue.lemma && existing.pos !== cue.pos)
    map.set(key, makeCue({ ...existing, pos: 'noun', verbNoun: true }));
}

function addVerb(
  map: Map<string, Cue>,
  fields: string[],
  kind: CueKind,
  polarity: 1 | -1 | 0,
  strength: number,
): void {
  const [past, present, nouns, participles] = fields.map((f) => (f ?? '').trim());
  const lemma = past || present || (participles && !nouns ? participles.split(',')[0]! : '');
  const verbCue = makeCue({ kind, polarity, strength, pos: 'verb', lemma });
  const nounCue = makeCue({ kind, polarity, strength, pos: 'noun', lemma });
  if (past) {
    const p = foldString(past);
    for (const s of PAST_SUFFIXES) addForm(map, p + s, verbCue);
    // Weak final root letter: دعا → دعت, اشترى → اشترت.
    if (p.endsWith('ي') || p.endsWith('ا')) addForm(map, p.slice(0, -1) + 'ت', verbCue);
  }
  if (present) {
    const stem = foldString(present).slice(1);
    for (const pre of PRESENT_PREFIXES)
      for (const s of PRESENT_SUFFIXES) addForm(map, pre + stem + s, verbCue);
  }
  for (const noun of (nouns ?? '').split(',').filter(Boolean)) {
    const n = foldString(noun);
    for (const s of NOUN_SUFFIXES) addForm(map, n + s, nounCue);
    // Before a pronoun the final hamza sits on ي: إلغاء → إلغائه, استياء → استيائها.
    if (n.endsWith('اء')) addForm(map, n.slice(0, -1) + 'ي', nounCue);
    if (n.endsWith('ه')) {
      addForm(map, n.slice(0, -1) + 'ت', nounCue); // construct state: مطالبته
      addForm(map, n.slice(0, -1) + 'ات', nounCue); // plural: الدعوات، المطالبات
    }
  }
  const participleCue = makeCue({ ...nounCue, participle: true });
  for (const part of (participles ?? '').split(',').filter(Boolean)) {
    const q = foldString(part);
    for (const s of PARTICIPLE_SUFFIXES) addForm(map, q + s, participleCue);
  }
}

/**
 * The "|"-separated fields of a lexicon block's lines. A line with another number of fields (a
 * typo, a leftover merge marker) throws at load rather than adding a cue without a polarity.
 */
export function parseLexiconLines(
  block: string,
  name: string,
  minFields: number,
  maxFields: number,
): string[][] {
  return block
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((l) => {
      const fields = l.split('|');
      if (fields.length < minFields || fields.length > maxFields)
        throw new Error(
          `Arabic lexicon ${name}: "${l}" has ${fields.length} fields, not ${minFields}–${maxFields}`,
        );
      return fields;
    });
}

let arabicCues: Map<string, Cue> | undefined;

/** Surface form (folded, without clitics) → cue. Multi-word entries are keyed with a space. */
export function getArabicCues(): Map<string, Cue> {
  if (arabicCues) return arabicCues;
  const map = new Map<string, Cue>();
  for (const fields of parseLexiconLines(STANCE_VERBS, 'STANCE_VERBS', 6, 6)) {
    const polarity = fields[4] === '+' ? 1 : -1;
    addVerb(map, fields, 'stance', polarity, Number(fields[5]));
  }
  // Plurals generated from a verbal noun that name things, not acts: "الدفاعات الجوية" (air
  // defences), "تعزيزات عسكرية" (reinforcements) defend or strengthen nobody.
  for (const w of CONCRETE_PLURALS) map.delete(foldString(w));
  for (const w of HOMOGRAPHS) map.delete(foldString(w));
  for (const [w, strength] of POSSESSED_ONLY)
    map.set(foldString(w), makeCue({ kind: 'stance', polarity: 1, strength, pos: 'noun', lemma: w }));
  for (const fields of parseLexiconLines(DESCRIBE_VERBS, 'DESCRIBE_VERBS', 4, 5))
    addVerb(map, fields, 'describe', 0, 0.7);
  for (const fields of parseLexiconLines(SPEECH_VERBS, 'SPEECH_VERBS', 4, 5))
    addVerb(map, fields, 'speech', 0, 0.5);
  // Function words override generated verb forms that collide with them (e.g. "ان").
  for (const line of WORDS.split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const [head, words] = line.split(':');
    const [kindField, pol, strength] = head!.trim().split(/\s+/);
    const polarity: 1 | -1 | 0 = pol === '+' ? 1 : pol === '-' ? -1 : 0;
    // "stanceN" marks nouns: their holder is the genitive after them.
    const pos = kindField!.endsWith('N') ? 'noun' : 'other';
    const kind = kindField!.replace(/N$/, '') as CueKind;
    for (const w of words!.trim().split(/\s+/)) {
      map.set(foldString(w), makeCue({ kind, polarity, strength: Number(strength), pos, lemma: w }));
    }
  }
  arabicCues = map;
  return map;
}

const PROCLITICS = [
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
  'س',
  'وب',
  'ول',
  'وس',
  'فب',
  'فل',
  'فس',
  'وك',
  'ال',
  'وال',
  'بال',
  'فال',
  'كال',
  'لل',
  'ولل',
  'فلل',
  'وبال',
];
const ENCLITICS = ['ه', 'ها', 'هم', 'هما', 'هن', 'كم', 'نا', 'ني'];
// encliticOf reads one ending per token: no enclitic may end another.
for (const a of ENCLITICS)
  for (const b of ENCLITICS) if (a !== b && a.endsWith(b)) throw new Error(`enclitics ${a} and ${b} overlap`);

/** A token's reading: its cue, and whether a pronoun was peeled off it. */
export type ArabicCueHit = TokenCue;

/**
 * Whether a peeled proclitic can stand before this reading: ب and ك only before nouns (كلام is
 * not ك + لام), س only before present verbs, ال only before nouns.
 */
function fitsProclitic(pre: string, stem: string, cue: Cue): boolean {
  if (pre === '') return true;
  const bare = withoutConjunction(pre);
  if (bare === '') return true;
  if (bare.includes('ال') || bare === 'لل' || bare === 'ب' || bare === 'ك')
    return cue.pos !== 'verb' || cue.verbNoun === true;
  if (bare === 'س') return cue.pos === 'verb' && /^[يتنا]/.test(stem);
  return true;
}

// Definite forms that name an entity more often than an act: "التحالف" is the coalition.
const ENTITY_FORMS = new Set([
  'التحالف',
  'والتحالف',
  'للتحالف',
  'فالتحالف',
  'المعارضه',
  'والمعارضه',
  'للمعارضه',
]);

// Verbs spelled like a cue behind a proclitic: "بحث" (discussed) is not ب + حث (urging).
const OTHER_VERBS = new Set(['بحث', 'وبحث', 'فبحث']);
// Nouns spelled like a cue: "نبذة" (a short profile) is not نبذ + ه, "مول" alone is a shopping
// mall (the verb keeps its persons and pronouns: مولت، ومولها); "كفة" (a scale's pan, "ترجيح كفة
// الميزان") is not كف + ه.
const OTHER_NOUNS = new Set(['نبذه', 'ونبذه', 'مول', 'ومول', 'كفه', 'وكفه']);

/**
 * The enclitic pronoun the token ends with, if any (the endings exclude one another). Its last
 * letter is compared first: endsWith is a call into the runtime, and most words end otherwise.
 */
function encliticOf(token: string): string | undefined {
  const last = token.charCodeAt(token.length - 1);
  for (const suf of ENCLITICS) if (last === suf.charCodeAt(suf.length - 1) && token.endsWith(suf)) return suf;
  return undefined;
}

// The stems of the token being read (each proclitic it opens with peeled), and those proclitics:
// reused from call to call, since this runs on every new word form.
const stemsRead: string[] = [];
const procliticsRead: string[] = [];

/**
 * Looks a folded Arabic token up, peeling clitics and attached pronouns. Not memoised: the
 * engine reads each form once, with its other readings, through lookupArabicCue (extract/cues.ts).
 */
export function analyzeArabicToken(token: string): ArabicCueHit | undefined {
  if (ENTITY_FORMS.has(token) || OTHER_VERBS.has(token) || OTHER_NOUNS.has(token)) return undefined;
  const map = getArabicCues();
  const exact = map.get(token);
  if (exact && !POSSESSED_ONLY.has(exact.lemma)) return tokenCue(exact);
  // The token without each proclitic it opens with, in the order of PROCLITICS.
  let stems = 0;
  for (const pre of PROCLITICS) {
    if (token.length - pre.length >= 2 && token.startsWith(pre)) {
      const stem = token.slice(pre.length);
      const hit = map.get(stem);
      if (hit && fitsProclitic(pre, stem, hit) && !POSSESSED_ONLY.has(hit.lemma)) return tokenCue(hit);
      stemsRead[stems] = stem;
      procliticsRead[stems++] = pre;
    }
  }
  // Then a pronoun peeled off the token as it stands and off each of those stems (all of them end
  // where the token ends, so they end with the token's enclitic).
  const suf = encliticOf(token);
  if (suf === undefined) return undefined;
  for (let s = -1; s < stems; s++) {
    const stem = s < 0 ? token : stemsRead[s]!;
    // "قاطعة" (decisive) is a feminine participle, not "قاطع" + ه.
    if (suf === 'ه' && stem.length === 5 && stem[2] === 'ا') continue;
    if (stem.length - suf.length >= 2) {
      const bare = stem.slice(0, -suf.length);
      const hit = map.get(bare);
      // Function words do not take pronouns here (من + ه is not a cue).
      if (
        hit &&
        (hit.pos !== 'other' || hit.kind === 'stance') &&
        fitsProclitic(s < 0 ? '' : procliticsRead[s]!, bare, hit)
      )
        return tokenCue(hit, hit.pos === 'verb', true);
    }
  }
  return undefined;
}

let finiteForms: Map<string, string[]> | undefined;

/**
 * Finite forms (3rd person past and present, masculine and feminine, singular and plural) of
 * the verb whose verbal noun is `noun` (folded, without the article): "انسحاب" → انسحب، انسحبت،
 * انسحبوا، ينسحب، تنسحب، ينسحبون. Empty when the noun is not in the lexicon.
 */
export function finiteFormsOfVerbalNoun(noun: string): string[] {
  if (!finiteForms) {
    finiteForms = new Map();
    for (const fields of parseLexiconLines(STANCE_VERBS, 'STANCE_VERBS', 6, 6)) {
      const [past, present, nouns] = fields.map((f) => (f ?? '').trim());
      if (!past || !present) continue;
      const p = foldString(past);
      const stem = foldString(present).slice(1);
      const forms = [p, p + 'ت', p + 'وا', 'ي' + stem, 'ت' + stem, 'ي' + stem + 'ون'];
      // A trilateral verbal noun is often spelled like the past stem (رفض، دعم، قطع).
      for (const n of [...(nouns ?? '').split(',').filter(Boolean).map(foldString), p]) {
        if (n.length >= 3 && !finiteForms.has(n)) finiteForms.set(n, forms);
      }
    }
  }
  return finiteForms.get(noun) ?? [];
}

let verbLemmas: Set<string> | undefined;

/**
 * Whether a cue's lemma is a verb of STANCE_VERBS, so that its noun reading is a verbal noun (an
 * act: إقالة، محاسبة، دعم) rather than a word of the WORDS list (عقوبات، غارات، حليف).
 */
export function isStanceVerbLemma(lemma: string): boolean {
  if (!verbLemmas) {
    verbLemmas = new Set();
    for (const fields of parseLexiconLines(STANCE_VERBS, 'STANCE_VERBS', 6, 6)) {
      const [past, present] = fields.map((f) => (f ?? '').trim());
      if (past || present) verbLemmas.add(past || present!);
    }
  }
  return verbLemmas.has(lemma);
}
