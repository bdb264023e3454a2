import type { z } from 'zod';
import { ParleyError } from '../shared/errors.js';
import { hasNul } from '../shared/pg-text.js';

/** Validates untrusted input; the error names the first offending field. */
export function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const r = schema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'body';
    throw new ParleyError('bad_request', `${where}: ${issue?.message ?? 'invalid'}`);
  }
  const nul = nulPath(r.data, []);
  if (nul) throw new ParleyError('bad_request', `${nul.join('.') || 'body'}: must not contain NUL characters`);
  return r.data;
}

/** Where a string with a NUL character sits in validated input (Postgres text cannot hold one). */
function nulPath(v: unknown, path: Array<string | number>): Array<string | number> | undefined {
  if (typeof v === 'string') return hasNul(v) ? path : undefined;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const p = nulPath(v[i], [...path, i]);
      if (p) return p;
    }
  } else if (typeof v === 'object' && v !== null) {
    for (const [k, x] of Object.entries(v)) {
      const p = nulPath(x, [...path, k]);
      if (p) return p;
    }
  }
  return undefined;
}
