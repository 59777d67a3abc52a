import { useMemo } from 'react';
import { Async, Section } from '../components/Async.js';
import { Chart } from '../components/Chart.js';
import { FilterBar, ParamDate, ParamSelect } from '../components/Filters.js';
import { PositionsChart } from '../components/PositionsChart.js';
import { posteriorNet } from '../components/Stance.js';
import { callApi, useApi } from '../lib/api.js';
import { toChartRow, type CurrentPosition, type Listing, type Position } from '../lib/api-types.js';
import { useCatalog, useNames } from '../lib/catalog.js';
import { formatNumber } from '../lib/format.js';
import { useI18n } from '../lib/i18n.js';
import { buildHref, navigate } from '../lib/router.js';

const GRANULARITIES = ['day', 'week', 'month'] as const;
const HALF_LIVES = ['30', '90', '365'];
type Granularity = (typeof GRANULARITIES)[number];

interface PolarizationPoint {
  bucketStart: string;
  index: number | null;
}

export function TopicPage({ params }: { params: URLSearchParams }) {
  const { t } = useI18n();
  const catalog = useCatalog();
  const names = useNames();
  const topics = catalog.state === 'ready' ? catalog.data.topics : [];
  const kinds = catalog.state === 'ready' ? [...new Set(catalog.data.actors.map((a) => a.kind))].sort() : [];
  const topic = params.get('topic') ?? topics[0]?.id ?? '';
  const kind = params.get('kind') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const granularity = (GRANULARITIES as readonly string[]).includes(params.get('g') ?? '')
    ? (params.get('g') as Granularity)
    : 'month';

  // Current positions: all evidence alike, or decayed with a half-life (days) when one is chosen.
  const halfLife = HALF_LIVES.includes(params.get('decay') ?? '') ? (params.get('decay') as string) : '';
  const positions = useApi(async (): Promise<(Position | CurrentPosition)[]> => {
    if (!topic) return [];
    if (!halfLife)
      return (await callApi<Listing<Position>>('aggregation', '/positions', { query: { topic } })).items;
    return (
      await callApi<Listing<CurrentPosition>>('aggregation', '/positions/current', {
        query: { topic, halfLifeDays: halfLife },
      })
    ).items;
  }, [topic, halfLife]);
  const before = useApi(
    async () =>
      topic && from
        ? (await callApi<Listing<Position>>('aggregation', '/positions', { query: { topic, to: from } }))
            .items
        : null,
    [topic, from],
  );
  const during = useApi(
    async () =>
      topic && (from || to)
        ? (await callApi<Listing<Position>>('aggregation', '/positions', { query: { topic, from, to } }))
            .items
        : null,
    [topic, from, to],
  );
  const polarization = useApi(async () => {
    const res = await callApi<{ points: Record<string, unknown>[] }>('aggregation', '/polarization', {
      query: { topic, granularity },
    });
    return res.points.map((p) => ({
      bucketStart: String(p.bucketStart),
      index: typeof p.index === 'number' ? p.index : null,
    }));
  }, [topic, granularity]);

  const ofKind = <P extends { actor: string }>(items: P[]) =>
    kind ? items.filter((p) => names.kindOf(p.actor) === kind) : items;

  return (
    <div data-page="topic">
      <FilterBar>
        <ParamSelect
          label={t('topic')}
          param="topic"
          value={topic}
          options={topics.map((x) => ({ value: x.id, label: names.topic(x.id) }))}
        />
        <ParamSelect
          label={t('actorKind')}
          param="kind"
          value={kind}
          emptyLabel={t('allKinds')}
          options={kinds.map((k) => ({ value: k, label: k }))}
        />
        <ParamDate label={t('from')} param="from" value={from} />
        <ParamDate label={t('to')} param="to" value={to} />
        <ParamSelect
          label={t('decay')}
          param="decay"
          value={halfLife}
          emptyLabel={t('noDecay')}
          options={HALF_LIVES.map((d) => ({ value: d, label: `${d} ${t('days')}` }))}
        />
        <ParamSelect
          label={t('granularity')}
          param="g"
          value={granularity}
          options={GRANULARITIES.map((g) => ({ value: g, label: t(g) }))}
        />
      </FilterBar>
      <h1>
        <bdi>{names.topic(topic)}</bdi>
      </h1>
      <Section title={t('currentPositions')} id="positions">
        <Async value={positions}>
          {(items) =>
            ofKind(items).length ? (
              <PositionsChart
                label={t('currentPositions')}
                rows={ofKind(items).map((p) => toChartRow(p, p.actor, names.actor(p.actor)))}
                onSelect={(actor) => navigate(buildHref('/actor', { actor, topic }))}
              />
            ) : (
              <p className="muted">{t('noData')}</p>
            )
          }
        </Async>
      </Section>
      <Section title={t('movement')} id="movement">
        {from || to ? (
          <Async value={during}>
            {(inRange) => (
              <Async value={before}>
                {(earlier) => <MovementChart before={ofKind(earlier ?? [])} during={ofKind(inRange ?? [])} />}
              </Async>
            )}
          </Async>
        ) : (
          <p className="muted">
            {t('from')} / {t('to')} …
          </p>
        )}
      </Section>
      <Section title={t('polarization')} id="polarization">
        <Async value={polarization}>{(points) => <PolarizationChart points={points} />}</Async>
      </Section>
    </div>
  );
}

/** Each actor's posterior net before the range and within it, side by side. */
function MovementChart({ before, during }: { before: Position[]; during: Position[] }) {
  const { t, lang } = useI18n();
  const names = useNames();
  const option = useMemo(() => {
    const actors = [...new Set([...before, ...during].map((p) => p.actor))];
    const net = (items: Position[], actor: string) => {
      const p = items.find((x) => x.actor === actor);
      return p ? Number(posteriorNet(p.supportProbability).toFixed(3)) : null;
    };
    return {
      grid: { left: 8, right: 16, top: 32, bottom: 24, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'value',
        min: -1,
        max: 1,
        axisLabel: { formatter: (v: number) => formatNumber(v, lang, 1) },
      },
      yAxis: { type: 'category', data: actors.map((a) => names.actor(a)) },
      series: [
        {
          type: 'bar',
          name: t('from'),
          data: actors.map((a) => net(before, a)),
          itemStyle: { color: '#b0bec5' },
        },
        {
          type: 'bar',
          name: `${t('from')}–${t('to')}`,
          data: actors.map((a) => net(during, a)),
          itemStyle: { color: '#1565c0' },
        },
      ],
    };
  }, [before, during, names, t, lang]);
  if (!before.length && !during.length) return <p className="muted">{t('noData')}</p>;
  return (
    <Chart
      option={option}
      label={t('movement')}
      height={Math.max(200, (before.length + during.length) * 18 + 80)}
    />
  );
}

function PolarizationChart({ points }: { points: PolarizationPoint[] }) {
  const { t } = useI18n();
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 16, top: 16, bottom: 24, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: points.map((p) => p.bucketStart) },
      yAxis: { type: 'value', min: 0, max: 1 },
      series: [
        {
          type: 'line',
          name: t('polarization'),
          data: points.map((p) => p.index),
          connectNulls: false,
          areaStyle: { opacity: 0.15 },
        },
      ],
    }),
    [points, t],
  );
  // The index needs two actors on opposite sides' scale; with fewer it is undefined, not zero.
  if (!points.some((p) => p.index !== null)) return <p className="muted">{t('polarizationUndefined')}</p>;
  return <Chart option={option} label={t('polarization')} height={240} />;
}
