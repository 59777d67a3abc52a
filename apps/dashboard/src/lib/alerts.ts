import { callApi, type Query } from './api.js';

/** An alert as the read API returns it (field names normalised across API revisions). */
export interface AlertView {
  id: string;
  ruleId: string | null;
  actor: string;
  topic: string;
  kind: string;
  historical: boolean;
  eventTime: string;
  firedAt: string | null;
  summary: string;
  evidence: { observationId: string; articleId: string; url?: string }[];
}

export interface RuleView {
  id: string;
  name: string;
  actors: string[];
  topics: string[];
  kinds: string[];
  settings: Record<string, unknown>;
  muted: boolean;
}

export const ALERT_KINDS = ['flip', 'shift', 'first', 'surge'] as const;

type Raw = Record<string, unknown>;

const str = (v: unknown): string =>
  typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.map(str) : []);

export function toAlertView(raw: Raw): AlertView {
  const evidence = Array.isArray(raw.evidence) ? (raw.evidence as Raw[]) : [];
  return {
    id: str(raw.id),
    ruleId: raw.ruleId === undefined ? null : str(raw.ruleId),
    actor: str(raw.actor ?? raw.actorKey),
    topic: str(raw.topic ?? raw.topicKey),
    kind: str(raw.kind),
    historical: raw.historical === true,
    eventTime: str(raw.eventTime),
    firedAt: raw.firedAt ? str(raw.firedAt) : null,
    summary: str(raw.summary),
    evidence: evidence.map((e) => ({
      observationId: str(e.observationId),
      articleId: str(e.articleId),
      ...(typeof e.url === 'string' ? { url: e.url } : {}),
    })),
  };
}

export function toRuleView(raw: Raw): RuleView {
  return {
    id: str(raw.id),
    name: str(raw.name),
    actors: strs(raw.actors),
    topics: strs(raw.topics),
    kinds: strs(raw.kinds),
    settings: (raw.settings && typeof raw.settings === 'object' ? raw.settings : {}) as Record<
      string,
      unknown
    >,
    muted: raw.muted === true,
  };
}

export async function listAlerts(query: Query): Promise<AlertView[]> {
  const page = await callApi<{ items: Raw[] }>('aggregation', '/alerts', { query });
  return page.items.map(toAlertView);
}

export async function getAlert(id: string): Promise<AlertView> {
  return toAlertView(await callApi<Raw>('aggregation', `/alerts/${encodeURIComponent(id)}`));
}

export async function listRules(): Promise<RuleView[]> {
  const page = await callApi<{ items: Raw[] }>('aggregation', '/alert-rules');
  return page.items.map(toRuleView);
}
