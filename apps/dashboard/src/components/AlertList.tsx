import type { AlertView } from '../lib/alerts.js';
import { useNames } from '../lib/catalog.js';
import { formatDate } from '../lib/format.js';
import { useI18n } from '../lib/i18n.js';
import { buildHref, Link } from '../lib/router.js';

/** Alerts as a list; each opens its evidence (the /alert deep link). */
export function AlertList({ alerts }: { alerts: AlertView[] }) {
  const { t, lang } = useI18n();
  const names = useNames();
  if (!alerts.length) return <p className="muted">{t('noData')}</p>;
  return (
    <ul className="alert-list">
      {alerts.map((a) => (
        <li key={a.id} data-alert={a.id}>
          <Link href={buildHref('/alert', { id: a.id })} className="alert-link">
            <span className={`badge kind-${a.kind}`}>{a.kind}</span> <bdi>{names.actor(a.actor)}</bdi> ·{' '}
            <bdi>{names.topic(a.topic)}</bdi>
          </Link>
          <div className="muted small">
            {formatDate(a.eventTime, lang)} · {a.historical ? t('historical') : t('live')} ·{' '}
            {a.evidence.length} {t('count')}
          </div>
          {a.summary ? <div className="small">{a.summary}</div> : null}
        </li>
      ))}
    </ul>
  );
}
