import { lazy, Suspense, type ComponentType } from 'react';
import type { AppArea } from '../app/AppArea';
import { useSession } from '../auth/Session';
import { useI18n } from '../i18n/I18n';
import './designer.css';

// The designer pages load on first visit: bpmn-js, form-js and the linter stay out of the inbox's bundle.
const WorkflowListPage = lazy(() => import('./workflows/WorkflowListPage'));
const WorkflowEditorPage = lazy(() => import('./workflows/WorkflowEditorPage'));
const WorkflowVersionsPage = lazy(() => import('./workflows/WorkflowVersionsPage'));
const RuleSetListPage = lazy(() => import('./rules/RuleSetListPage'));
const RuleSetEditorPage = lazy(() => import('./rules/RuleSetEditorPage'));
const FormListPage = lazy(() => import('./forms/FormListPage'));
const FormEditorPage = lazy(() => import('./forms/FormEditorPage'));

const analysts = ['analysts'];

/** Analysts (and admins) only; others see why instead of a page of failing requests. */
function AnalystPage({ page: Page }: { page: ComponentType }) {
  const { inGroup } = useSession();
  const { t } = useI18n();
  if (!inGroup(...analysts)) return <p className="card">{t('designer.analystsOnly')}</p>;
  return (
    <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
      <Page />
    </Suspense>
  );
}

/** Workflow designer, rule-set editor and form designer pages (analysts). */
export const designerArea: AppArea = {
  routes: [
    { path: '/designer', element: <AnalystPage page={WorkflowListPage} /> },
    { path: '/designer/:processId', element: <AnalystPage page={WorkflowEditorPage} /> },
    { path: '/designer/:processId/versions', element: <AnalystPage page={WorkflowVersionsPage} /> },
    { path: '/rules', element: <AnalystPage page={RuleSetListPage} /> },
    { path: '/rules/:name', element: <AnalystPage page={RuleSetEditorPage} /> },
    { path: '/forms', element: <AnalystPage page={FormListPage} /> },
    { path: '/forms/:formKey', element: <AnalystPage page={FormEditorPage} /> },
  ],
  nav: [
    { to: '/designer', label: 'nav.designer', groups: analysts },
    { to: '/rules', label: 'nav.rules', groups: analysts },
    { to: '/forms', label: 'nav.forms', groups: analysts },
  ],
};
