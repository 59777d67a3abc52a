import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, CustomChart, GraphChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TooltipComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption, ECElementEvent } from 'echarts/core';

echarts.use([
  BarChart,
  CustomChart,
  GraphChart,
  LineChart,
  ScatterChart,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TooltipComponent,
  SVGRenderer,
]);

export type ChartOption = EChartsCoreOption;
export type ChartClick = ECElementEvent;

/**
 * An ECharts chart. SVG rendering keeps labels as real text (the browser shapes Arabic), and
 * tooltips render as chart text ("richText"), never as HTML, so codebook names and evidence
 * cannot inject markup whatever a formatter returns.
 */
export function Chart({
  option,
  height = 320,
  onClick,
  label,
}: {
  option: ChartOption;
  height?: number;
  onClick?: (event: ChartClick) => void;
  label: string;
}) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clickHandler = useRef(onClick);
  clickHandler.current = onClick;

  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (event) => clickHandler.current?.(event as ECElementEvent));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(withSafeTooltip(option), { notMerge: true });
  }, [option]);

  return (
    <div
      className="chart"
      role="img"
      aria-label={label}
      ref={element}
      style={{ height }}
      data-chart={label}
    />
  );
}

function withSafeTooltip(option: ChartOption): ChartOption {
  const tooltip = (option as { tooltip?: object }).tooltip;
  return {
    textStyle: { fontFamily: 'system-ui, "DejaVu Sans", "Noto Sans Arabic", sans-serif' },
    ...option,
    tooltip: { ...(tooltip ?? {}), renderMode: 'richText' },
  };
}
