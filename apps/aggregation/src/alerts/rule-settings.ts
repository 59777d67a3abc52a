import { z } from 'zod';
import { ALERT_KINDS, DEFAULT_RULE_SETTINGS, type AlertKind, type AlertRule } from '@stance/positions';

const DAY_MS = 86_400_000;
const codebookKey = () =>
  z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a codebook id (lowercase letters, digits, -)');

/** Thresholds of a rule as the API takes and shows them (days rather than milliseconds). */
export const RuleSettingsSchema = z
  .object({
    windowDays: z
      .number()
      .positive()
      .max(3650)
      .default(DEFAULT_RULE_SETTINGS.windowMs / DAY_MS),
    baselineDays: z
      .number()
      .positive()
      .max(3650)
      .default(DEFAULT_RULE_SETTINGS.baselineMs / DAY_MS),
    minEvidence: z.int().min(0).max(100_000).default(DEFAULT_RULE_SETTINGS.minEvidence),
    cooldownDays: z
      .number()
      .min(0)
      .max(3650)
      .default(DEFAULT_RULE_SETTINGS.cooldownMs / DAY_MS),
    flipProbability: z.number().gt(0.5).lt(1).default(DEFAULT_RULE_SETTINGS.flipProbability),
    shiftDelta: z.number().gt(0).max(2).default(DEFAULT_RULE_SETTINGS.shiftDelta),
    surgeFactor: z.number().min(1).default(DEFAULT_RULE_SETTINGS.surgeFactor),
    surgeMinCount: z.int().min(0).default(DEFAULT_RULE_SETTINGS.surgeMinCount),
  })
  .strict();

export type RuleSettings = z.output<typeof RuleSettingsSchema>;

export const CreateRuleSchema = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(200),
    actors: z.array(codebookKey()).max(1000).default([]),
    topics: z.array(codebookKey()).max(1000).default([]),
    kinds: z
      .array(z.enum(ALERT_KINDS as [AlertKind, ...AlertKind[]]))
      .min(1)
      .default([...ALERT_KINDS]),
    settings: RuleSettingsSchema.default(RuleSettingsSchema.parse({})),
    muted: z.boolean().default(false),
  })
  .strict();

export const UpdateRuleSchema = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(200).optional(),
    actors: z.array(codebookKey()).max(1000).optional(),
    topics: z.array(codebookKey()).max(1000).optional(),
    kinds: z
      .array(z.enum(ALERT_KINDS as [AlertKind, ...AlertKind[]]))
      .min(1)
      .optional(),
    settings: RuleSettingsSchema.partial().optional(),
    muted: z.boolean().optional(),
  })
  .strict();

export interface StoredRule {
  id: string;
  name: string;
  actors: string[];
  topics: string[];
  kinds: string[];
  settings: unknown;
  muted: boolean;
}

/** The stored settings, with defaults for anything an older row lacks. */
export function readSettings(settings: unknown): RuleSettings {
  return RuleSettingsSchema.parse(typeof settings === 'object' && settings !== null ? settings : {});
}

/** A stored rule as the change detector takes it. */
export function toAlertRule(row: StoredRule): AlertRule {
  const s = readSettings(row.settings);
  return {
    id: row.id,
    actors: row.actors,
    topics: row.topics,
    kinds: row.kinds.filter((k): k is AlertKind => (ALERT_KINDS as readonly string[]).includes(k)),
    windowMs: s.windowDays * DAY_MS,
    baselineMs: s.baselineDays * DAY_MS,
    minEvidence: s.minEvidence,
    cooldownMs: s.cooldownDays * DAY_MS,
    flipProbability: s.flipProbability,
    shiftDelta: s.shiftDelta,
    surgeFactor: s.surgeFactor,
    surgeMinCount: s.surgeMinCount,
  };
}
