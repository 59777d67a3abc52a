import { useState } from 'react';
import { Async, Section } from '../components/Async.js';
import { FilterBar, ParamSelect } from '../components/Filters.js';
import { ApiError, callApi, useApi } from '../lib/api.js';
import type { Actor, CodebookVersion, LangText, Listing, Topic } from '../lib/api-types.js';
import { diffCodebooks, type ListDiff } from '../lib/codebook-diff.js';
import { formatDate } from '../lib/format.js';
import { textDirection, useI18n } from '../lib/i18n.js';
import { updateParams } from '../lib/router.js';

interface CodebookContent {
  actors: Actor[];
  topics: Topic[];
}

async function loadCodebook(codebookId: string): Promise<CodebookContent> {
  const [actors, topics] = await Promise.all([
    callApi<Listing<Actor>>('aggregation', '/actors', { query: { codebookId } }),
    callApi<Listing<Topic>>('aggregation', '/topics', { query: { codebookId } }),
  ]);
  return { actors: actors.items, topics: topics.items };
}

/** /codebook?version=<id>&compare=<id>&q=…: browse a version, diff it with another, import a new one. */
export function CodebookPage({ params }: { params: URLSearchParams }) {
  const { t, lang } = useI18n();
  const versions = useApi(
    async () => (await callApi<{ items: CodebookVersion[] }>('extraction', '/codebooks')).items,
    [],
  );
  return (
    <div data-page="codebook">
      <Async value={versions}>
        {(items) => {
          const version = items.find((v) => v.id === params.get('version')) ?? items[0];
          const older = items.filter(
            (v) => version && v.name === version.name && v.version < version.version,
          );
          const compare = items.find((v) => v.id === params.get('compare')) ?? older[0];
          return (
            <>
              <FilterBar>
                <ParamSelect
                  label={t('versions')}
                  param="version"
                  value={version?.id ?? ''}
                  options={items.map((v) => ({
                    value: v.id,
                    label: `${v.name} v${v.version} · ${formatDate(v.importedAt, lang)}`,
                  }))}
                />
                <ParamSelect
                  label={t('compareWith')}
                  param="compare"
                  value={compare?.id ?? ''}
                  emptyLabel="—"
                  options={items
                    .filter((v) => v !== version)
                    .map((v) => ({ value: v.id, label: `${v.name} v${v.version}` }))}
                />
              </FilterBar>
              {version && compare ? (
                <Section title={`${t('changes')}: v${compare.version} → v${version.version}`} id="diff">
                  <VersionDiff before={compare.id} after={version.id} />
                </Section>
              ) : null}
              {version ? (
                <CodebookBrowser codebookId={version.id} query={params.get('q') ?? ''} />
              ) : (
                <p>{t('noData')}</p>
              )}
              <Section title={t('importCodebook')} id="import">
                <ImportForm
                  onImported={(id) => {
                    versions.reload();
                    updateParams({ version: id, compare: undefined });
                  }}
                />
              </Section>
            </>
          );
        }}
      </Async>
    </div>
  );
}

function VersionDiff({ before, after }: { before: string; after: string }) {
  const { t } = useI18n();
  const diff = useApi(async () => {
    const [a, b] = await Promise.all([loadCodebook(before), loadCodebook(after)]);
    return diffCodebooks(a, b);
  }, [before, after]);
  return (
    <Async value={diff}>
      {(d) => (
        <div className="grid two" data-testid="codebook-diff">
          <DiffList title={t('actors')} diff={d.actors} />
          <DiffList title={t('topics')} diff={d.topics} />
        </div>
      )}
    </Async>
  );
}

function DiffList({ title, diff }: { title: string; diff: ListDiff }) {
  const { t } = useI18n();
  const empty = !diff.added.length && !diff.removed.length && !diff.changed.length;
  return (
    <div>
      <h3>{title}</h3>
      {empty ? <p className="muted">—</p> : null}
      <ul className="plain">
        {diff.added.map((id) => (
          <li key={`+${id}`} className="up">
            + {t('added')}: {id}
          </li>
        ))}
        {diff.removed.map((id) => (
          <li key={`-${id}`} className="down">
            − {t('removed')}: {id}
          </li>
        ))}
        {diff.changed.map((c) => (
          <li key={`~${c.id}`}>
            ~ {t('changed')}: {c.id} ({c.fields.join(', ')})
          </li>
        ))}
      </ul>
    </div>
  );
}

function CodebookBrowser({ codebookId, query }: { codebookId: string; query: string }) {
  const { t } = useI18n();
  const content = useApi(() => loadCodebook(codebookId), [codebookId]);
  const needle = query.trim().toLowerCase();
  const matches = (id: string, texts: (LangText | undefined)[]) =>
    !needle ||
    id.includes(needle) ||
    texts.some((x) => forms(x).some((f) => f.toLowerCase().includes(needle)));
  return (
    <>
      <FilterBar>
        <label className="filter">
          <span>{t('search')}</span>
          <input
            type="search"
            name="q"
            defaultValue={query}
            onChange={(e) => updateParams({ q: e.target.value }, { replace: true })}
          />
        </label>
      </FilterBar>
      <Async value={content}>
        {(c) => (
          <div className="grid two">
            <Section title={`${t('actors')} (${c.actors.length})`} id="codebook-actors">
              <div className="scroll">
                <table className="table">
                  <tbody>
                    {c.actors
                      .filter((a) => matches(a.id, [a.names, ...a.roles.map((r) => r.title)]))
                      .map((a) => (
                        <tr key={a.id} data-actor={a.id}>
                          <td>
                            <code>{a.id}</code>
                            <div className="muted small">{a.kind}</div>
                          </td>
                          <td>
                            <Forms text={a.names} />
                            {a.roles.map((r, i) => (
                              <div key={i} className="small">
                                {t('roles')}: <Forms text={r.title} /> ({r.from ?? '…'} – {r.to ?? '…'})
                              </div>
                            ))}
                            {a.memberOf.length ? (
                              <div className="small">
                                {t('memberOf')}: {a.memberOf.join(', ')}
                              </div>
                            ) : null}
                          </td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </div>
            </Section>
            <Section title={`${t('topics')} (${c.topics.length})`} id="codebook-topics">
              <div className="scroll">
                <table className="table">
                  <tbody>
                    {c.topics
                      .filter((x) => matches(x.id, [x.label, x.pro, x.anti]))
                      .map((x) => (
                        <tr key={x.id} data-topic={x.id}>
                          <td>
                            <code>{x.id}</code>
                          </td>
                          <td>
                            <Forms text={x.label} />
                            <div className="small up">
                              + <Forms text={x.pro} />
                            </div>
                            <div className="small down">
                              − <Forms text={x.anti} />
                            </div>
                          </td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </div>
            </Section>
          </div>
        )}
      </Async>
    </>
  );
}

function forms(text: LangText | undefined): string[] {
  return text ? Object.values(text).flatMap((v) => (Array.isArray(v) ? v : v ? [v] : [])) : [];
}

/** Surface forms per language, each in its own direction. */
function Forms({ text }: { text: LangText | undefined }) {
  if (!text) return null;
  return (
    <>
      {Object.entries(text).map(([l, v]) => (
        <div key={l} dir={textDirection(l)} lang={l} className="forms">
          {(Array.isArray(v) ? v : [v]).join(' · ')}
        </div>
      ))}
    </>
  );
}

function ImportForm({ onImported }: { onImported: (id: string) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [message, setMessage] = useState('');
  const submit = async () => {
    setMessage('');
    try {
      const res = await callApi<{ id: string; version: number; created: boolean }>(
        'extraction',
        '/codebooks',
        {
          method: 'POST',
          body: text,
          contentType: 'application/yaml',
        },
      );
      setMessage(`v${res.version}${res.created ? '' : ' (unchanged)'}`);
      onImported(res.id);
    } catch (e) {
      setMessage(e instanceof ApiError && e.status === 403 ? t('adminNeeded') : (e as Error).message);
    }
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <p className="muted small">{t('adminNeeded')}</p>
      <input
        type="file"
        accept=".yaml,.yml,.json"
        onChange={async (e) => setText((await e.target.files?.[0]?.text()) ?? '')}
      />
      <textarea
        name="codebook"
        rows={8}
        value={text}
        onChange={(e) => setText(e.target.value)}
        spellCheck={false}
        dir="auto"
      />
      <button type="submit" disabled={!text.trim()}>
        {t('import')}
      </button>
      {message ? (
        <pre className="message" role="status">
          {message}
        </pre>
      ) : null}
    </form>
  );
}
