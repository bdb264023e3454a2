import type { z } from 'zod';
import { ParleyError } from '../shared/errors.js';

/** Validates untrusted input; the error names the first offending field. */
export function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const r = schema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'body';
    throw new ParleyError('bad_request', `${where}: ${issue?.message ?? 'invalid'}`);
  }
  return r.data;
}
