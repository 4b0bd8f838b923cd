import type { TaskQuery } from '../types';

export const views = ['all', 'mine', 'groups'] as const;
export const taskStatuses = ['open', 'claimed', 'completed'] as const;
export const dues = ['overdue', 'today', 'week'] as const;
export const sorts = ['due', '-due', 'created', '-created', 'amount', '-amount'] as const;
export const caseTypes = ['claim', 'order', 'return', 'recall-claim', 'credit-limit', 'pre-authorization'] as const;

const textKeys = ['view', 'caseType', 'status', 'due', 'dealer', 'sort'] as const;

/** The inbox query kept in the address bar, so a reload, the back button and a shared link keep the filters. */
export function queryFromParams(params: URLSearchParams): TaskQuery {
  const q: TaskQuery = {};
  for (const key of textKeys) {
    const value = params.get(key);
    if (value) q[key] = value;
  }
  for (const key of ['minAmount', 'maxAmount'] as const) {
    const value = params.get(key);
    if (value && /^\d+$/.test(value)) q[key] = Number(value);
  }
  return q;
}

export function paramsFromQuery(q: TaskQuery): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(q)) {
    if (value !== undefined && value !== null && value !== '') out[key] = String(value);
  }
  return out;
}

/** Minor units from what the user typed in major units ("1,500.5" → 150050), undefined when blank or not a number. */
export function toMinor(text: string, digits = 2): number | undefined {
  const clean = text.replace(/[,\s]/g, '');
  if (!clean || !/^\d+(\.\d+)?$/.test(clean)) return undefined;
  return Math.round(Number(clean) * 10 ** digits);
}

export function toMajorText(minor: number | undefined, digits = 2): string {
  return minor === undefined ? '' : String(minor / 10 ** digits);
}
