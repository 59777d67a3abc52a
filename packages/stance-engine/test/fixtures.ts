// A small codebook written for the unit tests (real actors, real-style phrases).
import type { Codebook } from '@stance/codebook';

export const TEST_CODEBOOK: Codebook = {
  version: 1,
  name: 'unit-tests',
  actors: [
    {
      id: 'kadhimi',
      kind: 'person',
      names: { ar: ['مصطفى الكاظمي', 'الكاظمي'], en: ['Mustafa al-Kadhimi', 'Kadhimi'] },
      roles: [
        {
          title: { ar: ['رئيس الوزراء العراقي'], en: ['Iraqi Prime Minister'] },
          from: '2020-05-07',
          to: '2022-10-27',
        },
      ],
      memberOf: ['iraqi-government'],
    },
    {
      id: 'abadi',
      kind: 'person',
      names: { ar: ['حيدر العبادي', 'العبادي'], en: ['Haider al-Abadi', 'Abadi'] },
      roles: [
        {
          title: { ar: ['رئيس الوزراء العراقي'], en: ['Iraqi Prime Minister'] },
          from: '2014-09-08',
          to: '2018-10-25',
        },
      ],
      memberOf: ['iraqi-government'],
    },
    {
      id: 'iraqi-government',
      kind: 'government',
      names: { ar: ['الحكومة العراقية', 'بغداد'], en: ['Iraqi government', 'Baghdad'] },
      roles: [],
      memberOf: [],
    },
    {
      id: 'sadr',
      kind: 'person',
      names: { ar: ['مقتدى الصدر', 'الصدر'], en: ['Moqtada al-Sadr', 'Sadr'] },
      roles: [],
      memberOf: [],
    },
    {
      id: 'factions',
      kind: 'armed-group',
      names: { ar: ['الفصائل المسلحة', 'الفصائل'], en: ['armed factions', 'militias'] },
      roles: [],
      memberOf: [],
    },
    {
      id: 'communists',
      kind: 'party',
      names: { ar: ['الحزب الشيوعي'], en: ['Communist Party'] },
      roles: [],
      memberOf: [],
    },
    {
      id: 'tishreen',
      kind: 'movement',
      names: { ar: ['حركة تشرين'], en: ['Tishreen movement'] },
      roles: [],
      memberOf: [],
    },
    {
      id: 'us',
      kind: 'government',
      names: { ar: ['الولايات المتحدة', 'واشنطن'], en: ['United States', 'US', 'Washington'] },
      roles: [],
      memberOf: [],
    },
    { id: 'germany', kind: 'country', names: { ar: ['ألمانيا'], en: ['Germany'] }, roles: [], memberOf: [] },
    {
      id: 'syria',
      kind: 'government',
      names: { ar: ['النظام السوري', 'سوريا'], en: ['Syrian government', 'Syria'] },
      roles: [],
      memberOf: [],
    },
    {
      id: 'assad',
      kind: 'person',
      names: { ar: ['بشار الأسد', 'الأسد'], en: ['Bashar al-Assad', 'Assad'] },
      roles: [],
      memberOf: ['syria'],
    },
    {
      id: 'baerbock',
      kind: 'person',
      names: { ar: ['أنالينا بيربوك', 'بيربوك'], en: ['Annalena Baerbock', 'Baerbock'] },
      roles: [{ title: { ar: ['وزيرة الخارجية الألمانية'] }, from: '2021-12-08' }],
      memberOf: ['germany'],
    },
    {
      id: 'erdogan',
      kind: 'person',
      names: { ar: ['رجب طيب أردوغان', 'أردوغان'], en: ['Recep Tayyip Erdogan', 'Erdogan'] },
      roles: [],
      memberOf: [],
    },
  ],
  topics: [
    {
      id: 'us-presence',
      label: { en: 'US military presence' },
      pro: { ar: ['الوجود العسكري الأميركي', 'القوات الأميركية'], en: ['US military presence', 'US troops'] },
      anti: {
        ar: ['انسحاب القوات الأميركية', 'الانسحاب الأميركي', 'انسحاب فوري'],
        en: ['withdrawal of US troops', 'US withdrawal'],
      },
    },
    {
      id: 'us-strikes',
      label: { en: 'US air strikes' },
      pro: { ar: ['الضربات الأميركية'], en: ['US strikes'] },
      anti: {},
    },
    {
      id: 'elections',
      label: { en: 'Elections' },
      pro: { ar: ['الانتخابات', 'المشاركة في الانتخابات'], en: ['elections', 'the vote'] },
      anti: {
        ar: ['مقاطعة الانتخابات', 'تأجيل الانتخابات'],
        en: ['election boycott', 'postponing the elections'],
      },
    },
    { id: 'kadhimi-as-target', actor: 'kadhimi', label: { en: 'Kadhimi' }, pro: {}, anti: {} },
    { id: 'assad-as-target', actor: 'assad', label: { en: 'Assad' }, pro: {}, anti: {} },
    { id: 'syria-as-target', actor: 'syria', label: { en: 'Syria' }, pro: {}, anti: {} },
    { id: 'us-as-target', actor: 'us', label: { en: 'US' }, pro: {}, anti: {} },
  ],
};
