// Extracts from one text given on the command line (debugging aid): try.mjs CODEBOOK TEXT [DATE]
import fs from 'node:fs';
import YAML from 'yaml';
import { compileCodebook, extractStatements } from '../dist/index.js';
const [cb, text, date] = process.argv.slice(2);
const compiled = compileCodebook(YAML.parse(fs.readFileSync(cb, 'utf8')));
const st = extractStatements(compiled, { id: 'x', text, published_at: date });
for (const s of st) console.log(s.actor, s.topic, s.stance, s.confidence, '|', s.evidence);
