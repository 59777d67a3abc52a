import { useMemo } from 'react';
import { Async, Section } from '../components/Async.js';
import { Chart, type ChartClick } from '../components/Chart.js';
import { FilterBar, ParamDate, ParamSelect } from '../components/Filters.js';
import { callApi, useApi } from '../lib/api.js';
import { useNames } from '../lib/catalog.js';
import { formatNumber } from '../lib/format.js';
import { useI18n } from '../lib/i18n.js';
import { buildHref, navigate } from '../lib/router.js';
import { ALL_TIME_FROM } from '../lib/overview-api.js';

interface NetworkNode {
  id: string;
  community: number;
  evidence: number;
  topicCount: number;
}

interface NetworkEdge {
  source: string;
  target: string;
  sharedTopics: number;
  congruenceShare: number;
  conflictShare: number;
}

interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  modularity: number | null;
}

const RELATIONS = ['agreement', 'conflict'] as const;
type Relation = (typeof RELATIONS)[number];

export function NetworkPage({ params }: { params: URLSearchParams }) {
  const { t, lang } = useI18n();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const relation: Relation = params.get('relation') === 'conflict' ? 'conflict' : 'agreement';
  const network = useApi(async () => {
    const raw = await callApi<Record<string, unknown>>('aggregation', '/networks', {
      query: { from: from || ALL_TIME_FROM, to },
    });
    return toNetwork(raw);
  }, [from, to]);
  return (
    <div data-page="network">
      <FilterBar>
        <ParamDate label={t('from')} param="from" value={from} />
        <ParamDate label={t('to')} param="to" value={to} />
        <ParamSelect
          label={t('kind')}
          param="relation"
          value={relation}
          options={RELATIONS.map((r) => ({ value: r, label: t(r) }))}
        />
      </FilterBar>
      <Section title={t('network')} id="network">
        <Async value={network}>
          {(n) => (
            <>
              <p className="muted small">
                {n.nodes.length} {t('actors')} · {n.edges.length} {t('links')} · {t('modularity')}{' '}
                {n.modularity === null ? '—' : formatNumber(n.modularity, lang)}
              </p>
              <NetworkGraph network={n} relation={relation} />
            </>
          )}
        </Async>
      </Section>
    </div>
  );
}

function toNetwork(raw: Record<string, unknown>): Network {
  const body = (raw.network && typeof raw.network === 'object' ? raw.network : raw) as Record<
    string,
    unknown
  >;
  return {
    nodes: (body.nodes as NetworkNode[] | undefined) ?? [],
    edges: (body.edges as NetworkEdge[] | undefined) ?? [],
    modularity: typeof body.modularity === 'number' ? body.modularity : null,
  };
}

/** Force-directed graph: nodes coloured by community, edges weighted by agreement or conflict share. */
function NetworkGraph({ network, relation }: { network: Network; relation: Relation }) {
  const { t } = useI18n();
  const names = useNames();
  const option = useMemo(() => {
    const communities = [...new Set(network.nodes.map((n) => n.community))].sort((a, b) => a - b);
    const weight = (e: NetworkEdge) => (relation === 'agreement' ? e.congruenceShare : e.conflictShare);
    const edges = network.edges.filter((e) => weight(e) > 0.5);
    return {
      tooltip: {},
      legend: { top: 0, data: communities.map((c) => `${t('community')} ${c + 1}`) },
      series: [
        {
          type: 'graph',
          layout: 'force',
          roam: true,
          draggable: true,
          force: { repulsion: 180, edgeLength: [60, 160], gravity: 0.08 },
          categories: communities.map((c) => ({ name: `${t('community')} ${c + 1}` })),
          label: { show: true, position: 'right', fontSize: 11 },
          data: network.nodes.map((n) => ({
            id: n.id,
            name: names.actor(n.id),
            category: communities.indexOf(n.community),
            symbolSize: 10 + Math.min(30, Math.sqrt(n.evidence) * 3),
            value: n.topicCount,
          })),
          links: edges.map((e) => ({
            source: e.source,
            target: e.target,
            value: Number(weight(e).toFixed(2)),
            lineStyle: {
              width: 1 + weight(e) * e.sharedTopics,
              color: relation === 'agreement' ? '#2e7d32' : '#c62828',
              opacity: 0.6,
            },
          })),
        },
      ],
    };
  }, [network, relation, names, t]);
  if (!network.nodes.length) return <p className="muted">{t('noData')}</p>;
  return (
    <Chart
      option={option}
      label={t('network')}
      height={560}
      onClick={(e: ChartClick) => {
        const id = (e.data as { id?: string } | undefined)?.id;
        if (e.dataType === 'node' && id) navigate(buildHref('/actor', { actor: id }));
      }}
    />
  );
}
