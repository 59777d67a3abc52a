import type { ReactNode } from 'react';
import type { Loadable } from '../lib/api.js';
import { ApiError } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';

/** Renders a loading state, a clear "not available" for a missing endpoint, an error, or the data. */
export function Async<T>({ value, children }: { value: Loadable<T>; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  if (value.state === 'loading') return <p className="muted">{t('loading')}</p>;
  if (value.state === 'error') {
    const error = value.error;
    if (error instanceof ApiError && error.missing) {
      return (
        <p className="not-available" data-testid="not-available">
          {t('notAvailable')}: {t('notAvailableYet')}
        </p>
      );
    }
    if (error instanceof ApiError && error.status === 403) {
      return (
        <p className="not-available" data-testid="forbidden">
          {t('adminNeeded')}
        </p>
      );
    }
    return (
      <p className="error" role="alert">
        {t('errorPrefix')}: {error.message}
      </p>
    );
  }
  return <>{children(value.data)}</>;
}

export function Section({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  return (
    <section className="card" data-section={id}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}
