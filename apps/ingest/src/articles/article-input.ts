import { z } from 'zod';

/**
 * An article as operators push it: the JSON Lines article format of the codebook spec
 * (docs/codebook-format.md). `lang` and `published_at` may be missing.
 */
export const ArticleInputSchema = z
  .object({
    id: z.string().min(1).max(512).optional(),
    lang: z
      .string()
      .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/, 'must be a BCP-47 language tag')
      .optional(),
    published_at: z.iso.datetime({ offset: true }).or(z.iso.date()).nullable().optional(),
    source: z.string().max(512).nullable().optional(),
    url: z
      .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
      .max(4096)
      .nullable()
      .optional(),
    title: z.string().max(4096).nullable().optional(),
    text: z
      .string()
      .max(2_000_000, 'text is longer than 2,000,000 characters')
      .refine((t) => t.trim().length > 0, 'text must not be empty'),
  })
  .strict();

export type ArticleInput = z.infer<typeof ArticleInputSchema>;

export const ArticleBatchSchema = z.union([
  z.object({ articles: z.array(z.unknown()).min(1, 'articles must not be empty') }).strict(),
  z.array(z.unknown()).min(1, 'the batch must not be empty'),
]);

/** Says which field of which item is wrong, in one line a client can act on. */
export function describeIssues(error: z.ZodError, prefix = ''): string[] {
  return error.issues.map((i) => {
    const where = [prefix, ...i.path.map(String)].filter(Boolean).join('.');
    return where ? `${where}: ${i.message}` : i.message;
  });
}
