import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { readApiKey, saveApiKey } from './lib/api.js';
import { CatalogProvider } from './lib/catalog.js';
import { I18nContext, makeI18n, type UiLang } from './lib/i18n.js';
import { buildHref, Link, updateParams, useRoute } from './lib/router.js';
import { ApiKeyForm } from './components/ApiKeyForm.js';
import { OverviewPage } from './pages/overview.js';
import { TopicPage } from './pages/topic.js';
import { ActorPage } from './pages/actor.js';
import { AlertEvidencePage, EvidencePage } from './pages/evidence.js';
import { NetworkPage } from './pages/network.js';
import { AlertsPage } from './pages/alerts.js';
import { CodebookPage } from './pages/codebook.js';

const LANG_STORAGE = 'stance.lang';

const PAGES = [
  { path: '/', label: 'navOverview', view: OverviewPage },
  { path: '/topic', label: 'navTopics', view: TopicPage },
  { path: '/actor', label: 'navActors', view: ActorPage },
  { path: '/network', label: 'navNetwork', view: NetworkPage },
  { path: '/alerts', label: 'navAlerts', view: AlertsPage },
  { path: '/codebook', label: 'navCodebook', view: CodebookPage },
] as const;

/** Pages reached by links rather than the menu. */
const DEEP_LINKS: Record<string, { view: (props: { params: URLSearchParams }) => ReactNode }> = {
  '/evidence': { view: EvidencePage },
  '/alert': { view: AlertEvidencePage },
};

/** The UI language: ?lang= in the URL (shareable), else the last choice, else English. */
function useUiLang(params: URLSearchParams): UiLang {
  const fromUrl = params.get('lang');
  const lang: UiLang =
    fromUrl === 'ar' || fromUrl === 'en'
      ? fromUrl
      : window.localStorage.getItem(LANG_STORAGE) === 'ar'
        ? 'ar'
        : 'en';
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
    window.localStorage.setItem(LANG_STORAGE, lang);
  }, [lang]);
  return lang;
}

function chooseLang(next: UiLang): void {
  updateParams({ lang: next }, { replace: true });
}

export function App() {
  const route = useRoute();
  const lang = useUiLang(route.params);
  const i18n = useMemo(() => makeI18n(lang, chooseLang), [lang]);
  const [apiKey, setApiKey] = useState(readApiKey);
  const { t } = i18n;
  const storeKey = (key: string) => {
    saveApiKey(key);
    setApiKey(readApiKey());
  };

  const page = DEEP_LINKS[route.path] ?? PAGES.find((p) => p.path === route.path);
  const View = page?.view;
  return (
    <I18nContext.Provider value={i18n}>
      <header className="topbar">
        <Link href={buildHref('/', { lang: route.params.get('lang') })} className="brand">
          {t('appTitle')}
        </Link>
        <nav>
          {PAGES.map((p) => (
            <Link
              key={p.path}
              href={buildHref(p.path, { lang: route.params.get('lang') })}
              className={p.path === route.path ? 'active' : undefined}
              data-nav={p.path}
            >
              {t(p.label)}
            </Link>
          ))}
        </nav>
        <div className="topbar-tools">
          <button
            type="button"
            data-testid="lang-toggle"
            onClick={() => chooseLang(lang === 'ar' ? 'en' : 'ar')}
          >
            {t('language')}
          </button>
          {apiKey ? (
            <button type="button" onClick={() => storeKey('')}>
              {t('forgetKey')}
            </button>
          ) : null}
        </div>
      </header>
      <main>
        {!apiKey ? (
          <ApiKeyForm onSave={storeKey} />
        ) : (
          <CatalogProvider apiKey={apiKey}>
            {View ? <View params={route.params} /> : <p>404</p>}
          </CatalogProvider>
        )}
      </main>
    </I18nContext.Provider>
  );
}
