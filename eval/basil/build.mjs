#!/usr/bin/env node
// Builds the BASIL evaluation set (see README.md) from the shared copy of BASIL into OUT_DIR:
//   OUT_DIR/articles.jsonl  our article format, one line per BASIL article (300)
//   OUT_DIR/gold.jsonl      speaker → target stance from BASIL's quote annotations
// usage: node eval/basil/build.mjs OUT_DIR [--basil DIR]
// BASIL's texts may not be redistributed, so they are read from ../shared next to the project
// root at build time and never committed. No dependencies beyond node.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const outDir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--basil');
const basilAt = args.indexOf('--basil');
const BASIL =
  basilAt >= 0
    ? args[basilAt + 1]
    : fileURLToPath(new URL('../../../shared/corpus/stance/basil', import.meta.url));
if (!outDir) {
  console.error('usage: node eval/basil/build.mjs OUT_DIR [--basil DIR]');
  process.exit(2);
}

// BASIL entity label → codebook actor ids (eval/basil/codebook.yaml). Spelling variants are
// merged; a label naming two people maps to both; the parties' lawmakers, caucuses and committee
// members map to the party. Labels not listed here (policies, unnamed groups, other_*) give no
// gold statement.
const ACTORS = {
  AARP: ['aarp'],
  Adam_Schiff: ['adam-schiff'],
  Alabama_Republicans: ['republicans'],
  'Alexandria_Ocasio-Cortez': ['alexandria-ocasio-cortez'],
  Anthony_Weiner: ['anthony-weiner'],
  Asa_Hutchinson: ['asa-hutchinson'],
  Barack_Obama: ['barack-obama'],
  Benjamin_Netanyahu: ['benjamin-netanyahu'],
  Bibi_Netanyahu: ['benjamin-netanyahu'],
  Bernie_Sanders: ['bernie-sanders'],
  Blake_Farenthold: ['blake-farenthold'],
  Bob_Etheridge: ['bob-etheridge'],
  Bruce_Braley: ['bruce-braley'],
  BuzzFeed: ['buzzfeed'],
  Cesar_Sayoc: ['cesar-sayoc'],
  'Chick-Fil-A': ['chick-fil-a'],
  Chris_Christie: ['chris-christie'],
  Chuck_Grassley: ['chuck-grassley'],
  Chuck_Schumer: ['chuck-schumer'],
  Colorado_officials: ['colorado'],
  David_Brat: ['david-brat'],
  Democratic_Lawmakers: ['democrats'],
  Democratic_lawmakers: ['democrats'],
  Democrats: ['democrats'],
  House_Democrats: ['democrats'],
  Senate_Democrats: ['democrats'],
  senate_Democrats: ['democrats'],
  Deval_Patrick: ['deval-patrick'],
  Donald_Trump: ['donald-trump'],
  Trump: ['donald-trump'],
  'Donald_Trump_Jr.': ['donald-trump-jr'],
  Duncan_Hunter: ['duncan-hunter'],
  Duncan_and_Margaret_Hunter: ['duncan-hunter', 'margaret-hunter'],
  Ed_Murray: ['ed-murray'],
  Elizabeth_Lauten: ['elizabeth-lauten'],
  Enrique_Pena_Nieto: ['enrique-pena-nieto'],
  Eric_Cantor: ['eric-cantor'],
  Eric_Holder: ['eric-holder'],
  Felipe_Calder: ['felipe-calderon'],
  'George_W._Bush': ['george-w-bush'],
  Glenn_Beck: ['glenn-beck'],
  GOP_committee_members: ['republicans'],
  Harry_Reid: ['harry-reid'],
  Hillary_Clinton: ['hillary-clinton'],
  House_Republicans: ['republicans'],
  Republican_Lawmakers: ['republicans'],
  Republican_lawmakers: ['republicans'],
  Republicans: ['republicans'],
  Senate_Republicans: ['republicans'],
  Internal_Revenue_Service: ['internal-revenue-service'],
  James_Mattis: ['james-mattis'],
  Jan_Brewer: ['jan-brewer'],
  Jay_Inslee: ['jay-inslee'],
  Jeb_Bush: ['jeb-bush'],
  Jesse_Jackson: ['jesse-jackson'],
  Joe_Arpaio: ['joe-arpaio'],
  Joe_Biden: ['joe-biden'],
  Joe_Lieberman: ['joe-lieberman'],
  John_Boehner: ['john-boehner'],
  Justice_Department: ['justice-department'],
  Kathy_Griffin: ['kathy-griffin'],
  Kevil_McCarthy: ['kevin-mccarthy'],
  Larry_Summers: ['larry-summers'],
  Liz_Cheney: ['liz-cheney'],
  Lois_Lerner: ['lois-lerner'],
  Lois_lerner: ['lois-lerner'],
  Marco_Rubio: ['marco-rubio'],
  Mary_Cheney: ['mary-cheney'],
  Michael_Bloomberg: ['michael-bloomberg'],
  Michael_Cohen: ['michael-cohen'],
  Michael_Flynn: ['michael-flynn'],
  Michael_Grimm: ['michael-grimm'],
  Michael_Morell: ['michael-morell'],
  Michael_Steele: ['michael-steele'],
  Michele_Bachmann: ['michele-bachmann'],
  Mike_Huckabee: ['mike-huckabee'],
  Mike_Pence: ['mike-pence'],
  Mitt_Romney: ['mitt-romney'],
  NAACP: ['naacp'],
  Nancy_Pelosi: ['nancy-pelosi'],
  National_Enquirer: ['national-enquirer'],
  National_Rifle_Association: ['national-rifle-association'],
  Nebraska_officials: ['nebraska'],
  Nebraska_and_Oklahoma_officials: ['nebraska', 'oklahoma'],
  Neil_Gorsuch: ['neil-gorsuch'],
  Newsweek: ['newsweek'],
  "Obama's_administration": ['obama-administration'],
  Obama_administration: ['obama-administration'],
  Obama_campaign: ['obama-campaign'],
  Paul_LePage: ['paul-lepage'],
  Paul_Ryan: ['paul-ryan'],
  Peter_Strzok: ['peter-strzok'],
  Rashida_Tlaib: ['rashida-tlaib'],
  Raul_Labrador: ['raul-labrador'],
  Richard_Blumenthal: ['richard-blumenthal'],
  Rick_Perry: ['rick-perry'],
  Rick_Santorum: ['rick-santorum'],
  Robert_Mueller: ['robert-mueller'],
  Roger_Stone: ['roger-stone'],
  Romney_campaign: ['romney-campaign'],
  Roy_Moore: ['roy-moore'],
  Ruth_Bader_Ginsburg: ['ruth-bader-ginsburg'],
  Sasha_and_Malia_Obama: ['sasha-obama', 'malia-obama'],
  Secure_America_Now: ['secure-america-now'],
  Seth_Hutchinson: ['seth-hutchinson'],
  State_Department: ['state-department'],
  State_Department_officials: ['state-department'],
  Stephen_Fincher: ['stephen-fincher'],
  Steve_Scalise: ['steve-scalise'],
  supreme_court: ['supreme-court'],
  Susan_Rice: ['susan-rice'],
  Tea_Party: ['tea-party'],
  Ted_Cruz: ['ted-cruz'],
  Todd_Akin: ['todd-akin'],
  Trey_Gowdy: ['trey-gowdy'],
  'U.S._Congress': ['us-congress'],
  Vicente_Fox: ['vicente-fox'],
  Victoria_Nuland: ['victoria-nuland'],
  Walmart: ['walmart'],
  WikiLeaks: ['wikileaks'],
  William_Barr: ['william-barr'],
  William_Cowan: ['william-cowan'],
};
// The codebook's memberOf links: no statement toward one's own body (the analyst guideline).
const MEMBER_OF = {
  'eric-holder': 'justice-department',
  'william-barr': 'justice-department',
  'lois-lerner': 'internal-revenue-service',
  'victoria-nuland': 'state-department',
  'ruth-bader-ginsburg': 'supreme-court',
  'neil-gorsuch': 'supreme-court',
};
const OUTLETS = { fox: 'Fox News', nyt: 'The New York Times', hpo: 'HuffPost' };
const STANCE = { neg: 'oppose', pos: 'support' };

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const articleRows = [];
const goldRows = [];
const counts = { articles: 0, spans: 0, located: 0, inTitle: 0, quotes: 0, named: 0, mapped: 0, gold: 0 };
const unlocated = [];

for (const year of readdirSync(join(BASIL, 'articles')).sort()) {
  for (const file of readdirSync(join(BASIL, 'articles', year)).sort()) {
    if (!file.endsWith('.json')) continue;
    const stem = file.slice(0, -'.json'.length);
    const article = readJson(join(BASIL, 'articles', year, file));
    const ann = readJson(join(BASIL, 'annotations', year, `${stem}_ann.json`));
    // body-paragraphs is a list of paragraphs, each a list of sentences; a span's start/end
    // are offsets into one sentence. Sentences are joined with a space, paragraphs with "\n".
    const sentences = [];
    const paragraphs = [];
    let offset = 0;
    for (const para of article['body-paragraphs']) {
      const parts = [];
      for (const sentence of para) {
        sentences.push({ text: sentence, at: offset });
        parts.push(sentence);
        offset += sentence.length + 1;
      }
      paragraphs.push(parts.join(' '));
    }
    const text = paragraphs.join('\n');
    const id = `basil:${year}/${stem}`;
    counts.articles++;
    articleRows.push({
      id,
      source: OUTLETS[article.source.toLowerCase()] ?? article.source,
      url: article.url,
      published_at: `${article.date}T00:00:00Z`,
      title: article.title,
      text,
      lang: 'en',
    });

    const seen = new Set();
    const statements = [];
    for (const span of ann['phrase-level-annotations']) {
      counts.spans++;
      // Locate the span: the sentence whose [start, end) holds exactly its text.
      const hits = sentences.filter((s) => s.text.slice(span.start, span.end) === span.txt);
      if (hits.length > 0) {
        counts.located++;
        const at = hits[0].at + span.start;
        if (text.slice(at, at + span.txt.length) !== span.txt) throw new Error(`offset mismatch in ${id}`);
      } else if (article.title.slice(span.start, span.end) === span.txt) counts.inTitle++;
      else unlocated.push(`${id} ${span.id}`);
      if (span.quote !== 'yes') continue;
      counts.quotes++;
      if (!span.speaker || span.speaker.startsWith('other_')) continue;
      counts.named++;
      const speakers = ACTORS[span.speaker];
      const targets = ACTORS[span.target];
      if (!speakers || !targets) continue;
      counts.mapped++;
      const stance = STANCE[span.polarity];
      if (!stance) continue;
      for (const actor of speakers) {
        for (const target of targets) {
          if (actor === target || MEMBER_OF[actor] === target) continue;
          const key = `${actor}|${target}|${stance}`;
          if (seen.has(key)) continue;
          seen.add(key);
          statements.push({ actor, topic: `${target}-as-target`, stance, evidence: span.txt });
        }
      }
    }
    counts.gold += statements.length;
    goldRows.push({ id, statements });
  }
}

mkdirSync(outDir, { recursive: true });
const jsonl = (rows) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
writeFileSync(join(outDir, 'articles.jsonl'), jsonl(articleRows));
writeFileSync(join(outDir, 'gold.jsonl'), jsonl(goldRows));
const withGold = goldRows.filter((r) => r.statements.length > 0).length;
console.error(
  `basil: ${counts.articles} articles (${withGold} with gold), ${counts.gold} gold statements; ` +
    `${counts.spans} spans (${counts.located} located in the text, ${counts.inTitle} in the title, ` +
    `${unlocated.length} not found), ${counts.quotes} quotes, ${counts.named} with a named speaker, ` +
    `${counts.mapped} with speaker and target in the codebook`,
);
if (unlocated.length > 0) console.error(`not found: ${unlocated.join(', ')}`);
