import { z } from 'zod';
import { AlertsQuery } from '../alerts/alerts.controller.js';
import { EvaluateRuleQuery } from '../alerts/alert-rules.controller.js';
import { CreateRuleSchema, UpdateRuleSchema } from '../alerts/rule-settings.js';
import { RebuildQuery } from '../observations/rebuild.controller.js';
import { ScopeQuery } from '../read-api/catalog.controller.js';
import { NetworkQuery, PolarizationQuery } from '../read-api/networks.controller.js';
import { ArticleStatusQuery, ObservationsQuery } from '../read-api/observations.controller.js';
import { MoversQuery, OverviewQuery } from '../read-api/overview.controller.js';
import { CurrentPositionsQuery, PositionHistoryQuery, PositionsQuery, SeriesQuery } from '../read-api/positions.controller.js';
import { CreateWebhookSchema, DeliveriesQuery, UpdateWebhookSchema } from '../webhooks/webhooks.controller.js';
import type { RouteDoc } from './openapi.js';

const CSV = ['text/csv'];

/** Every HTTP route of the service, for the OpenAPI document (a test checks none is missing). */
export const ROUTES: readonly RouteDoc[] = [
  { method: 'get', path: '/actors', tag: 'catalog', scope: 'read', summary: "The codebook's actors with names and dated roles", query: ScopeQuery },
  { method: 'get', path: '/topics', tag: 'catalog', scope: 'read', summary: "The codebook's topics", query: ScopeQuery },
  { method: 'get', path: '/positions', tag: 'positions', scope: 'read', summary: "One actor's positions on all topics, or all actors on one topic (matrix), with Beta posteriors", query: PositionsQuery, alsoProduces: CSV },
  { method: 'get', path: '/positions/current', tag: 'positions', scope: 'read', summary: 'Decayed current positions (configurable half-life)', query: CurrentPositionsQuery, alsoProduces: CSV },
  { method: 'get', path: '/positions/history', tag: 'positions', scope: 'read', summary: 'History of the decayed current position of one (actor, topic)', query: PositionHistoryQuery, alsoProduces: CSV },
  { method: 'get', path: '/timeseries', tag: 'positions', scope: 'read', summary: 'Counts, net score and posterior per bucket for one (actor, topic)', query: SeriesQuery, alsoProduces: CSV },
  { method: 'get', path: '/observations', tag: 'observations', scope: 'read', summary: 'Observations with evidence and article link, newest first, cursor-paginated', query: ObservationsQuery, alsoProduces: CSV },
  { method: 'get', path: '/articles/{id}', tag: 'observations', scope: 'read', summary: 'One stored article with its text (evidence in context)' },
  { method: 'get', path: '/articles/status', tag: 'observations', scope: 'read', summary: 'Which articles have their observations stored', query: ArticleStatusQuery },
  { method: 'get', path: '/pipeline', tag: 'service', scope: 'read', summary: 'Message pipeline: stream sizes, consumer lag, recent dead letters with reasons' },
  { method: 'get', path: '/alerts', tag: 'alerts', scope: 'read', summary: 'Fired alerts with evidence, newest event first, cursor-paginated', query: AlertsQuery, alsoProduces: CSV },
  { method: 'get', path: '/alerts/{id}', tag: 'alerts', scope: 'read', summary: 'One alert' },
  { method: 'get', path: '/networks', tag: 'networks', scope: 'read', summary: 'Actor congruence and conflict network of a window, with communities', query: NetworkQuery, alsoProduces: ['application/graphml+xml'] },
  { method: 'get', path: '/polarization', tag: 'networks', scope: 'read', summary: 'Polarization index per topic over time', query: PolarizationQuery, alsoProduces: CSV },
  { method: 'get', path: '/overview', tag: 'overview', scope: 'read', summary: 'Volume of articles, observations and statements over time; biggest movers', query: OverviewQuery },
  { method: 'get', path: '/movers', tag: 'overview', scope: 'read', summary: 'Pairs whose net score moved most in the last window', query: MoversQuery, alsoProduces: CSV },
  { method: 'post', path: '/alert-rules', tag: 'alert rules', scope: 'admin', summary: 'Create a rule', body: CreateRuleSchema },
  { method: 'get', path: '/alert-rules', tag: 'alert rules', scope: 'admin', summary: 'List rules' },
  { method: 'get', path: '/alert-rules/{id}', tag: 'alert rules', scope: 'admin', summary: 'One rule' },
  { method: 'patch', path: '/alert-rules/{id}', tag: 'alert rules', scope: 'admin', summary: 'Change a rule', body: UpdateRuleSchema },
  { method: 'post', path: '/alert-rules/{id}/mute', tag: 'alert rules', scope: 'admin', summary: 'Mute a rule (no detection)' },
  { method: 'post', path: '/alert-rules/{id}/unmute', tag: 'alert rules', scope: 'admin', summary: 'Unmute a rule' },
  { method: 'delete', path: '/alert-rules/{id}', tag: 'alert rules', scope: 'admin', summary: 'Remove a rule and its alerts' },
  { method: 'post', path: '/alert-rules/{id}/evaluate', tag: 'alert rules', scope: 'admin', summary: 'Run a rule over stored history', query: EvaluateRuleQuery },
  { method: 'post', path: '/webhooks', tag: 'webhooks', scope: 'admin', summary: 'Register a receiver (the secret is returned once)', body: CreateWebhookSchema },
  { method: 'get', path: '/webhooks', tag: 'webhooks', scope: 'admin', summary: 'List receivers' },
  { method: 'patch', path: '/webhooks/{id}', tag: 'webhooks', scope: 'admin', summary: 'Change a receiver', body: UpdateWebhookSchema },
  { method: 'delete', path: '/webhooks/{id}', tag: 'webhooks', scope: 'admin', summary: 'Remove a receiver' },
  { method: 'get', path: '/webhooks/{id}/deliveries', tag: 'webhooks', scope: 'admin', summary: 'Delivery log', query: DeliveriesQuery },
  { method: 'post', path: '/admin/rebuild', tag: 'admin', scope: 'admin', summary: "Rebuild a codebook version's buckets from stored observations", query: RebuildQuery },
  { method: 'get', path: '/health', tag: 'service', scope: 'public', summary: 'Liveness and database readiness', query: z.object({}) },
  { method: 'get', path: '/docs', tag: 'service', scope: 'public', summary: 'This documentation (Swagger UI)' },
  { method: 'get', path: '/docs/openapi.json', tag: 'service', scope: 'public', summary: 'The OpenAPI document' },
];
