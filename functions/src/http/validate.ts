/** Request validation at the edge: zod schemas from the contract, one clear 400 on failure. */
import type { z } from 'zod';
import { badRequest } from './errors';

/** Parses `input` with `schema` or throws a 400 naming each offending field. */
export function parse<S extends z.ZodType>(schema: S, input: unknown, what = 'request'): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message));
  throw badRequest(`Invalid ${what}: ${problems.join('; ')}.`);
}
