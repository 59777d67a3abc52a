// Cities and regions of the Middle East that place a story in its country, written for this
// package: "Aleppo", "عفرين" and "Gaza" say where a story is set as surely as "Syria" does.
// Used only to tell which countries a story names (the country scope of topics and
// institutions), never as actors. Names that are also words or people are left out (صور
// "pictures", الباب "the door", حماة "protectors", صلاح الدين the Turkish politician).
// One line per country: code ; English names ; Arabic names.

const PLACE_TABLE = `
IQ;Mosul|Basra|Erbil|Irbil|Kirkuk|Najaf|Karbala|Kerbala|Fallujah|Falluja|Ramadi|Tikrit|Samarra|Sulaimaniyah|Sulaymaniyah|Duhok|Dohuk|Sinjar|Nineveh|Anbar|Diyala|Baquba|Nasiriyah|Amarah|Diwaniyah|Qandil|Kurdistan Region|Tal Afar;الموصل|البصرة|أربيل|اربيل|كركوك|النجف|كربلاء|الفلوجة|الرمادي|تكريت|سامراء|السليمانية|دهوك|سنجار|نينوى|الأنبار|ديالى|بعقوبة|الناصرية|الديوانية|قنديل|إقليم كردستان|تلعفر|ذي قار
SY;Aleppo|Homs|Hama|Idlib|Raqqa|Deir ez-Zor|Deir el-Zour|Deir Ezzor|Daraa|Deraa|Latakia|Tartus|Palmyra|Afrin|Manbij|Kobani|Kobane|Qamishli|Hasakah|Hasakeh|Ghouta|Douma|Jarablus|Azaz|Abu Kamal|Bukamal|Quneitra|Sweida|Suwayda|Yarmouk|Khan Sheikhoun;حلب|حمص|إدلب|ادلب|الرقة|دير الزور|درعا|اللاذقية|طرطوس|تدمر|عفرين|منبج|كوباني|عين العرب|القامشلي|الحسكة|الغوطة|الغوطة الشرقية|دوما|جرابلس|أعزاز|إعزاز|البوكمال|القنيطرة|السويداء|اليرموك|خان شيخون
TR;Istanbul|Izmir|Gaziantep|Diyarbakir|Hatay|Kilis|Sanliurfa|Incirlik;إسطنبول|اسطنبول|إزمير|غازي عنتاب|ديار بكر|هاتاي|كلس|أورفة|إنجرليك
IR;Isfahan|Mashhad|Qom|Tabriz|Shiraz|Ahvaz|Bushehr|Natanz|Fordow;أصفهان|تبريز|شيراز|الأحواز|الأهواز|بوشهر|نطنز|فوردو
LB;Baalbek|Dahiyeh|Bekaa;صيدا|بعلبك|الضاحية الجنوبية|البقاع
PS;Gaza|Gaza Strip|West Bank|Ramallah|Hebron|Nablus|Jenin|Rafah|Khan Younis;غزة|قطاع غزة|الضفة الغربية|رام الله|نابلس|رفح|خان يونس
IL;Tel Aviv|Haifa|Golan Heights|Golan;تل أبيب|حيفا|الجولان|هضبة الجولان|الجولان المحتل
YE;Aden|Hodeidah|Hudaydah|Taiz|Marib|Saada|Sanaa|Sana'a;عدن|الحديدة|تعز|مأرب|صعدة|صنعاء
SA;Jeddah|Mecca|Dammam|Dhahran|Abha|Jizan|Najran;جدة|مكة|مكة المكرمة|المدينة المنورة|الدمام|الظهران|أبها|جازان|نجران
EG;Alexandria|Sinai|North Sinai|Port Said;الإسكندرية|سيناء|شمال سيناء|بورسعيد|السويس
JO;Zarqa|Irbid|Aqaba|Rukban;إربد|العقبة|الركبان
LY;Benghazi|Misrata|Derna|Sirte|Tobruk;بنغازي|مصراتة|درنة|طبرق
`;

export interface Place {
  code: string;
  names: { en: string[]; ar: string[] };
}

let places: Place[] | undefined;

/** The place table, parsed on first use. */
export function listPlaces(): Place[] {
  places ??= PLACE_TABLE.split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const [code, en, ar] = line.split(';');
      const split = (field: string | undefined): string[] =>
        (field ?? '')
          .split('|')
          .map((s) => s.trim())
          .filter((s) => s.length > 0);
      return { code: code!, names: { en: split(en), ar: split(ar) } };
    });
  return places;
}
