// Arabic names that are also ordinary words or verbs; such a name only counts where the
// context makes it the name (a title before it, or the actor's fuller name in the article).
import { foldString } from '../text/normalize.js';

const AMBIGUOUS_ARABIC = `
الأسد أسد المعلم معلم الحكيم حكيم صدر عون هادي سلام أمل نصر فتح الأمين العدل التحرير
الوفاق الإصلاح النهضة الشعب المستقبل الحرية العهد التيار القوات الجيش وطن كرامة الكرامة البناء
عباس جميل كريم سعيد رشيد أمين حسن علي نور النور الفجر الأمل الحق العدالة التقدم الوطن الدعوة
الفضيلة الحكمة السلام الإخاء التغيير الجبهة الحركة المقاومة الثورة الشرعية عادل ناصر منصور
`;

// Titles and honorifics that, just before a name, make it a person's name.
const TITLES_AR = `
الرئيس رئيس السيد الشيخ الزعيم الجنرال العماد المرشد الأمير الملك السيدة الدكتور الوزير الإمام
اللواء العقيد الفريق المشير القائد النائب المستشارة المستشار زعيم الرئيسة بشار حافظ مقتدى ميشال ميشيل
`;

let ambiguous: Set<string> | undefined;
let titles: Set<string> | undefined;

export function isAmbiguousArabicName(folded: string): boolean {
  ambiguous ??= new Set(AMBIGUOUS_ARABIC.split(/\s+/).filter(Boolean).map(foldString));
  return ambiguous.has(folded);
}

export function isArabicTitleWord(folded: string): boolean {
  titles ??= new Set(TITLES_AR.split(/\s+/).filter(Boolean).map(foldString));
  return titles.has(folded);
}

const OFFICE_AR = `
وزير وزيرة وزارة الخارجية الدفاع الداخلية رئيس الرئيس رئيسة نائب المتحدث متحدث الناطق ناطق سفير
السفير سفيرة مبعوث المبعوث مندوب المندوب ممثل مستشار المستشار المسؤول مسؤول مسؤولون مسؤولين
الحكومة حكومة الجيش جيش القوات قوات السلطات الجانب البرلمان الدبلوماسية الرئاسة الوفد وفد الدولة
المخابرات الاستخبارات البحرية الطيران الشرطة الأمن مصادر المسؤولون المسؤولين قائد القائد العاهل الملك ولي
السفارة سفارة القنصلية قنصلية المقاتلات مقاتلات الطائرات طائرات الحربية القاذفات الحكومية الحكومي
الوزير الوزيرة وزيرة الوزارة القنصل قنصل السفيرة سفراء السفراء المبعوثة مبعوثة المندوبة
مندوبة المتحدثة متحدثة الناطقة ناطقة المستشارة مستشارة المسؤولة مسؤولة الدبلوماسي دبلوماسي
الدبلوماسيون الدبلوماسيين مصدر المرشد الإدارة الديوان رئاسة الأركان الكنيست
الكونغرس الكونجرس الحرس حرس سلطات شرطة السلطة
`;
// (Not courts, soldiers or the cabinet with a nationality, "محكمة أمريكية", "الجنود الإسرائيليين",
// "مجلس الوزراء الإسرائيلي": on the corpus they gave more wrong statements than right ones.)

// Words that name a state's body only right before its nationality adjective: "النظام السوري",
// "القضاء المغربي", "القادة الإيرانيون"; a word or two further they head something else ("النظام
// الانتخابي العراقي", "القضاء على الوجود الإيراني", "قادة الفصائل السورية").
const OFFICE_ADJACENT_AR = `
النظام نظام القضاء القادة قادة
`;

// Councils and arms named by two words, whose second word alone names no office: "مجلس النواب
// الأمريكي", "مجلس الشعب السوري", "سلاح الجو الإسرائيلي" (not "الشعب السوري", "الجو").
const OFFICE_PHRASES_AR = `
مجلس:النواب مجلس:الشيوخ مجلس:الشعب مجلس:الشورى مجلس:الأمة سلاح:الجو
`;

const OFFICE_EN = `
minister ministry spokesman spokeswoman spokesperson envoy ambassador official officials president
premier government army military forces troops authorities diplomat diplomats delegation leader
leadership foreign defense defence secretary chancellor administration navy air force regime
prime king emir crown prince warplanes jets aircraft officers commander commanders intelligence
leaders ministers spokesmen envoys members lawmakers parliament embassy consulate invaders occupiers soldiers
fighter planes helicopters drones
governments regimes aide aides adviser advisers advisor advisors negotiator negotiators representative
representatives delegate delegates consul police cabinet presidency congress senate legislators
parliamentarians judiciary guards pilots servicemen
`;

let officeAr: Set<string> | undefined;
let officeEn: Set<string> | undefined;

let officeAdjacentAr: Set<string> | undefined;
let officePhrasesAr: Map<string, Set<string>> | undefined;

/** An Arabic word that names a state's body when the nationality adjective follows it directly. */
export function isAdjacentOfficeWord(folded: string): boolean {
  officeAdjacentAr ??= new Set(OFFICE_ADJACENT_AR.split(/\s+/).filter(Boolean).map(foldString));
  return officeAdjacentAr.has(folded) || isOfficeWord(folded, 'ar');
}

/**
 * The second words (without proclitics) that name a state's council or arm together with the
 * Arabic word `first` (without proclitics), or undefined when `first` opens no such pair. Keyed by
 * the first word, so a word that opens none costs one lookup and no joined string.
 */
export function officePhraseSeconds(first: string): ReadonlySet<string> | undefined {
  if (!officePhrasesAr) {
    officePhrasesAr = new Map();
    for (const p of OFFICE_PHRASES_AR.split(/\s+/).filter(Boolean)) {
      const [head, second] = p.split(':').map(foldString) as [string, string];
      let seconds = officePhrasesAr.get(head);
      if (!seconds) officePhrasesAr.set(head, (seconds = new Set()));
      seconds.add(second);
    }
  }
  return officePhrasesAr.get(first);
}

/** A word that names an office or institution of a country (minister, army, spokesman …). */
export function isOfficeWord(folded: string, lang: 'ar' | 'en'): boolean {
  if (lang === 'ar') {
    officeAr ??= new Set(OFFICE_AR.split(/\s+/).filter(Boolean).map(foldString));
    return officeAr.has(folded);
  }
  officeEn ??= new Set(OFFICE_EN.split(/\s+/).filter(Boolean));
  return officeEn.has(folded);
}
