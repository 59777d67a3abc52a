import type { z } from 'zod';

/** Parses a service's environment once at boot; any missing or malformed value stops the boot. */
export function readEnvConfig<S extends z.ZodType>(
  service: string,
  schema: S,
  env: NodeJS.ProcessEnv,
): z.infer<S> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`${service}: invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
