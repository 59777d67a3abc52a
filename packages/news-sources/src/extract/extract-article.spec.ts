import { extractArticle } from './extract-article.js';
import { htmlToText } from './html-to-text.js';
import { isNewsSourceError } from '../errors.js';

const PARAGRAPHS_AR = [
  'أعلن رئيس الوزراء العراقي حيدر العبادي، الاثنين، أن الانتخابات البرلمانية ستجرى في موعدها المحدد في الثاني عشر من أيار المقبل، رغم دعوات بعض القوى السياسية إلى تأجيلها.',
  'وقال العبادي في مؤتمر صحفي عقده في بغداد إن الحكومة ملتزمة بتوفير الأمن لجميع المراكز الانتخابية في المحافظات، بما فيها المناطق التي استعيدت من تنظيم داعش.',
  'وأضاف أن المفوضية العليا المستقلة للانتخابات أكملت استعداداتها الفنية واللوجستية لإجراء الاقتراع، وأن النازحين سيتمكنون من التصويت في مخيماتهم.',
  'ودعا العبادي المواطنين إلى المشاركة الواسعة في الانتخابات واختيار من يمثلهم بحرية ونزاهة، مؤكدا أن صوت كل عراقي سيحترم.',
];

function page(head: string, htmlAttributes = 'lang="ar" dir="rtl"'): string {
  return `<!doctype html><html ${htmlAttributes}><head>${head}</head><body>
    <header><nav><a href="/">الرئيسية</a> | <a href="/world">العالم</a> | <a href="/sport">رياضة</a></nav></header>
    <aside class="sidebar"><h3>الأكثر قراءة</h3><ul><li><a href="/1">خبر أول</a></li><li><a href="/2">خبر ثان</a></li></ul></aside>
    <main><article><h1>العبادي: الانتخابات في موعدها</h1>
      <script>window.tracking = "do not extract me";</script>
      ${PARAGRAPHS_AR.map((p) => `<p>${p}</p>`).join('\n')}
    </article></main>
    <footer>جميع الحقوق محفوظة ٢٠١٨</footer>
  </body></html>`;
}

describe('extractArticle', () => {
  it('extracts main text as paragraphs, without navigation, sidebar, scripts or footer', () => {
    const article = extractArticle(page('<title>العبادي: الانتخابات في موعدها - سكاي نيوز عربية</title>'));
    // Readability may keep the in-article headline as the first line.
    expect(article.text.split('\n').slice(-PARAGRAPHS_AR.length)).toEqual(PARAGRAPHS_AR);
    expect(article.text.split('\n').length).toBeLessThanOrEqual(PARAGRAPHS_AR.length + 1);
    expect(article.text).not.toMatch(/الأكثر قراءة|tracking|جميع الحقوق/);
    expect(article.title).toContain('العبادي: الانتخابات في موعدها');
    expect(article.lang).toBe('ar');
  });

  it('reads canonical URL (resolved), author, published time and site name from metadata', () => {
    const article = extractArticle(
      page(`<title>x</title>
        <link rel="canonical" href="/middle-east/1112233">
        <meta property="og:url" content="https://ignored.example/og">
        <meta name="author" content="بقلم أحمد علي">
        <meta property="og:site_name" content="سكاي نيوز عربية">
        <meta property="article:published_time" content="2018-02-19T10:30:00+03:00">`),
      { url: 'https://www.skynewsarabia.com/amp/middle-east/1112233?utm_source=x' },
    );
    expect(article.canonicalUrl).toBe('https://www.skynewsarabia.com/middle-east/1112233');
    expect(article.author).toBe('أحمد علي');
    expect(article.publishedAt).toBe('2018-02-19T07:30:00.000Z');
    expect(article.siteName).toBe('سكاي نيوز عربية');
  });

  it('falls back to og:url and og:locale when canonical link and html lang are missing', () => {
    const article = extractArticle(
      page(
        '<meta property="og:url" content="https://news.example/a"><meta property="og:locale" content="ar_AR">',
        '',
      ),
    );
    expect(article.canonicalUrl).toBe('https://news.example/a');
    expect(article.lang).toBe('ar-AR');
  });

  it('ignores non-http canonical links', () => {
    expect(
      extractArticle(page('<link rel="canonical" href="javascript:alert(1)">')).canonicalUrl,
    ).toBeUndefined();
  });

  it('throws ARTICLE_NO_CONTENT for a page without text and ARTICLE_TOO_LARGE over the limit', () => {
    const codes: string[] = [];
    for (const [html, options] of [
      ['<html><body></body></html>', {}],
      [page(''), { maxBytes: 100 }],
    ] as const) {
      try {
        extractArticle(html, options);
      } catch (error) {
        if (isNewsSourceError(error)) codes.push(error.code);
      }
    }
    expect(codes).toEqual(['ARTICLE_NO_CONTENT', 'ARTICLE_TOO_LARGE']);
  });
});

describe('htmlToText', () => {
  it('puts block elements on their own lines, collapses inline whitespace and drops scripts', () => {
    expect(
      htmlToText(
        '<p>One  <b>bold</b>\n word</p><ul><li>a</li><li>b</li></ul>x<br>y<script>z()</script><style>p{}</style>',
      ),
    ).toBe('One bold word\na\nb\nx\ny');
  });

  it('decodes HTML entities', () => {
    expect(htmlToText('Tom &amp; Jerry &lt;3 &nbsp;&hellip;')).toBe('Tom & Jerry <3 …');
  });
});
