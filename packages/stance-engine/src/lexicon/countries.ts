// World countries with names and demonyms in English and Arabic, written for this package.
// One line per country: code ; English names ; English demonyms (adjective and plural nouns) ;
// Arabic names ; Arabic nisba adjectives (masculine singular, without the article) ; Arabic
// irregular plurals. Feminine, definite and sound-plural nisba forms are derived in code.

import { foldString } from '../text/normalize.js';
const COUNTRY_TABLE = `
AF;Afghanistan;Afghan|Afghans|Afghani;أفغانستان;أفغاني;الأفغان
AL;Albania;Albanian|Albanians;ألبانيا;ألباني;
DZ;Algeria;Algerian|Algerians;الجزائر;جزائري;
AD;Andorra;Andorran;أندورا;أندوري;
AO;Angola;Angolan|Angolans;أنغولا|أنجولا;أنغولي|أنجولي;
AG;Antigua and Barbuda;Antiguan;أنتيغوا وباربودا;;
AR;Argentina;Argentine|Argentinian|Argentinians;الأرجنتين;أرجنتيني;
AM;Armenia;Armenian|Armenians;أرمينيا;أرميني;الأرمن
AU;Australia;Australian|Australians;أستراليا|استراليا;أسترالي|استرالي;
AT;Austria;Austrian|Austrians;النمسا;نمساوي;
AZ;Azerbaijan;Azerbaijani|Azerbaijanis|Azeri|Azeris;أذربيجان;أذربيجاني|أذري;
BS;Bahamas;Bahamian;جزر البهاما|البهاما;;
BH;Bahrain;Bahraini|Bahrainis;البحرين;بحريني;
BD;Bangladesh;Bangladeshi|Bangladeshis;بنغلاديش|بنجلاديش;بنغلاديشي;
BB;Barbados;Barbadian;باربادوس;;
BY;Belarus;Belarusian|Belarusians;بيلاروسيا|روسيا البيضاء;بيلاروسي;
BE;Belgium;Belgian|Belgians;بلجيكا;بلجيكي;
BZ;Belize;Belizean;بليز;;
BJ;Benin;Beninese;جمهورية بنين;;
BT;Bhutan;Bhutanese;بوتان;;
BO;Bolivia;Bolivian|Bolivians;بوليفيا;بوليفي;
BA;Bosnia and Herzegovina|Bosnia;Bosnian|Bosnians;البوسنة والهرسك|البوسنة;بوسني;
BW;Botswana;Botswanan;بوتسوانا;;
BR;Brazil;Brazilian|Brazilians;البرازيل;برازيلي;
BN;Brunei;Bruneian;بروناي;;
BG;Bulgaria;Bulgarian|Bulgarians;بلغاريا;بلغاري;
BF;Burkina Faso;Burkinabe;بوركينا فاسو;;
BI;Burundi;Burundian;بوروندي;;
KH;Cambodia;Cambodian|Cambodians;كمبوديا;كمبودي;
CM;Cameroon;Cameroonian|Cameroonians;الكاميرون;كاميروني;
CA;Canada;Canadian|Canadians;كندا;كندي;
CV;Cape Verde;Cape Verdean;الرأس الأخضر;;
CF;Central African Republic;Central African;جمهورية أفريقيا الوسطى|أفريقيا الوسطى;;
TD;Chad;Chadian|Chadians;تشاد;تشادي;
CL;Chile;Chilean|Chileans;تشيلي|شيلي;تشيلي;
CN;China|People's Republic of China|Beijing;Chinese;الصين|بكين;صيني;
CO;Colombia;Colombian|Colombians;كولومبيا;كولومبي;
KM;Comoros;Comorian;جزر القمر;قمري;
CG;Republic of the Congo|Congo-Brazzaville;Congolese;الكونغو برازافيل;كونغولي;
CD;Democratic Republic of the Congo|DR Congo|Congo;Congolese;الكونغو الديمقراطية|الكونغو;كونغولي;
CR;Costa Rica;Costa Rican;كوستاريكا;كوستاريكي;
CI;Ivory Coast|Cote d'Ivoire;Ivorian|Ivorians;ساحل العاج|كوت ديفوار;إيفواري;
HR;Croatia;Croatian|Croatians|Croat|Croats;كرواتيا;كرواتي;
CU;Cuba;Cuban|Cubans;كوبا;كوبي;
CY;Cyprus;Cypriot|Cypriots;قبرص;قبرصي;
CZ;Czech Republic|Czechia;Czech|Czechs;التشيك|جمهورية التشيك;تشيكي;
DK;Denmark;Danish|Dane|Danes;الدنمارك|الدانمارك;دنماركي|دانماركي;
DJ;Djibouti;Djiboutian;جيبوتي;جيبوتي;
DM;Dominica;Dominican;دومينيكا;;
DO;Dominican Republic;Dominican;جمهورية الدومينيكان|الدومينيكان;دومينيكاني;
EC;Ecuador;Ecuadorian|Ecuadorians;الإكوادور;إكوادوري;
EG;Egypt|Cairo;Egyptian|Egyptians;مصر|القاهرة;مصري;المصريون
SV;El Salvador;Salvadoran;السلفادور;سلفادوري;
GQ;Equatorial Guinea;Equatoguinean;غينيا الاستوائية;;
ER;Eritrea;Eritrean|Eritreans;إريتريا|اريتريا;إريتري;
EE;Estonia;Estonian|Estonians;إستونيا;إستوني;
SZ;Eswatini|Swaziland;Swazi;إسواتيني|سوازيلاند;;
ET;Ethiopia;Ethiopian|Ethiopians;إثيوبيا|أثيوبيا;إثيوبي|أثيوبي;
FJ;Fiji;Fijian;فيجي;;
FI;Finland;Finnish|Finn|Finns;فنلندا;فنلندي;
FR;France|Paris;French|Frenchman;فرنسا|باريس;فرنسي;الفرنسيون
GA;Gabon;Gabonese;الغابون;غابوني;
GM;Gambia;Gambian;غامبيا;غامبي;
GE;Georgia;Georgian|Georgians;جورجيا;جورجي;
DE;Germany|Berlin;German|Germans;ألمانيا|برلين;ألماني;الألمان
GH;Ghana;Ghanaian|Ghanaians;غانا;غاني;
GR;Greece|Athens;Greek|Greeks;اليونان|أثينا;يوناني;
GD;Grenada;Grenadian;غرينادا;;
GT;Guatemala;Guatemalan;غواتيمالا;غواتيمالي;
GN;Guinea;Guinean;غينيا;غيني;
GW;Guinea-Bissau;Bissau-Guinean;غينيا بيساو;;
GY;Guyana;Guyanese;غيانا;;
HT;Haiti;Haitian|Haitians;هايتي;هايتي;
HN;Honduras;Honduran;هندوراس;هندوراسي;
HU;Hungary;Hungarian|Hungarians;المجر|هنغاريا;مجري|هنغاري;
IS;Iceland;Icelandic|Icelanders;آيسلندا|أيسلندا;آيسلندي;
IN;India|New Delhi;Indian|Indians;الهند|نيودلهي;هندي;الهنود
ID;Indonesia|Jakarta;Indonesian|Indonesians;إندونيسيا|اندونيسيا;إندونيسي;
IR;Iran|Tehran|Islamic Republic of Iran;Iranian|Iranians|Persian;إيران|طهران|الجمهورية الإسلامية الإيرانية;إيراني;
IQ;Iraq|Baghdad;Iraqi|Iraqis;العراق|بغداد;عراقي;
IE;Ireland|Dublin;Irish;أيرلندا|ايرلندا;أيرلندي|ايرلندي;
IL;Israel|Tel Aviv;Israeli|Israelis;إسرائيل|تل أبيب;إسرائيلي;
IT;Italy|Rome;Italian|Italians;إيطاليا|روما;إيطالي;
JM;Jamaica;Jamaican;جامايكا;جامايكي;
JP;Japan|Tokyo;Japanese;اليابان|طوكيو;ياباني;
JO;Jordan|Amman;Jordanian|Jordanians;الأردن;أردني;
KZ;Kazakhstan|Astana;Kazakh|Kazakhstani;كازاخستان|أستانا;كازاخستاني|كازاخي;
KE;Kenya;Kenyan|Kenyans;كينيا;كيني;
KI;Kiribati;I-Kiribati;كيريباتي;;
KP;North Korea|Pyongyang|DPRK;North Korean|North Koreans;كوريا الشمالية|بيونغ يانغ;كوري شمالي;
KR;South Korea|Seoul;South Korean|South Koreans;كوريا الجنوبية|سيول;كوري جنوبي;
XK;Kosovo;Kosovar|Kosovan;كوسوفو;كوسوفي;
KW;Kuwait;Kuwaiti|Kuwaitis;الكويت;كويتي;
KG;Kyrgyzstan;Kyrgyz;قيرغيزستان;قيرغيزي;
LA;Laos;Lao|Laotian;لاوس;لاوسي;
LV;Latvia;Latvian|Latvians;لاتفيا;لاتفي;
LB;Lebanon|Beirut;Lebanese;لبنان|بيروت;لبناني;
LS;Lesotho;Basotho;ليسوتو;;
LR;Liberia;Liberian|Liberians;ليبيريا;ليبيري;
LY;Libya;Libyan|Libyans;ليبيا;ليبي;
LI;Liechtenstein;Liechtensteiner;ليختنشتاين;;
LT;Lithuania;Lithuanian|Lithuanians;ليتوانيا;ليتواني;
LU;Luxembourg;Luxembourgish|Luxembourger;لوكسمبورغ;لوكسمبورغي;
MG;Madagascar;Malagasy;مدغشقر;مدغشقري;
MW;Malawi;Malawian;مالاوي;مالاوي;
MY;Malaysia;Malaysian|Malaysians;ماليزيا;ماليزي;
MV;Maldives;Maldivian;جزر المالديف|المالديف;مالديفي;
ML;Mali;Malian|Malians;جمهورية مالي;;
MT;Malta;Maltese;مالطا;مالطي;
MH;Marshall Islands;Marshallese;جزر مارشال;;
MR;Mauritania;Mauritanian|Mauritanians;موريتانيا;موريتاني;
MU;Mauritius;Mauritian;موريشيوس;;
MX;Mexico;Mexican|Mexicans;المكسيك;مكسيكي;
FM;Micronesia;Micronesian;ميكرونيسيا;;
MD;Moldova;Moldovan|Moldovans;مولدوفا;مولدوفي;
MC;Monaco;Monegasque;موناكو;;
MN;Mongolia;Mongolian|Mongolians;منغوليا;منغولي;
ME;Montenegro;Montenegrin;الجبل الأسود;;
MA;Morocco|Rabat;Moroccan|Moroccans;المغرب|الرباط;مغربي;المغاربة
MZ;Mozambique;Mozambican;موزمبيق;موزمبيقي;
MM;Myanmar|Burma;Myanmar|Burmese;ميانمار|بورما;ميانماري|بورمي;
NA;Namibia;Namibian;ناميبيا;ناميبي;
NR;Nauru;Nauruan;ناورو;;
NP;Nepal;Nepalese|Nepali;نيبال;نيبالي;
NL;Netherlands|Holland|The Hague;Dutch;هولندا|لاهاي;هولندي;
NZ;New Zealand;New Zealander|New Zealanders;نيوزيلندا;نيوزيلندي;
NI;Nicaragua;Nicaraguan;نيكاراغوا;نيكاراغوي;
NE;Niger;Nigerien;النيجر;نيجري;
NG;Nigeria|Abuja;Nigerian|Nigerians;نيجيريا;نيجيري;
MK;North Macedonia|Macedonia;Macedonian|Macedonians;مقدونيا الشمالية|مقدونيا;مقدوني;
NO;Norway|Oslo;Norwegian|Norwegians;النرويج|أوسلو;نرويجي;
OM;Oman|Muscat;Omani|Omanis;سلطنة عمان|مسقط;عماني;
PK;Pakistan|Islamabad;Pakistani|Pakistanis;باكستان|إسلام آباد;باكستاني;
PW;Palau;Palauan;بالاو;;
PS;Palestine|State of Palestine|Ramallah;Palestinian|Palestinians;فلسطين|دولة فلسطين|رام الله;فلسطيني;
PA;Panama;Panamanian;بنما;بنمي;
PG;Papua New Guinea;Papua New Guinean;بابوا غينيا الجديدة;;
PY;Paraguay;Paraguayan;باراغواي;باراغواياني;
PE;Peru;Peruvian|Peruvians;بيرو;بيروفي;
PH;Philippines|Manila;Filipino|Filipinos|Philippine;الفلبين|مانيلا;فلبيني;
PL;Poland|Warsaw;Polish|Pole|Poles;بولندا|وارسو;بولندي;
PT;Portugal|Lisbon;Portuguese;البرتغال|لشبونة;برتغالي;
QA;Qatar|Doha;Qatari|Qataris;قطر|الدوحة;قطري;
RO;Romania;Romanian|Romanians;رومانيا;روماني;
RU;Russia|Moscow|Kremlin|Russian Federation;Russian|Russians;روسيا|موسكو|الكرملين|روسيا الاتحادية;روسي;الروس
RW;Rwanda;Rwandan|Rwandans;رواندا;رواندي;
KN;Saint Kitts and Nevis;Kittitian;سانت كيتس ونيفيس;;
LC;Saint Lucia;Saint Lucian;سانت لوسيا;;
VC;Saint Vincent and the Grenadines;Vincentian;سانت فينسنت والغرينادين;;
WS;Samoa;Samoan;ساموا;;
SM;San Marino;Sammarinese;سان مارينو;;
ST;Sao Tome and Principe;Santomean;ساو تومي وبرينسيب;;
SA;Saudi Arabia|Riyadh|Kingdom of Saudi Arabia;Saudi|Saudis|Saudi Arabian;السعودية|المملكة العربية السعودية|الرياض;سعودي;
SN;Senegal;Senegalese;السنغال;سنغالي;
RS;Serbia|Belgrade;Serbian|Serbians|Serb|Serbs;صربيا|بلغراد;صربي;الصرب
SC;Seychelles;Seychellois;سيشل;;
SL;Sierra Leone;Sierra Leonean;سيراليون;;
SG;Singapore;Singaporean|Singaporeans;سنغافورة;سنغافوري;
SK;Slovakia;Slovak|Slovakian|Slovaks;سلوفاكيا;سلوفاكي;
SI;Slovenia;Slovenian|Slovene|Slovenians;سلوفينيا;سلوفيني;
SB;Solomon Islands;Solomon Islander;جزر سليمان;;
SO;Somalia|Mogadishu;Somali|Somalis;الصومال|مقديشو;صومالي;
ZA;South Africa|Pretoria;South African|South Africans;جنوب أفريقيا|جنوب إفريقيا;جنوب أفريقي;
SS;South Sudan|Juba;South Sudanese;جنوب السودان;جنوب سوداني;
ES;Spain|Madrid;Spanish|Spaniard|Spaniards;إسبانيا|اسبانيا|مدريد;إسباني|اسباني;
LK;Sri Lanka;Sri Lankan|Sri Lankans;سريلانكا;سريلانكي;
SD;Sudan|Khartoum;Sudanese;السودان|الخرطوم;سوداني;
SR;Suriname;Surinamese;سورينام;;
SE;Sweden|Stockholm;Swedish|Swede|Swedes;السويد|ستوكهولم;سويدي;
CH;Switzerland|Bern;Swiss;سويسرا;سويسري;
SY;Syria|Damascus;Syrian|Syrians;سوريا|سورية|دمشق;سوري;
TW;Taiwan|Taipei;Taiwanese;تايوان|تايبيه;تايواني;
TJ;Tajikistan;Tajik|Tajiks;طاجيكستان;طاجيكي;
TZ;Tanzania;Tanzanian|Tanzanians;تنزانيا;تنزاني;
TH;Thailand|Bangkok;Thai;تايلاند;تايلاندي;
TL;East Timor|Timor-Leste;Timorese;تيمور الشرقية;;
TG;Togo;Togolese;توغو;توغولي;
TO;Tonga;Tongan;تونغا;;
TT;Trinidad and Tobago;Trinidadian;ترينيداد وتوباغو;;
TN;Tunisia|Tunis;Tunisian|Tunisians;تونس;تونسي;
TR;Turkey|Turkiye|Ankara;Turkish|Turk|Turks;تركيا|أنقرة;تركي;الأتراك
TM;Turkmenistan;Turkmen;تركمانستان;تركمانستاني;
TV;Tuvalu;Tuvaluan;توفالو;;
UG;Uganda;Ugandan|Ugandans;أوغندا;أوغندي;
UA;Ukraine|Kiev|Kyiv;Ukrainian|Ukrainians;أوكرانيا|كييف;أوكراني;
AE;United Arab Emirates|UAE|Abu Dhabi;Emirati|Emiratis;الإمارات|الإمارات العربية المتحدة|أبوظبي|أبو ظبي;إماراتي;
GB;United Kingdom|Britain|Great Britain|UK|London;British|Briton|Britons;بريطانيا|المملكة المتحدة|لندن;بريطاني;
US;United States|United States of America|America|USA|US|U.S.|Washington;American|Americans|US|U.S.;الولايات المتحدة|الولايات المتحدة الأميركية|الولايات المتحدة الأمريكية|أميركا|أمريكا|واشنطن;أميركي|أمريكي;الأميركان|الأمريكان
UY;Uruguay;Uruguayan;الأوروغواي;أوروغواياني;
UZ;Uzbekistan;Uzbek|Uzbeks;أوزبكستان;أوزبكي;
VU;Vanuatu;Vanuatuan;فانواتو;;
VA;Vatican|Holy See;Vatican;الفاتيكان;فاتيكاني;
VE;Venezuela|Caracas;Venezuelan|Venezuelans;فنزويلا|كاراكاس;فنزويلي;
VN;Vietnam|Hanoi;Vietnamese;فيتنام;فيتنامي;
YE;Yemen|Sanaa;Yemeni|Yemenis;اليمن|صنعاء;يمني;
ZM;Zambia;Zambian;زامبيا;زامبي;
ZW;Zimbabwe;Zimbabwean|Zimbabweans;زيمبابوي;زيمبابوي;
`;

export interface Country {
  code: string;
  names: { en: string[]; ar: string[] };
  /** Every surface form of the demonym (adjective, feminine, plural, with article). */
  demonyms: { en: string[]; ar: string[] };
  /** The forms among them that name people ("the Syrians", السوريون) rather than the state. */
  people: { en: string[]; ar: string[] };
}

function splitList(field: string | undefined): string[] {
  return (field ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Masculine nisba → masculine, feminine, sound plurals, each bare and with the article. */
function expandArabicNisba(nisba: string): string[] {
  const words = nisba.split(' ');
  // For two-word demonyms ("كوري شمالي") every word agrees.
  const inflect = (suffix: string, article: boolean): string =>
    words.map((w) => (article ? 'ال' : '') + w + suffix).join(' ');
  const forms: string[] = [];
  for (const suffix of ['', 'ة', 'ون', 'ين', 'تان', 'تين']) {
    forms.push(inflect(suffix, false), inflect(suffix, true));
  }
  return forms;
}

let countries: Country[] | undefined;

/**
 * The indefinite accusative of a masculine nisba ("قياديا إيرانيا", "جنديا أمريكيا"), left out
 * where it is spelt as a country's name (سوري + ا is سوريا, روسي + ا is روسيا).
 */
function withAccusatives(list: Country[]): Country[] {
  const names = new Set(list.flatMap((c) => c.names.ar.map(foldString)));
  const nisbas = new Map(COUNTRY_TABLE.split('\n').map((line) => [line.split(';')[0]!, line.split(';')[4]]));
  for (const c of list) {
    const accusatives = splitList(nisbas.get(c.code))
      .filter((n) => !n.includes(' '))
      .map((n) => n + 'ا')
      .filter((f) => !names.has(foldString(f)));
    c.demonyms.ar.push(...accusatives);
  }
  return list;
}

/** The gazetteer, parsed on first use. */
export function listCountries(): Country[] {
  countries ??= withAccusatives(
    COUNTRY_TABLE.split('\n')
      .filter((line) => line.trim().length > 0)
      .map((line) => {
        const [code, enNames, enDemonyms, arNames, arNisba, arPlurals] = line.split(';');
        return {
          code: code!,
          names: { en: splitList(enNames), ar: splitList(arNames) },
          demonyms: {
            en: splitList(enDemonyms),
            ar: [...splitList(arNisba).flatMap(expandArabicNisba), ...splitList(arPlurals)],
          },
          people: {
            en: splitList(enDemonyms).filter((d) => /s$/.test(d) && !/ss$/.test(d)),
            ar: splitList(arNisba).flatMap((n) => ['ون', 'ين'].flatMap((suf) => [n + suf, 'ال' + n + suf])),
          },
        };
      }),
  );
  return countries;
}
