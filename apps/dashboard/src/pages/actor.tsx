import { useMemo } from 'react';
import { Async, Section } from '../components/Async.js';
import { Chart, type ChartClick } from '../components/Chart.js';
import { FilterBar, ParamDate, ParamSelect } from '../components/Filters.js';
import { PositionsChart } from '../components/PositionsChart.js';
import { posteriorNet } from '../components/Stance.js';
import { StatementList } from '../components/StatementList.js';
import { listAlerts, type AlertView } from '../lib/alerts.js';
import { callApi, useApi } from '../lib/api.js';
import {
  toChartRow,
  type Listing,
  type Observation,
  type Page,
  type Position,
  type TimeSeries,
} from '../lib/api-types.js';
import { useCatalog, useNames } from '../lib/catalog.js';
import { bucketEnd, formatNumber } from '../lib/format.js';
import { useI18n } from '../lib/i18n.js';
import { optional } from '../lib/overview-api.js';
import { updateParams } from '../lib/router.js';

const GRANULARITIES = ['day', 'week', 'month'] as const;
type Granularity = (typeof GRANULARITIES)[number];
/** Timelines drawn at once: the topics with the most statements. */
const MAX_TIMELINES = 6;

export function ActorPage({ params }: { params: URLSearchParams }) {
  const { t } = useI18n();
  const catalog = useCatalog();
  const names = useNames();
  const actors = catalog.state === 'ready' ? catalog.data.actors : [];
  const actor = params.get('actor') ?? actors[0]?.id ?? '';
  const granularity = (GRANULARITIES as readonly string[]).includes(params.get('g') ?? '')
    ? (params.get('g') as Granularity)
    : 'week';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const pointTopic = params.get('topic') ?? '';
  const bucket = params.get('bucket') ?? '';

  const positions = useApi(
    async () =>
      actor
        ? (await callApi<Listing<Position>>('aggregation', '/positions', { query: { actor } })).items
        : [],
    [actor],
  );
  const alerts = useApi(
    async () => (actor ? ((await optional(() => listAlerts({ actor, limit: 200 }))) ?? []) : []),
    [actor],
  );

  return (
    <div data-page="actor">
      <FilterBar>
        <ParamSelect
          label={t('actor')}
          param="actor"
          value={actor}
          options={actors.map((a) => ({ value: a.id, label: names.actor(a.id) }))}
        />
        <ParamSelect
          label={t('granularity')}
          param="g"
          value={granularity}
          options={GRANULARITIES.map((g) => ({ value: g, label: t(g) }))}
        />
        <ParamDate label={t('from')} param="from" value={from} />
        <ParamDate label={t('to')} param="to" value={to} />
      </FilterBar>
      <h1>
        <bdi>{names.actor(actor)}</bdi>
      </h1>
      <Section title={t('positionsOnTopics')} id="positions">
        <Async value={positions}>
          {(items) =>
            items.length ? (
              <PositionsChart
                label={t('positionsOnTopics')}
                rows={items.map((p) => toChartRow(p, p.topic, names.topic(p.topic)))}
                onSelect={(topic) => updateParams({ topic, bucket: undefined })}
              />
            ) : (
              <p className="muted">{t('noData')}</p>
            )
          }
        </Async>
      </Section>
      <Async value={positions}>
        {(items) => (
          <Async value={alerts}>
            {(alertItems) => (
              <>
                {timelineTopics(items, pointTopic).map((topic) => (
                  <Section
                    key={topic}
                    title={`${t('timeline')}: ${names.topic(topic)}`}
                    id={`timeline-${topic}`}
                  >
                    <Timeline
                      actor={actor}
                      topic={topic}
                      granularity={granularity}
                      from={from}
                      to={to}
                      alerts={alertItems.filter((a) => a.topic === topic)}
                      selectedBucket={topic === pointTopic ? bucket : ''}
                    />
                  </Section>
                ))}
              </>
            )}
          </Async>
        )}
      </Async>
      {pointTopic && bucket ? (
        <Section
          title={`${t('statementsBehind')}: ${names.topic(pointTopic)} · ${bucket}`}
          id="point-statements"
        >
          <PointStatements actor={actor} topic={pointTopic} bucket={bucket} granularity={granularity} />
        </Section>
      ) : null}
    </div>
  );
}

/** The busiest topics' timelines, plus the chosen topic's wherever it ranks. */
function timelineTopics(items: Position[], chosen: string): string[] {
  const total = (p: Position) => p.counts.support + p.counts.oppose + p.counts.neutral;
  const busiest = [...items]
    .sort((a, b) => total(b) - total(a))
    .map((p) => p.topic)
    .slice(0, MAX_TIMELINES);
  return chosen && !busiest.includes(chosen) && items.some((p) => p.topic === chosen)
    ? [chosen, ...busiest]
    : busiest;
}

/**
 * Posterior net per bucket with its credible band (a stacked area between the bounds, as in
 * ECharts' confidence-band example) and a marker where an alert fired. Click a point for its statements.
 */
function Timeline(props: {
  actor: string;
  topic: string;
  granularity: Granularity;
  from: string;
  to: string;
  alerts: AlertView[];
  selectedBucket: string;
}) {
  const { actor, topic, granularity, from, to, alerts, selectedBucket } = props;
  const { t, lang } = useI18n();
  const series = useApi(
    () =>
      callApi<TimeSeries>('aggregation', '/timeseries', { query: { actor, topic, granularity, from, to } }),
    [actor, topic, granularity, from, to],
  );
  return (
    <Async value={series}>
      {(s) => (
        <TimelineChart
          series={s}
          alerts={alerts}
          selectedBucket={selectedBucket}
          lang={lang}
          label={`${t('timeline')} ${topic}`}
          onPick={(bucket) => updateParams({ topic, bucket })}
        />
      )}
    </Async>
  );
}

function TimelineChart({
  series,
  alerts,
  selectedBucket,
  lang,
  label,
  onPick,
}: {
  series: TimeSeries;
  alerts: AlertView[];
  selectedBucket: string;
  lang: string;
  label: string;
  onPick: (bucket: string) => void;
}) {
  const { t } = useI18n();
  const option = useMemo(() => {
    const x = series.points.map((p) => p.bucketStart);
    const lower = series.points.map((p) => posteriorNet(p.interval.lower));
    const upper = series.points.map((p) => posteriorNet(p.interval.upper));
    const net = series.points.map((p) => Number(posteriorNet(p.supportProbability).toFixed(3)));
    // A time axis keeps gaps between buckets honest; the band stacks on a base shifted to be
    // positive (lower bound + 1) and the axis labels undo the shift.
    const shift = 1;
    const alertMarks = alerts
      .map((a) => ({ alert: a, index: bucketIndex(x, a.eventTime) }))
      .filter((m) => m.index >= 0)
      .map((m) => ({
        coord: [x[m.index], net[m.index]! + shift],
        value: m.alert.kind,
        itemStyle: { color: '#e65100' },
      }));
    return {
      grid: { left: 8, right: 24, top: 24, bottom: 24, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'time' },
      yAxis: {
        type: 'value',
        min: 0,
        max: 2,
        axisLabel: { formatter: (v: number) => formatNumber(v - shift, lang, 1) },
      },
      series: [
        {
          type: 'line',
          data: x.map((d, i) => [d, lower[i]! + shift]),
          stack: 'band',
          lineStyle: { opacity: 0 },
          symbol: 'none',
          silent: true,
          tooltip: { show: false },
        },
        {
          type: 'line',
          name: t('interval'),
          data: x.map((d, i) => [d, upper[i]! - lower[i]!]),
          stack: 'band',
          lineStyle: { opacity: 0 },
          areaStyle: { color: '#90caf9', opacity: 0.5 },
          symbol: 'none',
          silent: true,
          tooltip: { show: false },
        },
        {
          type: 'line',
          name: t('net'),
          data: x.map((d, i) => [d, net[i]! + shift]),
          symbolSize: (_v: unknown, p: { dataIndex: number }) => (x[p.dataIndex] === selectedBucket ? 14 : 8),
          itemStyle: { color: '#0d47a1' },
          markPoint: alertMarks.length
            ? { symbol: 'pin', symbolSize: 38, data: alertMarks, label: { fontSize: 9 } }
            : undefined,
          markLine: {
            silent: true,
            symbol: 'none',
            data: [{ yAxis: shift }],
            lineStyle: { color: '#999', type: 'dashed' },
            label: { show: false },
          },
        },
      ],
    };
  }, [series, alerts, selectedBucket, lang, t]);
  if (!series.points.length) return <p className="muted">{t('noData')}</p>;
  return (
    <Chart
      option={option}
      label={label}
      height={220}
      onClick={(e: ChartClick) => {
        const bucket = series.points[e.dataIndex]?.bucketStart;
        if (bucket && e.componentType === 'series' && e.seriesIndex === 2) onPick(bucket);
      }}
    />
  );
}

/** The bucket whose start is the last one at or before the time. */
function bucketIndex(starts: string[], time: string): number {
  const day = time.slice(0, 10);
  let found = -1;
  for (let i = 0; i < starts.length; i++) if (starts[i]! <= day) found = i;
  return found;
}

function PointStatements({
  actor,
  topic,
  bucket,
  granularity,
}: {
  actor: string;
  topic: string;
  bucket: string;
  granularity: Granularity;
}) {
  const statements = useApi(
    async () =>
      (
        await callApi<Page<Observation>>('aggregation', '/observations', {
          query: { actor, topic, from: bucket, to: bucketEnd(bucket, granularity), limit: 100 },
        })
      ).items,
    [actor, topic, bucket, granularity],
  );
  return <Async value={statements}>{(items) => <StatementList items={items} />}</Async>;
}
