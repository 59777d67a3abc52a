import { latestSetPerArticle } from './latest-set-per-article.js';

describe('latestSetPerArticle', () => {
  it('keeps the last set of each (article, codebook) and every other set', () => {
    const sets = [
      { articleId: 'a', codebookId: 'c1', n: 1 },
      { articleId: 'b', codebookId: 'c1', n: 2 },
      { articleId: 'a', codebookId: 'c2', n: 3 },
      { articleId: 'a', codebookId: 'c1', n: 4 },
    ];
    expect(latestSetPerArticle(sets).map((s) => s.n)).toEqual([2, 3, 4]);
  });

  it('returns nothing for nothing', () => {
    expect(latestSetPerArticle([])).toEqual([]);
  });
});
