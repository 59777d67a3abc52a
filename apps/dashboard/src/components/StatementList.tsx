import type { Observation } from '../lib/api-types.js';
import { useNames } from '../lib/catalog.js';
import { formatDate, formatNumber } from '../lib/format.js';
import { textDirection, useI18n } from '../lib/i18n.js';
import { buildHref, Link } from '../lib/router.js';
import { StanceTag } from './Stance.js';

/** Statements with their evidence quote, each linking to the highlighted article. */
export function StatementList({ items, selected }: { items: Observation[]; selected?: string }) {
  const { t, lang } = useI18n();
  const names = useNames();
  if (!items.length) return <p className="muted">{t('noData')}</p>;
  return (
    <ul className="statements">
      {items.map((o) => (
        <li key={o.id} data-observation={o.id} className={o.id === selected ? 'selected' : undefined}>
          <div className="small">
            <StanceTag stance={o.stance} /> <bdi>{names.actor(o.actor)}</bdi> ·{' '}
            <bdi>{names.topic(o.topic)}</bdi> · {formatDate(o.observedAt, lang)} · {t('confidence')}{' '}
            {formatNumber(o.confidence, lang)}
          </div>
          <blockquote dir={textDirection(o.article.lang)} lang={o.article.lang}>
            {o.evidence}
          </blockquote>
          <Link href={buildHref('/evidence', { article: o.article.id, obs: o.id })} className="small">
            {t('openEvidence')}: <bdi>{o.article.title || o.article.source}</bdi>
          </Link>
        </li>
      ))}
    </ul>
  );
}
