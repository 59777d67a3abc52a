import { useMemo } from 'react';
import { Async, Section } from '../components/Async.js';
import { AlertList } from '../components/AlertList.js';
import { Chart } from '../components/Chart.js';
import { listAlerts } from '../lib/alerts.js';
import { callApi, useApi } from '../lib/api.js';
import { useNames } from '../lib/catalog.js';
import { formatNumber } from '../lib/format.js';
import { FilterBar, ParamDate, ParamSelect } from '../components/Filters.js';
import { useI18n } from '../lib/i18n.js';
import { buildHref, Link } from '../lib/router.js';
import {
  ALL_TIME_FROM,
  getIngestHealth,
  getMovers,
  getVolume,
  type Mover,
  type VolumePoint,
} from '../lib/overview-api.js';

/** /?from=&to=&g=&at=: volume over [from, to) (default all time), movers of the week before `at` (default now). */
export function OverviewPage({ params }: { params: URLSearchParams }) {
  const { t } = useI18n();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const at = params.get('at') ?? '';
  const granularity = ['day', 'week', 'month'].includes(params.get('g') ?? '')
    ? (params.get('g') as string)
    : 'month';
  const alerts = useApi(() => listAlerts({ limit: 8 }), []);
  const movers = useApi(() => getMovers(at || undefined), [at]);
  const volume = useApi(
    () => getVolume(from || ALL_TIME_FROM, to || undefined, granularity),
    [from, to, granularity],
  );
  return (
    <div data-page="overview">
      <FilterBar>
        <ParamDate label={t('from')} param="from" value={from} />
        <ParamDate label={t('to')} param="to" value={to} />
        <ParamSelect
          label={t('granularity')}
          param="g"
          value={granularity}
          options={(['day', 'week', 'month'] as const).map((g) => ({ value: g, label: t(g) }))}
        />
        <ParamDate label={t('moversWeekEnding')} param="at" value={at} />
      </FilterBar>
      <div className="grid">
        <Section title={t('latestAlerts')} id="alerts">
          <Async value={alerts}>{(items) => <AlertList alerts={items} />}</Async>
        </Section>
        <Section title={t('biggestMovers')} id="movers">
          <Async value={movers}>{(items) => <MoversList movers={items} />}</Async>
        </Section>
        <Section title={t('volume')} id="volume">
          <Async value={volume}>{(points) => <VolumeChart points={points} />}</Async>
        </Section>
        <Section title={t('ingestHealth')} id="ingest">
          <IngestHealthPanel />
        </Section>
      </div>
    </div>
  );
}

function MoversList({ movers }: { movers: Mover[] }) {
  const { t, lang } = useI18n();
  const names = useNames();
  if (!movers.length) return <p className="muted">{t('noData')}</p>;
  return (
    <table className="table">
      <tbody>
        {movers.map((m) => (
          <tr key={`${m.actor}|${m.topic}`}>
            <td>
              <Link href={buildHref('/actor', { actor: m.actor, topic: m.topic })}>
                <bdi>{names.actor(m.actor)}</bdi>
              </Link>
            </td>
            <td>
              <Link href={buildHref('/topic', { topic: m.topic })}>
                <bdi>{names.topic(m.topic)}</bdi>
              </Link>
            </td>
            <td className={m.change >= 0 ? 'up' : 'down'} dir="ltr">
              {m.change >= 0 ? '▲' : '▼'} {formatNumber(m.change, lang)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function VolumeChart({ points }: { points: VolumePoint[] }) {
  const { t } = useI18n();
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 16, top: 32, bottom: 24, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: t('articlesSeries'),
          data: points.map((p) => [p.bucketStart, p.articles]),
          itemStyle: { color: '#90a4ae' },
          barMaxWidth: 14,
          barMinWidth: 4,
        },
        {
          type: 'line',
          name: t('statements'),
          data: points.map((p) => [p.bucketStart, p.statements]),
          itemStyle: { color: '#1565c0' },
        },
      ],
    }),
    [points, t],
  );
  if (!points.length) return <p className="muted">{t('noData')}</p>;
  return <Chart option={option} label={t('volume')} height={260} />;
}

function IngestHealthPanel() {
  const { t, lang } = useI18n();
  const health = useApi(() => getIngestHealth(), []);
  const services = useApi(
    () =>
      Promise.all(
        (['ingest', 'extraction', 'aggregation'] as const).map(async (s) => ({
          service: s,
          ok: await callApi(s, '/health').then(
            () => true,
            () => false,
          ),
        })),
      ),
    [],
  );
  return (
    <div>
      <Async value={services}>
        {(items) => (
          <p data-testid="service-status">
            {t('servicesUp')}:{' '}
            {items.map((s) => (
              <span key={s.service} className={`badge ${s.ok ? 'ok' : 'down'}`}>
                {s.service} {s.ok ? '✓' : '✗'}
              </span>
            ))}
          </p>
        )}
      </Async>
      <Async value={health}>
        {(h) => (
          <dl className="facts">
            <dt>{t('lag')}</dt>
            <dd data-testid="ingest-unpublished">{formatNumber(h.unpublished, lang, 0)}</dd>
            <dt>{t('deadLetters')}</dt>
            <dd data-testid="dead-letters">
              {h.deadLetters === null ? (
                <span className="not-available">{t('notAvailable')}</span>
              ) : (
                formatNumber(h.deadLetters, lang, 0)
              )}
            </dd>
            <dt>{t('feeds')}</dt>
            <dd>
              {h.feeds === null ? (
                <span className="not-available">{t('notAvailable')}</span>
              ) : h.feeds === 'forbidden' ? (
                <span className="not-available">{t('adminNeeded')}</span>
              ) : h.feeds.length === 0 ? (
                t('noData')
              ) : (
                <ul className="plain">
                  {h.feeds.map((f) => (
                    <li key={f.url}>
                      <bdi>{f.title ?? f.url}</bdi> · {f.healthy ? '✓' : `✗ ${f.lastError ?? ''}`}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </dl>
        )}
      </Async>
    </div>
  );
}
