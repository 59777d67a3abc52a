import { useEffect, useState, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/** The current page and its filters; everything a view shows is derived from the URL. */
export interface Route {
  path: string;
  params: URLSearchParams;
}

const NAVIGATED = 'stance:navigated';

function readRoute(): Route {
  return { path: window.location.pathname, params: new URLSearchParams(window.location.search) };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(readRoute);
  useEffect(() => {
    const update = () => setRoute(readRoute());
    window.addEventListener('popstate', update);
    window.addEventListener(NAVIGATED, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(NAVIGATED, update);
    };
  }, []);
  return route;
}

/** Builds "path?query" from params, leaving out empty values so URLs stay short. */
export function buildHref(
  path: string,
  params: Record<string, string | number | undefined | null> = {},
): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') query.set(k, String(v));
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}

export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  window.dispatchEvent(new Event(NAVIGATED));
}

/** Replaces some query parameters of the current URL (filters), keeping the rest. */
export function updateParams(
  changes: Record<string, string | undefined>,
  options: { replace?: boolean } = {},
): void {
  const params = new URLSearchParams(window.location.search);
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined || v === '') params.delete(k);
    else params.set(k, v);
  }
  const qs = params.toString();
  navigate(qs ? `${window.location.pathname}?${qs}` : window.location.pathname, options);
}

/** An in-app link: a real href (open in new tab, copy link) with client-side navigation on click. */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handle} {...rest} />;
}
