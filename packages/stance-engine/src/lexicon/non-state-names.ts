// Names of organisations, media and armed groups that contain a country's name or demonym
// ("قوات سوريا الديمقراطية", "Syrian Observatory for Human Rights"), and frequent armed groups
// (داعش, al-Qaeda). They are matched as actors outside the codebook (unless the codebook lists
// them), so that a position they take is not given to a tracked actor named nearby.
const NON_STATE_NAMES = `
قوات سوريا الديمقراطية|قوات سوريا الديموقراطية|الجيش السوري الحر|الجيش الحر|المرصد السوري لحقوق الإنسان|المرصد السوري
الشبكة السورية لحقوق الإنسان|الدفاع المدني السوري|الخوذ البيضاء|الهلال الأحمر السوري|الهلال الأحمر العربي السوري|الهلال الأحمر
الصليب الأحمر|اللجنة الدولية للصليب الأحمر|هيئة تحرير الشام|حزب العمال الكردستاني|وحدات حماية الشعب الكردية|وحدات حماية الشعب
الجمعية الطبية السورية الأمريكية|الجمعية الطبية السورية الأميركية|وكالة الأنباء السورية|وكالة الأنباء السورية الرسمية|وكالة الأنباء العراقية
وكالة الأنباء الإيرانية|وكالة الأنباء السعودية|وكالة الأنباء القطرية|وكالة أنباء الإمارات|وكالة الأناضول|الأناضول|وكالة الأنباء الفرنسية
وكالة الأنباء الروسية|وكالة الأنباء الألمانية|الإذاعة الإسرائيلية|القناة الإسرائيلية|التلفزيون السوري|التلفزيون الإيراني|المعارضة السورية
Syrian Democratic Forces|Free Syrian Army|Syrian Observatory for Human Rights|Syrian Observatory|Syrian Network for Human Rights
Syrian Civil Defence|Syrian Civil Defense|White Helmets|Syrian Arab Red Crescent|Red Crescent|Red Cross|Syrian American Medical Society
Syrian Arab News Agency|Kurdistan Workers Party|People's Protection Units|Hayat Tahrir al-Sham|Anadolu Agency|Iranian news agency|Syrian opposition
Syrian state television|Syrian state TV|Russian state television|Iranian state television|Israeli army radio|Syrian rebels|Syrian Kurdish
تنظيم داعش|داعش|تنظيم الدولة الإسلامية|تنظيم الدولة|جبهة النصرة|تنظيم القاعدة|القاعدة|حركة طالبان|طالبان|بوكو حرام
حزب الله اللبناني|حزب الله
Islamic State|ISIS|ISIL|Daesh|Nusra Front|al-Nusra Front|al-Qaeda|Al Qaeda|Taliban|Boko Haram|Hezbollah|Hizbollah
`;

let names: string[] | undefined;

export function listNonStateNames(): string[] {
  names ??= NON_STATE_NAMES.split('\n')
    .flatMap((line) => line.split('|'))
    .map((n) => n.trim())
    .filter(Boolean);
  return names;
}

// Names of one group (one group a line): a built-in name answers to the codebook actor named by
// another name of its group ("تنظيم الدولة" to the actor named "تنظيم الدولة الإسلامية" or "داعش").
const ALIAS_GROUPS = `
تنظيم داعش|داعش|تنظيم الدولة الإسلامية|تنظيم الدولة|الدولة الإسلامية|الدولة الإسلامية في العراق والشام
Islamic State|ISIS|ISIL|Daesh
حزب الله اللبناني|حزب الله
Hezbollah|Hizbollah
تنظيم القاعدة|القاعدة
al-Qaeda|Al Qaeda
حركة طالبان|طالبان
الجيش السوري الحر|الجيش الحر
قوات سوريا الديمقراطية|قوات سوريا الديموقراطية
`;

let aliasGroups: string[][] | undefined;

/** The groups of names that name one group (unfolded), for `listNonStateNames`' names. */
export function listNonStateAliasGroups(): string[][] {
  aliasGroups ??= ALIAS_GROUPS.split('\n')
    .map((line) =>
      line
        .split('|')
        .map((n) => n.trim())
        .filter(Boolean),
    )
    .filter((g) => g.length > 1);
  return aliasGroups;
}
