import { Chart, registerables, type ChartConfiguration } from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(...registerables);

export interface TableView {
  columns: string[];
  rows: (string | number)[][];
}

/**
 * One chart.js chart (no animation, so it is drawn at once) with the same figures as a table under a disclosure,
 * for keyboard and screen-reader users and for copying.
 */
export function ChartCanvas({ title, config, table, tableLabel, height = 260 }: {
  title: string;
  config: ChartConfiguration;
  table: TableView;
  tableLabel: string;
  height?: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const chart = new Chart(canvas.current!, {
      ...config,
      options: { responsive: true, maintainAspectRatio: false, animation: false, ...config.options },
    });
    return () => chart.destroy();
  }, [config]);

  return (
    <figure className="chart card">
      <figcaption><h2>{title}</h2></figcaption>
      <div className="chart-box" style={{ height }}>
        <canvas ref={canvas} role="img" aria-label={title} />
      </div>
      <details className="chart-table">
        <summary>{tableLabel}</summary>
        <div className="table-scroll">
          <table>
            <thead><tr>{table.columns.map(c => <th key={c} scope="col">{c}</th>)}</tr></thead>
            <tbody>{table.rows.map((r, i) => <tr key={i}>{r.map((v, j) => <td key={j}>{v}</td>)}</tr>)}</tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
