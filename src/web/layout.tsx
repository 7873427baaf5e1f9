// The app shell: skip link, header with navigation and the language switch, the main landmark
// (the skip link's target) and a footer. On a narrow screen the navigation, account and language
// switch fold behind a menu button (aria-expanded; Escape closes it and returns focus to it), so
// the header takes one line and the page starts at once. On every navigation focus moves to the new page's h1, so
// keyboard and screen reader users start reading where the content changed.
import { Suspense, useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { Loading } from './components/loading';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from './auth';
import { useI18n } from './i18n/i18n';
import { BankgiroWarning } from './pages/settings/bankgiro-warning';

export function Layout() {
  const { t, language, setLanguage } = useI18n();
  const { session, can, signOut } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const firstRender = useRef(true);
  // The menu is open on the page where it was opened: following a link in it folds it again.
  const [menuOpenAt, setMenuOpenAt] = useState<string | null>(null);
  const menuOpen = menuOpenAt === location.pathname;
  const menuButton = useRef<HTMLButtonElement>(null);
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !menuOpen) return;
    setMenuOpenAt(null);
    menuButton.current?.focus();
  };

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // Wait a frame so the new page has rendered its heading.
    const frame = requestAnimationFrame(() => {
      const target =
        document.querySelector<HTMLElement>('main h1') ?? document.getElementById('main');
      if (target) {
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        target.focus();
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [location.pathname]);

  const other = language === 'sv' ? 'en' : 'sv';
  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skipLink')}
      </a>
      <header className="site-header" onKeyDown={closeOnEscape}>
        <div className="site-header__inner">
          <NavLink to="/" className="site-name" end>
            {t('layout.siteName')}
          </NavLink>
          <button
            type="button"
            ref={menuButton}
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls="site-menu"
            onClick={() => setMenuOpenAt(menuOpen ? null : location.pathname)}
          >
            {t('layout.menu')}
          </button>
          <div id="site-menu" className={menuOpen ? 'site-menu site-menu--open' : 'site-menu'}>
            <nav aria-label={t('layout.navLabel')}>
              <ul className="site-nav">
                {can('agency.read') ? (
                  <>
                    <li>
                      <NavLink to="/" end>
                        {t('layout.nav.tasks')}
                      </NavLink>
                    </li>
                    <li>
                      <NavLink to="/compare">{t('layout.nav.compare')}</NavLink>
                    </li>
                    <li>
                      <NavLink to="/recipients">{t('layout.nav.recipients')}</NavLink>
                    </li>
                  </>
                ) : null}
                {can('own_organisation.read') ? (
                  <>
                    <li>
                      <NavLink to="/mina-bidrag">{t('layout.nav.myGrants')}</NavLink>
                    </li>
                    <li>
                      <NavLink to="/mina-fordringar">{t('layout.nav.myReceivables')}</NavLink>
                    </li>
                  </>
                ) : null}
                {can('user.read') ? (
                  <li>
                    <NavLink to="/admin/anvandare">{t('layout.nav.users')}</NavLink>
                  </li>
                ) : null}
                {can('agency.read') ? (
                  <li>
                    <NavLink to="/admin/installningar">{t('layout.nav.settings')}</NavLink>
                  </li>
                ) : null}
              </ul>
            </nav>
            {session?.user ? (
              <div className="signed-in">
                <span>{t('layout.signedInAs', { name: session.user.name })}</span>
                <NavLink to="/konto/losenord">{t('layout.changePassword')}</NavLink>
                <button
                  type="button"
                  className="language-switch"
                  onClick={() => void signOut().then(() => navigate('/logga-in'))}
                >
                  {t('layout.signOut')}
                </button>
              </div>
            ) : null}
            <button
              type="button"
              className="language-switch"
              lang={other}
              onClick={() => setLanguage(other)}
            >
              {t('layout.switchLanguage')}
            </button>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <BankgiroWarning />
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('layout.footer')}</p>
      </footer>
    </>
  );
}

/** Sets the document title for the page: `<page> – Statsbidrag`. */
export function usePageTitle(title: string | undefined): void {
  const { t } = useI18n();
  const site = t('layout.siteName');
  useEffect(() => {
    document.title = title ? `${title} – ${site}` : site;
  }, [title, site]);
}
