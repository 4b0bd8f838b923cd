import type { ChartConfiguration } from 'chart.js';
import type { TableView } from './ChartCanvas';

const palette = ['#1f5fbf', '#067647', '#b54708', '#b42318', '#6941c6', '#0e9384', '#c11574', '#667085', '#ca8504', '#155eef', '#4e5ba6', '#99a4b7'];

export const colour = (i: number) => palette[i % palette.length];

export interface Series {
  label: string;
  values: (number | null)[];
}

/** A bar chart (stacked when asked) and the same figures as a table. */
export function bars(labels: string[], series: Series[], options: { stacked?: boolean; percent?: boolean; firstColumn: string; format?: (v: number | null) => string }):
  { config: ChartConfiguration; table: TableView } {
  const format = options.format ?? ((v: number | null) => (v === null ? '—' : String(v)));
  return {
    config: {
      type: 'bar',
      data: {
        labels,
        datasets: series.map((s, i) => ({ label: s.label, data: s.values, backgroundColor: colour(i), borderWidth: 0 })),
      },
      options: {
        scales: {
          x: { stacked: options.stacked },
          y: {
            stacked: options.stacked,
            beginAtZero: true,
            ...(options.percent ? { max: 1, ticks: { callback: v => `${Math.round(Number(v) * 100)}%` } } : {}),
          },
        },
        plugins: {
          legend: { position: 'bottom' },
          tooltip: { callbacks: { label: ctx => `${ctx.dataset.label}: ${format(ctx.parsed.y)}` } },
        },
      },
    },
    table: {
      columns: [options.firstColumn, ...series.map(s => s.label)],
      rows: labels.map((l, i) => [l, ...series.map(s => format(s.values[i] ?? null))]),
    },
  };
}

/** The statuses that occur in any bucket or row, in a stable order. */
export function statusesOf(maps: Record<string, unknown>[]): string[] {
  return [...new Set(maps.flatMap(m => Object.keys(m)))].sort();
}
