// A harm nested under a rejection or prevention (round "nested"). Rejecting, condemning or
// preventing an attack on X defends X: its holder is not against X, and the guideline codes no
// support for X either, only the attacker's side. "بمنع … من شن هجمات على X" (the strike carried
// by a rejected or prevented verbal noun), "نرفض أي تجاوز على X" (a transgression with على is an
// aggression), "to prevent attacks on X", "rejected any attack on X". Sentences are those of
// corpus/news-*.jsonl or shaped like them.
import type { Codebook } from '@stance/codebook';
import { actorsNamedIn, targetTopics, triplesWith } from './helpers.js';

const ar = actorsNamedIn('ar');
const en = actorsNamedIn('en');
const ACTORS = ['iraq', 'abadi', 'iraqi-forces', 'turkey', 'syria', 'rebels'];
const CODEBOOK: Codebook = {
  version: 1,
  name: 'nested',
  actors: [
    ar('iraq', 'country', ['العراق', 'بغداد']),
    ar('abadi', 'person', ['حيدر العبادي', 'العبادي']),
    ar('iraqi-forces', 'armed-group', ['القوات المسلحة العراقية', 'القوات العراقية']),
    ar('turkey', 'country', ['تركيا', 'أنقرة']),
    ar('syria', 'government', ['النظام السوري']),
    ar('rebels', 'armed-group', ['المعارضة المسلحة']),
  ],
  topics: targetTopics(ACTORS, ['ar', 'en']),
};
const EN_CODEBOOK: Codebook = {
  version: 1,
  name: 'nested-en',
  actors: [en('iraq', 'country', ['Iraq', 'Baghdad']), en('turkey', 'country', ['Turkey', 'Ankara'])],
  topics: targetTopics(['iraq', 'turkey'], ['en']),
};
const t = triplesWith(CODEBOOK, { lang: 'ar', published_at: '2018-03-27' });
const te = triplesWith(EN_CODEBOOK, { lang: 'en', published_at: '2018-03-27' });

describe('a strike carried by a rejected or prevented verbal noun', () => {
  it('"بمنع أي مقاتلين أجانب من شن هجمات على تركيا" is no stance against Turkey', () => {
    const got = t(
      'قال رئيس الوزراء العراقي حيدر العبادي لنظيره التركي بن علي يلدريم إن القوات المسلحة العراقية لديها تعليمات بمنع "أي مقاتلين أجانب" من شن هجمات على تركيا عبر الحدود.',
    );
    expect(got.filter((s) => s.includes('/turkey-as-target/'))).toEqual([]);
  });

  it('nor is rejecting the launch of attacks', () => {
    expect(t('رفضت القوات العراقية شن هجمات على تركيا.')).toEqual([]);
  });

  it('the finite light verb is still its subject\'s deed: "تشن القوات العراقية هجمات على تركيا"', () => {
    expect(t('تشن القوات العراقية هجمات على تركيا.')).toContain('iraqi-forces/turkey-as-target/oppose');
  });

  it('a harm noun before the launch is no rejection: "وأدى الهجوم إلى شن بغداد ضربات على تركيا"', () => {
    expect(t('وأدى الهجوم إلى شن العراق ضربات على تركيا فجر السبت الماضي.')).toContain(
      'iraq/turkey-as-target/oppose',
    );
  });

  it('and so is the launch a negated prevention lets happen', () => {
    expect(t('لكن هذا لا يمنع النظام السوري من شن هجمات على المعارضة المسلحة.')).toContain(
      'syria/rebels-as-target/oppose',
    );
  });
});

describe('a rejected aggression on an actor', () => {
  it('"نرفض أي تجاوز على تركيا": a transgression with على is an aggression', () => {
    const got = t('وذكر العبادي "نرفض أي تجاوز على تركيا من خلال أراضينا".');
    expect(got.filter((s) => s.includes('/turkey-as-target/'))).toEqual([]);
  });

  it('rejecting an aggression is no support for its victim either', () => {
    expect(t('وقال العبادي "نرفض أي اعتداء على تركيا".')).toEqual([]);
  });

  it('the aggressor named after it is still opposed', () => {
    expect(
      t('دانت بغداد استمرار الاعتداءات والتجاوزات على الحدود العراقية من قبل القوات التركية.'),
    ).not.toContain('iraq/turkey-as-target/support');
  });
});

describe('English: rejecting or preventing attacks on X', () => {
  it('"vowed to prevent attacks on Turkey", "rejected any attack on Turkey"', () => {
    expect(te('Iraq vowed to prevent attacks on Turkey.')).toEqual([]);
    expect(te('Iraq rejected any attack on Turkey.')).toEqual([]);
    expect(te('Iraq warned against any attack on Turkey.')).toEqual([]);
  });

  it('an attack with its agent named is still opposed', () => {
    expect(te('Iraq condemned attacks by Turkey on Kurdish villages.')).toContain(
      'iraq/turkey-as-target/oppose',
    );
    expect(te('Iraq attacked Turkey.')).toContain('iraq/turkey-as-target/oppose');
  });
});
