import { useState } from 'react';
import { Async, Section } from '../components/Async.js';
import { AlertList } from '../components/AlertList.js';
import { FilterBar, ParamSelect } from '../components/Filters.js';
import { ALERT_KINDS, listAlerts, listRules, type RuleView } from '../lib/alerts.js';
import { ApiError, callApi, useApi } from '../lib/api.js';
import { useCatalog, useNames } from '../lib/catalog.js';
import { formatDate } from '../lib/format.js';
import { useI18n } from '../lib/i18n.js';

export function AlertsPage({ params }: { params: URLSearchParams }) {
  const { t } = useI18n();
  const catalog = useCatalog();
  const names = useNames();
  const actor = params.get('actor') ?? '';
  const topic = params.get('topic') ?? '';
  const kind = params.get('kind') ?? '';
  const historical = params.get('historical') ?? '';
  const alerts = useApi(
    () => listAlerts({ actor, topic, kind, historical, limit: 100 }),
    [actor, topic, kind, historical],
  );
  const actors = catalog.state === 'ready' ? catalog.data.actors : [];
  const topics = catalog.state === 'ready' ? catalog.data.topics : [];
  return (
    <div data-page="alerts">
      <FilterBar>
        <ParamSelect
          label={t('actor')}
          param="actor"
          value={actor}
          emptyLabel="—"
          options={actors.map((a) => ({ value: a.id, label: names.actor(a.id) }))}
        />
        <ParamSelect
          label={t('topic')}
          param="topic"
          value={topic}
          emptyLabel="—"
          options={topics.map((x) => ({ value: x.id, label: names.topic(x.id) }))}
        />
        <ParamSelect
          label={t('kind')}
          param="kind"
          value={kind}
          emptyLabel="—"
          options={ALERT_KINDS.map((k) => ({ value: k, label: k }))}
        />
        <ParamSelect
          label={t('status')}
          param="historical"
          value={historical}
          emptyLabel="—"
          options={[
            { value: 'false', label: t('live') },
            { value: 'true', label: t('historical') },
          ]}
        />
      </FilterBar>
      <div className="grid">
        <Section title={t('alerts')} id="alert-list">
          <Async value={alerts}>{(items) => <AlertList alerts={items} />}</Async>
        </Section>
        <Section title={t('rules')} id="rules">
          <RulesPanel />
        </Section>
        <Section title={t('webhooks')} id="webhooks">
          <WebhookDeliveries />
        </Section>
      </div>
    </div>
  );
}

function RulesPanel() {
  const { t } = useI18n();
  const rules = useApi(() => listRules(), []);
  const [editing, setEditing] = useState<RuleView | 'new' | null>(null);
  const [error, setError] = useState('');
  const run = async (call: () => Promise<unknown>) => {
    setError('');
    try {
      await call();
      setEditing(null);
      rules.reload();
    } catch (e) {
      setError(e instanceof ApiError && e.status === 403 ? t('adminNeeded') : (e as Error).message);
    }
  };
  const save = (draft: RuleDraft, id?: string) =>
    run(() =>
      callApi('aggregation', id ? `/alert-rules/${id}` : '/alert-rules', {
        method: id ? 'PATCH' : 'POST',
        body: draft,
      }),
    );
  const toggleMute = (rule: RuleView) =>
    run(() =>
      callApi('aggregation', `/alert-rules/${rule.id}/${rule.muted ? 'unmute' : 'mute'}`, { method: 'POST' }),
    );
  return (
    <div>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <Async value={rules}>
        {(items) => (
          <table className="table" data-testid="rules">
            <tbody>
              {items.map((r) => (
                <tr key={r.id} data-rule={r.id}>
                  <td>
                    <bdi>{r.name}</bdi>
                    {r.muted ? <span className="badge">{t('muted')}</span> : null}
                  </td>
                  <td className="small">{r.kinds.join(', ')}</td>
                  <td className="small">
                    {r.actors.length || '∗'} {t('actors')} · {r.topics.length || '∗'} {t('topics')}
                  </td>
                  <td>
                    <button type="button" onClick={() => setEditing(r)}>
                      {t('edit')}
                    </button>{' '}
                    <button type="button" data-action="mute" onClick={() => toggleMute(r)}>
                      {r.muted ? t('unmute') : t('mute')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Async>
      {editing ? (
        <RuleForm
          rule={editing === 'new' ? undefined : editing}
          onCancel={() => setEditing(null)}
          onSave={(d) => save(d, editing === 'new' ? undefined : editing.id)}
        />
      ) : (
        <button type="button" data-action="new-rule" onClick={() => setEditing('new')}>
          {t('newRule')}
        </button>
      )}
    </div>
  );
}

interface RuleDraft {
  name: string;
  actors: string[];
  topics: string[];
  kinds: string[];
}

function RuleForm({
  rule,
  onSave,
  onCancel,
}: {
  rule?: RuleView;
  onSave: (draft: RuleDraft) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const catalog = useCatalog();
  const names = useNames();
  const [name, setName] = useState(rule?.name ?? '');
  const [actors, setActors] = useState<string[]>(rule?.actors ?? []);
  const [topics, setTopics] = useState<string[]>(rule?.topics ?? []);
  const [kinds, setKinds] = useState<string[]>(rule?.kinds ?? [...ALERT_KINDS]);
  const ready = catalog.state === 'ready' ? catalog.data : undefined;
  const selected = (e: React.ChangeEvent<HTMLSelectElement>) =>
    [...e.target.selectedOptions].map((o) => o.value);
  return (
    <form
      className="rule-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ name, actors, topics, kinds });
      }}
    >
      <label>
        {t('name')} <input name="name" value={name} required onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        {t('actors')}
        <select multiple name="actors" value={actors} onChange={(e) => setActors(selected(e))} size={5}>
          {ready?.actors.map((a) => (
            <option key={a.id} value={a.id}>
              {names.actor(a.id)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('topics')}
        <select multiple name="topics" value={topics} onChange={(e) => setTopics(selected(e))} size={5}>
          {ready?.topics.map((x) => (
            <option key={x.id} value={x.id}>
              {names.topic(x.id)}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('kinds')}</legend>
        {ALERT_KINDS.map((k) => (
          <label key={k} className="inline">
            <input
              type="checkbox"
              name={`kind-${k}`}
              checked={kinds.includes(k)}
              onChange={(e) => setKinds(e.target.checked ? [...kinds, k] : kinds.filter((x) => x !== k))}
            />
            {k}
          </label>
        ))}
      </fieldset>
      <button type="submit">{rule ? t('save') : t('create')}</button>{' '}
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </form>
  );
}

interface Delivery {
  id: string;
  url?: string;
  alertId: string;
  status: string;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  createdAt?: string;
}

function WebhookDeliveries() {
  const { t, lang } = useI18n();
  // Webhooks and their delivery logs are admin-only: a read key sees a clear note instead.
  const deliveries = useApi(async () => {
    const hooks = (await callApi<{ items: { id: string; url: string }[] }>('aggregation', '/webhooks')).items;
    const logs = await Promise.all(
      hooks.map(async (h) =>
        (
          await callApi<{ items: Delivery[] }>('aggregation', `/webhooks/${h.id}/deliveries`, {
            query: { limit: 20 },
          })
        ).items.map((d) => ({ ...d, url: h.url })),
      ),
    );
    return logs.flat();
  }, []);
  return (
    <Async value={deliveries}>
      {(items) =>
        items.length ? (
          <table className="table">
            <thead>
              <tr>
                <th>URL</th>
                <th>{t('status')}</th>
                <th>{t('attempts')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {items.map((d) => (
                <tr key={d.id}>
                  <td className="small">
                    <bdi>{d.url}</bdi>
                  </td>
                  <td>
                    <span className={`badge delivery-${d.status}`}>{d.status}</span>
                  </td>
                  <td>{d.attempts}</td>
                  <td className="small">
                    {d.lastStatus ?? ''} {d.lastError ?? ''} {formatDate(d.createdAt, lang)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">{t('noData')}</p>
        )
      }
    </Async>
  );
}
