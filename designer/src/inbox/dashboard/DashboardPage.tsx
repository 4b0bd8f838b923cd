import { useMemo, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18n';
import type { MessageKey } from '../../i18n/catalog';
import { inboxApi } from '../api';
import { useFormat } from '../shared/format';
import { useLabel } from '../shared/labels';
import { Loading, Problem } from '../shared/Problem';
import { useLoad } from '../shared/useLoad';
import { ChartCanvas } from './ChartCanvas';
import { bars, statusesOf } from './charts';
import './dashboard.css';

const groupings = ['dealer', 'branch', 'region'] as const;
const day = 86_400_000;
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

interface Period { from: string; to: string; bucket: string }

/**
 * Dashboards within the caller's scope: claims and orders by status over time, auto-approval rate, time to
 * decision, open and overdue tasks, recall completion and credit blocks, per dealer, branch or region. The default
 * period is the 30 days up to the host's "now" (the asOf of a current-state report), not the browser's clock.
 */
export function DashboardPage() {
  const { t } = useI18n();
  const [groupBy, setGroupBy] = useState<string>('dealer');
  const [period, setPeriod] = useState<Period | null>(null);
  const [draft, setDraft] = useState<Period | null>(null);

  const now = useLoad(() => inboxApi.taskStatistics('region'), []);
  const asOf = now.data?.asOf;
  const defaults = useMemo<Period | null>(() => {
    if (!asOf) return null;
    const end = new Date(Date.parse(asOf.endsWith('Z') ? asOf : `${asOf}Z`) + day);
    return { from: isoDate(new Date(end.getTime() - 30 * day)), to: isoDate(end), bucket: 'day' };
  }, [asOf]);
  const current = period ?? defaults;
  const form = draft ?? current;

  function apply(event: FormEvent) {
    event.preventDefault();
    if (draft) setPeriod(draft);
  }

  return (
    <div className="dashboard-page">
      <h1>{t('dashboard.title')}</h1>
      <Problem error={now.error} onRetry={now.reload} />
      {form && (
        <form className="dashboard-controls card" onSubmit={apply}>
          <label>
            {t('dashboard.groupBy')}
            <select name="groupBy" value={groupBy} onChange={e => setGroupBy(e.target.value)}>
              {groupings.map(g => <option key={g} value={g}>{t(`dashboard.group.${g}` as MessageKey)}</option>)}
            </select>
          </label>
          <label>
            {t('dashboard.from')}
            <input type="date" name="from" value={form.from} onChange={e => setDraft({ ...form, from: e.target.value })} />
          </label>
          <label>
            {t('dashboard.to')}
            <input type="date" name="to" value={form.to} onChange={e => setDraft({ ...form, to: e.target.value })} />
          </label>
          <label>
            {t('dashboard.bucket')}
            <select name="bucket" value={form.bucket} onChange={e => setDraft({ ...form, bucket: e.target.value })}>
              <option value="day">{t('dashboard.bucket.day')}</option>
              <option value="week">{t('dashboard.bucket.week')}</option>
            </select>
          </label>
          <button type="submit" className="primary">{t('inbox.filter.apply')}</button>
        </form>
      )}
      {now.loading && <Loading />}
      {current && <Charts period={current} groupBy={groupBy} />}
    </div>
  );
}

function Charts({ period, groupBy }: { period: Period; groupBy: string }) {
  const { t } = useI18n();
  const f = useFormat();
  const label = useLabel();
  const { from, to, bucket } = period;
  const data = useLoad(() => Promise.all([
    inboxApi.timeline(from, to, bucket),
    inboxApi.claimStatistics(from, to, groupBy),
    inboxApi.orderStatistics(from, to, groupBy),
    inboxApi.taskStatistics(groupBy),
    inboxApi.recallStatistics(groupBy),
    inboxApi.creditStatistics(groupBy),
  ]), [from, to, bucket, groupBy]);

  const charts = useMemo(() => {
    if (!data.data) return null;
    const [timeline, claims, orders, tasks, recalls, credit] = data.data;
    const when = timeline.buckets.map(b => f.date(b.start));
    const claimStatuses = statusesOf(timeline.buckets.map(b => b.claimsByStatus));
    const orderStatuses = statusesOf(timeline.buckets.map(b => b.ordersByStatus));
    const period = t('dashboard.from');
    const group = t(`dashboard.group.${groupBy}` as MessageKey);
    const pct = (v: number | null) => f.percent(v);
    const hours = (v: number | null) => f.number(v, 2);
    const groups = [...new Set([...claims.rows.map(r => r.group), ...orders.rows.map(r => r.group)])];
    return {
      scope: claims.scope,
      claimsOverTime: bars(when, claimStatuses.map(s => ({ label: label('status', s), values: timeline.buckets.map(b => b.claimsByStatus[s] ?? 0) })), { stacked: true, firstColumn: period }),
      ordersOverTime: bars(when, orderStatuses.map(s => ({ label: label('status', s), values: timeline.buckets.map(b => b.ordersByStatus[s] ?? 0) })), { stacked: true, firstColumn: period }),
      autoApproval: bars(groups, [
        { label: t('dashboard.claims'), values: groups.map(g => claims.rows.find(r => r.group === g)?.autoApprovalRate ?? null) },
        { label: t('dashboard.orders'), values: groups.map(g => orders.rows.find(r => r.group === g)?.autoApprovalRate ?? null) },
      ], { percent: true, firstColumn: group, format: pct }),
      timeToDecision: bars(groups, [
        { label: `${t('dashboard.claims')} · ${t('dashboard.median')}`, values: groups.map(g => claims.rows.find(r => r.group === g)?.timeToDecision.medianHours ?? null) },
        { label: `${t('dashboard.claims')} · ${t('dashboard.p90')}`, values: groups.map(g => claims.rows.find(r => r.group === g)?.timeToDecision.p90Hours ?? null) },
        { label: `${t('dashboard.orders')} · ${t('dashboard.median')}`, values: groups.map(g => orders.rows.find(r => r.group === g)?.timeToDecision.medianHours ?? null) },
        { label: `${t('dashboard.orders')} · ${t('dashboard.p90')}`, values: groups.map(g => orders.rows.find(r => r.group === g)?.timeToDecision.p90Hours ?? null) },
      ], { firstColumn: group, format: hours }),
      tasks: bars(tasks.rows.map(r => r.group), [
        { label: t('dashboard.open'), values: tasks.rows.map(r => r.open - r.overdue) },
        { label: t('dashboard.overdue'), values: tasks.rows.map(r => r.overdue) },
      ], { stacked: true, firstColumn: group }),
      recall: bars(recalls.rows.map(r => r.group), [
        { label: t('dashboard.completionRate'), values: recalls.rows.map(r => r.completionRate) },
      ], { percent: true, firstColumn: group, format: pct }),
      credit: bars(credit.rows.map(r => r.group), [
        { label: t('dashboard.blockedOrders'), values: credit.rows.map(r => r.creditBlockedOrders) },
        { label: t('dashboard.blockedAccounts'), values: credit.rows.map(r => r.manuallyBlockedAccounts) },
        { label: t('dashboard.openCreditDecisions'), values: credit.rows.map(r => r.openCreditDecisions) },
        { label: t('dashboard.overdueCreditDecisions'), values: credit.rows.map(r => r.overdueCreditDecisions) },
      ], { firstColumn: group }),
      totals: { claims: claims.total, orders: orders.total, tasks: tasks.total, recalls: recalls.total, credit: credit.total },
    };
  }, [data.data, f, t, label, groupBy]);

  if (data.error) return <Problem error={data.error} onRetry={data.reload} />;
  if (!charts) return <Loading />;
  const tableLabel = t('dashboard.asTable');
  const { totals } = charts;
  return (
    <>
      <p className="muted">{t('dashboard.scope', { scope: charts.scope })}</p>
      <dl className="kpis">
        <div className="kpi card"><dt>{t('dashboard.claims')}</dt><dd>{f.number(totals.claims.claims)}</dd></div>
        <div className="kpi card"><dt>{t('dashboard.autoApproval')}</dt><dd>{f.percent(totals.claims.autoApprovalRate)}</dd></div>
        <div className="kpi card"><dt>{t('dashboard.orders')}</dt><dd>{f.number(totals.orders.orders)}</dd></div>
        <div className="kpi card"><dt>{t('dashboard.overdue')}</dt><dd>{f.number(totals.tasks.overdue)} / {f.number(totals.tasks.open)}</dd></div>
        <div className="kpi card"><dt>{t('dashboard.recall')}</dt><dd>{f.percent(totals.recalls.completionRate)}</dd></div>
        <div className="kpi card"><dt>{t('dashboard.blockedOrders')}</dt><dd>{f.number(totals.credit.creditBlockedOrders)}</dd></div>
      </dl>
      <div className="chart-grid">
        <ChartCanvas title={t('dashboard.claimsOverTime')} {...charts.claimsOverTime} tableLabel={tableLabel} />
        <ChartCanvas title={t('dashboard.ordersOverTime')} {...charts.ordersOverTime} tableLabel={tableLabel} />
        <ChartCanvas title={t('dashboard.autoApproval')} {...charts.autoApproval} tableLabel={tableLabel} />
        <ChartCanvas title={t('dashboard.timeToDecision')} {...charts.timeToDecision} tableLabel={tableLabel} />
        <ChartCanvas title={t('dashboard.overdueTasks')} {...charts.tasks} tableLabel={tableLabel} />
        <ChartCanvas title={t('dashboard.recall')} {...charts.recall} tableLabel={tableLabel} />
        <ChartCanvas title={t('dashboard.credit')} {...charts.credit} tableLabel={tableLabel} />
      </div>
    </>
  );
}
