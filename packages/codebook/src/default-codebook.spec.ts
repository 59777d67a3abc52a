// The shipped default codebook (codebooks/iraq-regional.yaml) must load and stay coherent.
import { fileURLToPath } from 'node:url';
import { loadCodebookFile } from './parse.js';
import type { Codebook } from './types.js';

const DEFAULT_CODEBOOK = fileURLToPath(new URL('../../../codebooks/iraq-regional.yaml', import.meta.url));
const DAY_MS = 86_400_000;

let codebook: Codebook;
beforeAll(async () => {
  codebook = await loadCodebookFile(DEFAULT_CODEBOOK);
});

function holderOn(title: string, date: string): string[] {
  return codebook.actors
    .filter((a) =>
      a.roles.some(
        (r) =>
          Object.values(r.title).some((forms) => forms.includes(title)) &&
          (r.from ?? '0000') <= date &&
          date <= (r.to ?? '9999'),
      ),
    )
    .map((a) => a.id);
}

describe('default codebook iraq-regional', () => {
  it('loads and is not a toy', () => {
    expect(codebook.name).toBe('iraq-regional');
    expect(codebook.actors.length).toBeGreaterThanOrEqual(100);
    expect(codebook.topics.length).toBeGreaterThanOrEqual(40);
    expect(codebook.topics.filter((t) => t.actor).length).toBeGreaterThanOrEqual(20);
  });

  it('names every actor and labels every topic in Arabic and English', () => {
    const missing = [
      ...codebook.actors.filter((a) => !a.names.ar?.length || !a.names.en?.length).map((a) => a.id),
      ...codebook.topics.filter((t) => !t.label.ar || !t.label.en).map((t) => t.id),
    ];
    expect(missing).toEqual([]);
  });

  it('gives policy topics phrases on both sides in both languages', () => {
    const lacking = codebook.topics
      .filter((t) => !t.actor)
      .filter((t) => !t.pro.ar?.length || !t.pro.en?.length || !t.anti.ar?.length || !t.anti.en?.length)
      .map((t) => t.id);
    expect(lacking).toEqual([]);
  });

  it('resolves the Iraqi prime minister by date', () => {
    expect(holderOn('رئيس الوزراء العراقي', '2016-01-01')).toEqual(['abadi']);
    expect(holderOn('رئيس الوزراء العراقي', '2019-06-01')).toEqual(['abdul-mahdi']);
    expect(holderOn('Iraqi Prime Minister', '2021-07-25')).toEqual(['kadhimi']);
    expect(holderOn('Iraqi Prime Minister', '2023-03-01')).toEqual(['sudani']);
    expect(holderOn('الرئيس العراقي', '2020-01-01')).toEqual(['barham-salih']);
  });

  it('never has two holders of one title except on a handover day', () => {
    const spans = new Map<string, Array<{ actor: string; from: number; to: number }>>();
    for (const actor of codebook.actors) {
      for (const role of actor.roles) {
        if (!role.from) continue;
        const from = Date.parse(role.from);
        const to = role.to ? Date.parse(role.to) : Number.POSITIVE_INFINITY;
        for (const title of Object.values(role.title).flat()) {
          const list = spans.get(title) ?? [];
          list.push({ actor: actor.id, from, to });
          spans.set(title, list);
        }
      }
    }
    const clashes: string[] = [];
    for (const [title, list] of spans) {
      for (const a of list) {
        for (const b of list) {
          if (a.actor >= b.actor) continue;
          const overlap = Math.min(a.to, b.to) - Math.max(a.from, b.from);
          if (overlap > 0 && overlap >= DAY_MS) clashes.push(`${title}: ${a.actor} / ${b.actor}`);
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});
