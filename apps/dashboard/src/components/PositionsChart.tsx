import { useMemo } from 'react';
import { useI18n } from '../lib/i18n.js';
import { formatNumber } from '../lib/format.js';
import { Chart, type ChartClick } from './Chart.js';
import { posteriorNet } from './Stance.js';

export interface PositionRow {
  id: string;
  label: string;
  /** Posterior mean of P(support | support or oppose) and its credible interval. */
  supportProbability: number;
  interval: { lower: number; upper: number };
  statements: number;
}

/**
 * Dot (posterior net position) and bar (95 % credible interval) per row, on the −1…+1 scale.
 * The interval is a floating bar: an invisible bar up to the lower bound, stacked under a visible
 * one as long as the interval; the axis is shifted by +1 so stacking stays on positive values.
 */
export function PositionsChart({
  rows,
  label,
  onSelect,
}: {
  rows: PositionRow[];
  label: string;
  onSelect?: (id: string) => void;
}) {
  const { t, lang } = useI18n();
  const sorted = useMemo(() => [...rows].sort((a, b) => a.supportProbability - b.supportProbability), [rows]);
  const option = useMemo(() => {
    const lower = sorted.map((r) => posteriorNet(r.interval.lower) + 1);
    const span = sorted.map((r) => posteriorNet(r.interval.upper) - posteriorNet(r.interval.lower));
    const dots = sorted.map((r) => posteriorNet(r.supportProbability) + 1);
    const counts = sorted.map((r) => r.statements);
    return {
      grid: { left: 8, right: 24, top: 16, bottom: 40, containLabel: true },
      xAxis: {
        type: 'value',
        min: 0,
        max: 2,
        name: t('positionAxis'),
        nameLocation: 'middle',
        nameGap: 26,
        axisLabel: { formatter: (v: number) => formatNumber(v - 1, lang, 1) },
      },
      yAxis: {
        type: 'category',
        data: sorted.map((r) => r.label),
        axisLabel: { width: 180, overflow: 'truncate' },
      },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params: Array<{ dataIndex: number }>) => {
          const i = params[0]?.dataIndex ?? 0;
          const r = sorted[i];
          if (!r) return '';
          return `${r.label}\n${t('net')}: ${formatNumber(dots[i]! - 1, lang)} [${formatNumber(lower[i]! - 1, lang)}, ${formatNumber(lower[i]! + span[i]! - 1, lang)}]\n${t('count')}: ${counts[i]}`;
        },
      },
      series: [
        {
          type: 'bar',
          stack: 'interval',
          data: lower,
          itemStyle: { color: 'transparent' },
          barWidth: 8,
          silent: true,
          tooltip: { show: false },
        },
        {
          type: 'bar',
          stack: 'interval',
          name: t('interval'),
          data: span,
          itemStyle: { color: '#90caf9', borderRadius: 4 },
          barWidth: 8,
        },
        {
          type: 'scatter',
          name: t('net'),
          data: dots,
          symbolSize: (_v: number, p: { dataIndex: number }) =>
            8 + Math.min(10, Math.sqrt(counts[p.dataIndex] ?? 0) * 2),
          itemStyle: { color: '#0d47a1' },
          markLine: {
            silent: true,
            symbol: 'none',
            data: [{ xAxis: 1 }],
            lineStyle: { color: '#999', type: 'dashed' },
            label: { show: false },
          },
        },
      ],
    };
  }, [sorted, t, lang]);
  return (
    <Chart
      option={option}
      label={label}
      height={Math.max(160, rows.length * 28 + 60)}
      onClick={(e: ChartClick) => {
        const row = sorted[e.dataIndex];
        if (row && onSelect) onSelect(row.id);
      }}
    />
  );
}
