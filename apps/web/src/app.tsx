import { lazy, Suspense } from 'preact/compat';
import { useEffect, useRef } from 'preact/hooks';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter-preact';
import { lang, setLang, t } from './i18n';
import { providerSignOutUrl, session, signOut } from './session';
import { SignIn } from './pages/sign-in';
import { Decisions } from './pages/decisions';

// Pages past the start page are split off and fetched when first opened: the first load stays small.
const DecisionPage = lazy(() => import('./pages/decision').then((m) => m.DecisionPage));
const ProvincePlans = lazy(() => import('./pages/province-plans').then((m) => m.ProvincePlans));
const PlanPage = lazy(() => import('./pages/plan').then((m) => m.PlanPage));
const TaskPage = lazy(() => import('./pages/task').then((m) => m.TaskPage));
const MyProvince = lazy(() => import('./pages/my-province').then((m) => m.MyProvince));
const AuditPage = lazy(() => import('./pages/audit').then((m) => m.AuditPage));
const DocumentsPage = lazy(() => import('./pages/documents').then((m) => m.DocumentsPage));
const DraftReview = lazy(() => import('./pages/draft-review').then((m) => m.DraftReview));

/** Signs out here, then at the provider too (its end_session_endpoint), which sends the browser back to the start page. */
const signOutAtProvider = (provider: NonNullable<NonNullable<typeof session.value>['provider']>) => {
  const url = providerSignOutUrl(provider);
  signOut();
  location.assign(url);
};

const Header = () => {
  const current = session.value;
  return (
    <header class="top">
      <a class="skip" href="#main">
        {t('skip')}
      </a>
      <Link href="/" class="brand">
        {t('appTitle')}
      </Link>
      {current && (
        <nav aria-label="main">
          <Link href="/">{t('navDecisions')}</Link>
          {current.province && <Link href="/province">{t('navProvince')}</Link>}
          {current.role !== 'ANALYST' && <Link href="/documents">{t('navDocuments')}</Link>}
          {(current.role === 'AUDITOR' || current.role === 'ADMIN') && <Link href="/audit">{t('navAudit')}</Link>}
          {/* A page of its own (GraphiQL), served at /graphql; it reads this tab's token. */}
          <a href="/graphql">{t('navExplorer')}</a>
        </nav>
      )}
      <div class="tools">
        <button
          type="button"
          lang={lang.value === 'vi' ? 'en' : 'vi'}
          title={t('languageLabel')}
          onClick={() => setLang(lang.value === 'vi' ? 'en' : 'vi')}
        >
          {t('language')}
        </button>
        {current && (
          <>
            <span class="who">
              {t('signedInAs')} <strong>{current.role}</strong>
              {current.province ? ` (${current.province})` : ''}
            </span>
            <button type="button" onClick={signOut}>
              {t('signOut')}
            </button>
            {current.provider && (
              <button type="button" onClick={() => signOutAtProvider(current.provider!)}>
                {t('signOutProvider')}
              </button>
            )}
          </>
        )}
      </div>
    </header>
  );
};

/** After a link moves to another page, keyboard and screen-reader users start at its content, not at a vanished link. */
const useFocusOnNewPage = () => {
  const [pathname] = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: false });
  }, [pathname]);
};

/** Every view has its own address; a shared link asks for the token first, then shows that view. */
export const App = () => {
  useFocusOnNewPage();
  return <Page />;
};

const Page = () => (
  <>
    <Header />
    <main id="main" tabIndex={-1}>
      {!session.value ? (
        <SignIn />
      ) : (
        <Suspense fallback={<p aria-busy="true">{t('loading')}</p>}>
          <Switch>
            <Route path="/" component={Decisions} />
            <Route path="/decisions/:id" component={DecisionPage} />
            <Route path="/decisions/:id/provinces/:province" component={ProvincePlans} />
            <Route path="/plans/:id" component={PlanPage} />
            <Route path="/tasks/:id" component={TaskPage} />
            <Route path="/province" component={MyProvince} />
            <Route path="/audit" component={AuditPage} />
            {/* The provider's redirect back (sign-in.tsx reads it); signed in already, it is the start page. */}
            <Route path="/signin/callback">
              <Redirect to="/" replace />
            </Route>
            <Route path="/documents" component={DocumentsPage} />
            <Route path="/documents/:id" component={DraftReview} />
            <Route>
              <p role="alert">{t('notFound')}</p>
            </Route>
          </Switch>
        </Suspense>
      )}
    </main>
  </>
);
