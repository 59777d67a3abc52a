// `stance alerts rules add|list|mute|remove|evaluate`: alert rules through the aggregation API.
import { parseArgs, requireOption, type ParsedArgs } from '../args.js';
import { EXIT_FAILED, EXIT_OK, UsageError, type CliCommand, type CliIo } from '../command.js';
import { callServiceApi, resolveServiceApi, SERVICE_API_OPTIONS, serviceApiHelp } from './service-api.js';

interface RuleView {
  id: string;
  name: string;
  actors: string[];
  topics: string[];
  kinds: string[];
  muted: boolean;
  settings: Record<string, number>;
}

/** Numeric options of `add` and the settings field each fills. */
const NUMERIC_SETTINGS: Record<string, string> = {
  'window-days': 'windowDays',
  'baseline-days': 'baselineDays',
  'min-evidence': 'minEvidence',
  'cooldown-days': 'cooldownDays',
  'flip-probability': 'flipProbability',
  'shift-delta': 'shiftDelta',
  'surge-factor': 'surgeFactor',
  'surge-min-count': 'surgeMinCount',
};

function list(value: string | undefined): string[] | undefined {
  return value === undefined
    ? undefined
    : value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
}

/** The rule body for POST /alert-rules from the command line. */
export function buildRuleBody(parsed: ParsedArgs): Record<string, unknown> {
  const settings: Record<string, number> = {};
  for (const [option, field] of Object.entries(NUMERIC_SETTINGS)) {
    const raw = parsed.options.get(option);
    if (raw === undefined) continue;
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value))
      throw new UsageError(`--${option} must be a number, got ${JSON.stringify(raw)}`);
    settings[field] = value;
  }
  const actors = list(parsed.options.get('actors'));
  const topics = list(parsed.options.get('topics'));
  const kinds = list(parsed.options.get('kinds'));
  return {
    name: requireOption(parsed, 'name'),
    ...(actors && { actors }),
    ...(topics && { topics }),
    ...(kinds && { kinds }),
    ...(Object.keys(settings).length > 0 && { settings }),
    ...(parsed.flags.has('muted') && { muted: true }),
  };
}

export function formatRule(r: RuleView): string {
  const scope = `actors=${r.actors.length ? r.actors.join(',') : '*'} topics=${r.topics.length ? r.topics.join(',') : '*'}`;
  const s = r.settings;
  return `${r.id}  ${r.muted ? 'MUTED ' : ''}${r.name}  [${r.kinds.join(',')}]  ${scope}  window=${s.windowDays}d baseline=${s.baselineDays}d cooldown=${s.cooldownDays}d minEvidence=${s.minEvidence}`;
}

/** Runs an API call, turning service errors into a message and exit code 1. */
async function reportFailures(io: CliIo, work: () => Promise<void>): Promise<number> {
  try {
    await work();
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    io.stderr.write(`stance alerts: ${(error as Error).message}\n`);
    return EXIT_FAILED;
  }
}

function oneId(parsed: ParsedArgs): string {
  if (parsed.positionals.length !== 1) throw new UsageError('give exactly one rule id');
  return encodeURIComponent(parsed.positionals[0]!);
}

export const alertsRulesAddCommand: CliCommand = {
  path: ['alerts', 'rules', 'add'],
  summary: 'create an alert rule (flip, shift, first, surge) through the aggregation API',
  help: `usage: stance alerts rules add --name NAME [--actors a,b] [--topics t,u] [--kinds flip,shift,first,surge]
                              [--window-days N] [--baseline-days N] [--min-evidence N] [--cooldown-days N]
                              [--flip-probability P] [--shift-delta D] [--surge-factor K] [--surge-min-count N]
                              [--muted] [--url URL] [--key KEY]

Empty actor or topic lists watch everything. Unset thresholds take the service defaults
(window 7 days, baseline 28, cooldown 7, minimum evidence 3, flip probability 0.9, shift 0.5,
surge ×3 with at least 5 statements). Prints the new rule.
${serviceApiHelp('aggregation')}`,
  async run(args, io) {
    const parsed = parseArgs(args, {
      valued: ['name', 'actors', 'topics', 'kinds', ...Object.keys(NUMERIC_SETTINGS), ...SERVICE_API_OPTIONS],
      flags: ['muted'],
    });
    const body = buildRuleBody(parsed);
    const api = await resolveServiceApi(parsed, process.env, 'aggregation');
    return reportFailures(io, async () => {
      const rule = (await callServiceApi(api, 'POST', '/alert-rules', body)) as RuleView;
      io.stdout.write(`${formatRule(rule)}\n`);
    });
  },
};

export const alertsRulesListCommand: CliCommand = {
  path: ['alerts', 'rules', 'list'],
  summary: 'list alert rules',
  help: `usage: stance alerts rules list [--json] [--url URL] [--key KEY]\n\n${serviceApiHelp('aggregation')}`,
  async run(args, io) {
    const parsed = parseArgs(args, { valued: [...SERVICE_API_OPTIONS], flags: ['json'] });
    const api = await resolveServiceApi(parsed, process.env, 'aggregation');
    return reportFailures(io, async () => {
      const { items } = (await callServiceApi(api, 'GET', '/alert-rules')) as { items: RuleView[] };
      if (parsed.flags.has('json')) io.stdout.write(`${JSON.stringify(items, null, 2)}\n`);
      else for (const rule of items) io.stdout.write(`${formatRule(rule)}\n`);
    });
  },
};

export const alertsRulesMuteCommand: CliCommand = {
  path: ['alerts', 'rules', 'mute'],
  summary: 'mute an alert rule (or --unmute it)',
  help: `usage: stance alerts rules mute RULE_ID [--unmute] [--url URL] [--key KEY]

A muted rule is not evaluated: it raises no alerts until unmuted.
${serviceApiHelp('aggregation')}`,
  async run(args, io) {
    const parsed = parseArgs(args, { valued: [...SERVICE_API_OPTIONS], flags: ['unmute'] });
    const id = oneId(parsed);
    const api = await resolveServiceApi(parsed, process.env, 'aggregation');
    return reportFailures(io, async () => {
      const rule = (await callServiceApi(
        api,
        'POST',
        `/alert-rules/${id}/${parsed.flags.has('unmute') ? 'unmute' : 'mute'}`,
      )) as RuleView;
      io.stdout.write(`${formatRule(rule)}\n`);
    });
  },
};

export const alertsRulesRemoveCommand: CliCommand = {
  path: ['alerts', 'rules', 'remove'],
  summary: 'remove an alert rule and its alerts',
  help: `usage: stance alerts rules remove RULE_ID [--url URL] [--key KEY]\n\n${serviceApiHelp('aggregation')}`,
  async run(args, io) {
    const parsed = parseArgs(args, { valued: [...SERVICE_API_OPTIONS] });
    const id = oneId(parsed);
    const api = await resolveServiceApi(parsed, process.env, 'aggregation');
    return reportFailures(io, async () => {
      await callServiceApi(api, 'DELETE', `/alert-rules/${id}`);
      io.stdout.write(`removed ${decodeURIComponent(id)}\n`);
    });
  },
};

export const alertsRulesEvaluateCommand: CliCommand = {
  path: ['alerts', 'rules', 'evaluate'],
  summary: 'run an alert rule over the stored history (alerts come out historical)',
  help: `usage: stance alerts rules evaluate RULE_ID [--from ISO-TIME] [--codebook-id UUID] [--url URL] [--key KEY]\n\n${serviceApiHelp('aggregation')}`,
  async run(args, io) {
    const parsed = parseArgs(args, { valued: ['from', 'codebook-id', ...SERVICE_API_OPTIONS] });
    const id = oneId(parsed);
    const api = await resolveServiceApi(parsed, process.env, 'aggregation');
    const query = new URLSearchParams();
    if (parsed.options.has('from')) query.set('from', parsed.options.get('from')!);
    if (parsed.options.has('codebook-id')) query.set('codebookId', parsed.options.get('codebook-id')!);
    return reportFailures(io, async () => {
      const result = (await callServiceApi(
        api,
        'POST',
        `/alert-rules/${id}/evaluate${query.size ? `?${query}` : ''}`,
      )) as {
        found: number;
        stored: number;
      };
      io.stdout.write(`found ${result.found} alerts, stored ${result.stored} new\n`);
    });
  },
};

export const ALERTS_COMMANDS: readonly CliCommand[] = [
  alertsRulesAddCommand,
  alertsRulesListCommand,
  alertsRulesMuteCommand,
  alertsRulesRemoveCommand,
  alertsRulesEvaluateCommand,
];
