import { useEffect, useMemo, useRef } from 'react';
import { Async, Section } from '../components/Async.js';
import { HighlightedText } from '../components/HighlightedText.js';
import { StanceTag } from '../components/Stance.js';
import { StatementList } from '../components/StatementList.js';
import { getAlert, type AlertView } from '../lib/alerts.js';
import { callApi, useApi } from '../lib/api.js';
import type { Article, Observation, Page, Topic, Actor, LangText } from '../lib/api-types.js';
import { useCatalog, useNames } from '../lib/catalog.js';
import { formatDate } from '../lib/format.js';
import { findPhrases, sentenceBounds, type TextMark } from '../lib/highlight.js';
import { textDirection, useI18n } from '../lib/i18n.js';
import { buildHref, Link } from '../lib/router.js';

/** /evidence?article=…&obs=…: the article with the chosen statement highlighted. */
export function EvidencePage({ params }: { params: URLSearchParams }) {
  return <ArticleEvidence articleId={params.get('article') ?? ''} observationId={params.get('obs') ?? ''} />;
}

/** /alert?id=…: a deep link to an alert opens the evidence behind it. */
export function AlertEvidencePage({ params }: { params: URLSearchParams }) {
  const { t, lang } = useI18n();
  const names = useNames();
  const id = params.get('id') ?? '';
  const alert = useApi(() => getAlert(id), [id]);
  const chosen = params.get('obs');
  return (
    <Async value={alert}>
      {(a: AlertView) => {
        const item = a.evidence.find((e) => e.observationId === chosen) ?? a.evidence[0];
        return (
          <div data-page="alert" data-alert={a.id}>
            <Section title={`${t('alerts')}: ${a.kind}`} id="alert">
              <p>
                <bdi>{names.actor(a.actor)}</bdi> · <bdi>{names.topic(a.topic)}</bdi> ·{' '}
                {formatDate(a.eventTime, lang)} · {a.historical ? t('historical') : t('live')}
              </p>
              {a.summary ? <p>{a.summary}</p> : null}
              <ul className="plain inline">
                {a.evidence.map((e, i) => (
                  <li key={e.observationId}>
                    <Link
                      href={buildHref('/alert', { id: a.id, obs: e.observationId })}
                      className={e === item ? 'active' : undefined}
                    >
                      {t('evidence')} {i + 1}
                    </Link>
                  </li>
                ))}
              </ul>
            </Section>
            {item ? (
              <ArticleEvidence articleId={item.articleId} observationId={item.observationId} />
            ) : (
              <p>{t('noData')}</p>
            )}
          </div>
        );
      }}
    </Async>
  );
}

function ArticleEvidence({ articleId, observationId }: { articleId: string; observationId: string }) {
  const { t, lang } = useI18n();
  const catalog = useCatalog();
  const article = useApi(
    () => callApi<Article>('aggregation', `/articles/${encodeURIComponent(articleId)}`),
    [articleId],
  );
  const statements = useApi(
    async () =>
      (await callApi<Page<Observation>>('aggregation', '/observations', { query: { articleId, limit: 500 } }))
        .items,
    [articleId],
  );
  return (
    <div data-page="evidence">
      <Async value={article}>
        {(a) => (
          <Async value={statements}>
            {(items) => {
              const selected = items.find((o) => o.id === observationId) ?? items[0];
              const others = items.filter((o) => o !== selected);
              const ready = catalog.state === 'ready' ? catalog.data : undefined;
              return (
                <>
                  <Section title={t('evidence')} id="article">
                    <h1 dir={textDirection(a.lang)} lang={a.lang} className="article-title">
                      {a.title}
                    </h1>
                    <p className="muted small">
                      {t('source')}: <bdi>{a.source}</bdi> · {t('published')}:{' '}
                      {formatDate(a.publishedAt, lang)} ·{' '}
                      {isWebUrl(a.url) ? (
                        <a href={a.url} rel="noopener noreferrer nofollow" target="_blank">
                          {t('openArticle')}
                        </a>
                      ) : null}
                    </p>
                    {selected ? (
                      <p className="small">
                        <StanceTag stance={selected.stance} /> <HighlightLegend />
                      </p>
                    ) : null}
                    <ArticleText
                      article={a}
                      statements={items}
                      selected={selected}
                      actor={ready?.actorById.get(selected?.actor ?? '')}
                      topic={ready?.topicById.get(selected?.topic ?? '')}
                    />
                  </Section>
                  <Section title={t('otherStatements')} id="others">
                    <StatementList items={others} />
                  </Section>
                </>
              );
            }}
          </Async>
        )}
      </Async>
    </div>
  );
}

function HighlightLegend() {
  const { t } = useI18n();
  return (
    <span className="legend">
      <mark className="hl-selected">{t('evidence')}</mark>{' '}
      <mark className="hl-selected hl-actor">{t('actor')}</mark>{' '}
      <mark className="hl-selected hl-topic">{t('topic')}</mark>{' '}
      <span className="muted">{t('cueNotStored')}</span>
    </span>
  );
}

function ArticleText({
  article,
  statements,
  selected,
  actor,
  topic,
}: {
  article: Article;
  statements: Observation[];
  selected: Observation | undefined;
  actor: Actor | undefined;
  topic: Topic | undefined;
}) {
  const marks = useMemo(() => {
    const result: TextMark[] = statements
      .filter((o) => o !== selected)
      .map((o) => ({ start: o.start, end: o.end, kind: 'evidence' }));
    if (selected) {
      result.push({ start: selected.start, end: selected.end, kind: 'selected' });
      const actorForms = [
        ...allForms(actor?.names),
        ...(actor?.roles.flatMap((r) => allForms(r.title)) ?? []),
      ];
      const topicForms = [...allForms(topic?.pro), ...allForms(topic?.anti), ...allForms(topic?.label)];
      const sentence = sentenceBounds(article.text, selected.start, selected.end);
      result.push(...findPhrases(article.text, actorForms, sentence.start, sentence.end, 'actor'));
      result.push(...findPhrases(article.text, topicForms, sentence.start, sentence.end, 'topic'));
    }
    return result;
  }, [article.text, statements, selected, actor, topic]);

  // Bring the highlighted statement into view when it changes.
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    container.current?.querySelector('.hl-selected')?.scrollIntoView({ block: 'center' });
  }, [selected]);

  return (
    <div
      className="article-text"
      dir={textDirection(article.lang)}
      lang={article.lang}
      ref={container}
      data-testid="article-text"
    >
      <HighlightedText text={article.text} marks={marks} />
    </div>
  );
}

function allForms(text: LangText | undefined): string[] {
  if (!text) return [];
  return Object.values(text).flatMap((v) => (Array.isArray(v) ? v : v ? [v] : []));
}

/** Article URLs come from the feed: link only http(s) ones (never javascript: and the like). */
function isWebUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
