import { useFormat, minorDigits, parseUtc } from '../shared/format';
import { humanise } from '../shared/labels';
import { useI18n } from '../../i18n/I18n';

type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const moneyKey = /(amount|price|value|fee|total)$/i;
const dateTimeText = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One value as text: money (major units; "…Minor" keys in minor units) with the case's currency, dates, numbers. */
function useValueText() {
  const f = useFormat();
  const { locale } = useI18n();
  return (key: string, value: Json, currency: string | undefined): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value === 'boolean') return value ? '✓' : '✗';
    if (typeof value === 'number') {
      if (currency && key.endsWith('Minor')) return f.money(value, currency);
      if (currency && moneyKey.test(key)) return f.money(Math.round(value * 10 ** minorDigits(currency)), currency);
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(value);
    }
    if (typeof value === 'string') {
      if (dateTimeText.test(value) && !Number.isNaN(parseUtc(value).getTime())) return f.dateTime(value);
      return value;
    }
    return JSON.stringify(value);
  };
}

/**
 * A case's data as the case's own API shows it: plain fields as a definition list, lists of records (claim lines,
 * order lines) as tables, nested records as their own block. Generic, so every lifecycle's case shows.
 */
export function DataView({ data, currency }: { data: Record<string, Json>; currency?: string }) {
  const text = useValueText();
  const own = typeof data.currency === 'string' ? data.currency : currency;
  const entries = Object.entries(data).filter(([key]) => key !== 'ruleResults');
  const plain = entries.filter(([, v]) => !isObject(v) && !(Array.isArray(v) && v.some(isObject)));
  const nested = entries.filter(([, v]) => isObject(v) || (Array.isArray(v) && v.some(isObject)));

  return (
    <div className="data-view">
      <dl className="data-list">
        {plain.map(([key, value]) => (
          <div key={key} className="data-item">
            <dt>{humanise(key)}</dt>
            <dd>{Array.isArray(value) ? value.map(v => text(key, v, own)).join(', ') || '—' : text(key, value, own)}</dd>
          </div>
        ))}
      </dl>
      {nested.map(([key, value]) => (
        <div key={key} className="data-nested">
          <h4>{humanise(key)}</h4>
          {isObject(value) ? <DataView data={value} currency={own} /> : <RecordTable rows={(value as Json[]).filter(isObject)} currency={own} />}
        </div>
      ))}
    </div>
  );
}

function RecordTable({ rows, currency }: { rows: Record<string, Json>[]; currency?: string }) {
  const text = useValueText();
  const columns = [...new Set(rows.flatMap(r => Object.keys(r)))].filter(c => rows.some(r => r[c] !== null && r[c] !== undefined && r[c] !== ''));
  return (
    <div className="table-scroll">
      <table className="record-table">
        <thead><tr>{columns.map(c => <th key={c} scope="col">{humanise(c)}</th>)}</tr></thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>{columns.map(c => <td key={c}>{text(c, row[c], typeof row.currency === 'string' ? row.currency : currency)}</td>)}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
