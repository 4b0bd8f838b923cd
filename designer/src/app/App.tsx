import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { SessionProvider, useSession } from '../auth/Session';
import { SignInPage } from '../auth/SignInPage';
import { designerArea } from '../designer/area';
import { I18nProvider, useI18n } from '../i18n/I18n';
import { inboxArea } from '../inbox/area';
import { Shell } from './Shell';

const areas = [inboxArea, designerArea];

function Routed() {
  const { me, loading } = useSession();
  const { t } = useI18n();
  if (loading) return <p className="loading">{t('common.loading')}</p>;
  if (!me) return <SignInPage />;
  return (
    <Routes>
      <Route element={<Shell nav={areas.flatMap(a => a.nav)} />}>
        <Route index element={<Navigate to="/inbox" replace />} />
        {areas.flatMap(a => a.routes).map(r => <Route key={r.path} path={r.path} element={r.element} />)}
        <Route path="*" element={<p>{t('common.notFound')}</p>} />
      </Route>
    </Routes>
  );
}

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <BrowserRouter>
          <Routed />
        </BrowserRouter>
      </SessionProvider>
    </I18nProvider>
  );
}
