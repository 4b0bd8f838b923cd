import { useState } from 'react';
import { NavLink, Outlet } from 'react-router-dom';
import { useSession } from '../auth/Session';
import { useI18n } from '../i18n/I18n';
import type { NavItem } from './AppArea';
import { LanguagePicker } from './LanguagePicker';

/** The signed-in frame: navigation (collapsing to a menu on narrow screens), language, user, sign-out. */
export function Shell({ nav }: { nav: NavItem[] }) {
  const { t } = useI18n();
  const { me, signOut, inGroup } = useSession();
  const [menuOpen, setMenuOpen] = useState(false);
  const visible = nav.filter(item => !item.groups || inGroup(...item.groups));

  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <button type="button" className="menu-toggle" aria-expanded={menuOpen} aria-controls="main-nav" onClick={() => setMenuOpen(o => !o)}>
          {t('nav.menu')}
        </button>
        <nav id="main-nav" className={menuOpen ? 'main-nav open' : 'main-nav'} aria-label="main">
          {visible.map(item => (
            <NavLink key={item.to} to={item.to} onClick={() => setMenuOpen(false)}>{t(item.label)}</NavLink>
          ))}
        </nav>
        <div className="topbar-end">
          <LanguagePicker />
          <span className="who" title={me?.orgPath}>{me?.displayName ?? me?.email}</span>
          <button type="button" onClick={() => void signOut()}>{t('session.signOut')}</button>
        </div>
      </header>
      <main className="page">
        <Outlet />
      </main>
    </div>
  );
}
