import { z } from 'zod';

export interface RouteDoc {
  readonly method: 'get' | 'post' | 'patch' | 'delete';
  /** OpenAPI path, e.g. /alert-rules/{id}. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly scope: 'read' | 'admin' | 'public';
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  /** Media types of a 200 answer besides JSON (CSV, GraphML). */
  readonly alsoProduces?: readonly string[];
}

type JsonSchema = Record<string, unknown> & {
  properties?: Record<string, Record<string, unknown>>;
  required?: string[];
};

/** JSON Schema of what a client sends (input side: before defaults and transforms). */
function inputSchema(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  delete json.$schema;
  return json;
}

function queryParameters(schema: z.ZodType) {
  const json = inputSchema(schema);
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: 'query',
      required: (json.required ?? []).includes(name) && !('default' in property),
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    };
  });
}

function pathParameters(path: string) {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1]!,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
}

const ERROR_SCHEMA = {
  type: 'object',
  properties: { statusCode: { type: 'integer' }, code: { type: 'string' }, message: { type: 'string' } },
};

function errorResponse(description: string) {
  return { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
}

/** The OpenAPI 3.1 document of the HTTP API, built from the same zod schemas the handlers parse with. */
export function buildOpenApiDocument(routes: readonly RouteDoc[], info: { title: string; version: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const produces = ['application/json', ...(route.alsoProduces ?? [])];
    paths[route.path] ??= {};
    paths[route.path]![route.method] = {
      tags: [route.tag],
      summary: route.summary,
      operationId: `${route.method}${route.path.replace(/[^a-zA-Z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase())}`,
      parameters: [...pathParameters(route.path), ...(route.query ? queryParameters(route.query) : [])],
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: inputSchema(route.body) } },
            },
          }
        : {}),
      ...(route.scope === 'public' ? { security: [] } : { 'x-required-scope': route.scope }),
      responses: {
        200: { description: 'OK', content: Object.fromEntries(produces.map((m) => [m, {}])) },
        400: errorResponse('a parameter or the body is invalid (the message names it)'),
        ...(route.scope === 'public'
          ? {}
          : {
              401: errorResponse('no or unknown API key'),
              403: errorResponse(`the key lacks the ${route.scope} scope`),
            }),
        404: errorResponse('not found (codebook, rule, webhook, alert)'),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      ...info,
      description:
        'Positions over time, alerts and networks of Stance Tracker. Authenticate with `Authorization: Bearer <key>` or `X-API-Key`; read endpoints need the read scope, rules and webhooks the admin scope. Every read takes `codebookId` (default: the latest imported codebook).',
    },
    security: [{ bearer: [] }, { apiKey: [] }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
      },
      schemas: { Error: ERROR_SCHEMA },
    },
    paths,
  };
}
