import { lazy, Suspense, type ReactElement } from 'react';
import type { AppArea } from '../app/AppArea';
import { InboxPage } from './list/InboxPage';
import { Loading } from './shared/Problem';

// The task page (form-js, bpmn-js), the dashboard (chart.js) and the audit page load on first visit, so the
// inbox opens without the diagram, form and chart libraries.
const TaskPage = lazy(() => import('./task/TaskPage').then(m => ({ default: m.TaskPage })));
const DashboardPage = lazy(() => import('./dashboard/DashboardPage').then(m => ({ default: m.DashboardPage })));
const AuditPage = lazy(() => import('./audit/AuditPage').then(m => ({ default: m.AuditPage })));

const later = (page: ReactElement) => <Suspense fallback={<Loading />}>{page}</Suspense>;

/** Inbox, case, dashboard and audit pages (approvers, supervisors, auditors). */
export const inboxArea: AppArea = {
  routes: [
    { path: '/inbox', element: <InboxPage /> },
    { path: '/inbox/tasks/:id', element: later(<TaskPage />) },
    { path: '/dashboard', element: later(<DashboardPage />) },
    { path: '/audit', element: later(<AuditPage />) },
  ],
  nav: [
    { to: '/inbox', label: 'nav.inbox' },
    { to: '/dashboard', label: 'nav.dashboard' },
    { to: '/audit', label: 'nav.audit', groups: ['admins', 'auditors'] },
  ],
};
