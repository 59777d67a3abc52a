import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { callApi, useApi, type Loadable } from './api.js';
import type { Actor, Listing, Topic } from './api-types.js';
import { useI18n } from './i18n.js';
import { Async } from '../components/Async.js';

/** The latest codebook's actors and topics, loaded once and shared by every page for names. */
export interface Catalog {
  codebookId: string;
  actors: Actor[];
  topics: Topic[];
  actorById: Map<string, Actor>;
  topicById: Map<string, Topic>;
}

const CatalogContext = createContext<Loadable<Catalog>>({ state: 'loading' });

export function CatalogProvider({ apiKey, children }: { apiKey: string; children: ReactNode }) {
  const catalog = useApi(async () => {
    const [actors, topics] = await Promise.all([
      callApi<Listing<Actor>>('aggregation', '/actors'),
      callApi<Listing<Topic>>('aggregation', '/topics'),
    ]);
    return {
      codebookId: actors.codebookId,
      actors: actors.items,
      topics: topics.items,
      actorById: new Map(actors.items.map((a) => [a.id, a])),
      topicById: new Map(topics.items.map((x) => [x.id, x])),
    } satisfies Catalog;
  }, [apiKey]);
  // Pages wait for the catalog so that names, not ids, are drawn from the first frame on.
  return (
    <CatalogContext.Provider value={catalog}>
      <Async value={catalog}>{() => children}</Async>
    </CatalogContext.Provider>
  );
}

export function useCatalog(): Loadable<Catalog> {
  return useContext(CatalogContext);
}

/** Display names in the UI language; ids when the catalog is not loaded (yet). */
export function useNames() {
  const catalog = useCatalog();
  const { pick } = useI18n();
  return useMemo(() => {
    const ready = catalog.state === 'ready' ? catalog.data : undefined;
    return {
      actor: (id: string) => pick(ready?.actorById.get(id)?.names, id),
      topic: (id: string) => pick(ready?.topicById.get(id)?.label, id),
      kindOf: (id: string) => ready?.actorById.get(id)?.kind,
    };
  }, [catalog, pick]);
}
