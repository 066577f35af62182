import { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

interface Visit {
  node: unknown;
  key: string | number | null;
  parent: Visit | null;
}

const pathOf = (visit: Visit) => {
  const path: (string | number)[] = [];
  for (let at: Visit | null = visit; at && at.key !== null; at = at.parent) path.push(at.key);
  return path.reverse();
};

/**
 * Paths of the strings in `value` that PostgreSQL cannot store: NUL characters
 * and lone UTF-16 surrogates. Walked without recursion nor copied paths: input
 * nested thousands deep must neither overflow the stack nor take quadratic time.
 */
export function malformedTextPaths(value: unknown): (string | number)[][] {
  const found: (string | number)[][] = [];
  const pending: Visit[] = [{ node: value, key: null, parent: null }];
  for (let visit = pending.pop(); visit; visit = pending.pop()) {
    const parent = visit;
    const { node } = parent;
    if (typeof node === 'string') {
      if (node.includes('\u0000') || LONE_SURROGATE.test(node)) found.push(pathOf(parent));
    } else if (Array.isArray(node)) {
      node.forEach((child, index) => pending.push({ node: child, key: index, parent }));
    } else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) pending.push({ node: child, key, parent });
    }
  }
  return found;
}

/** Refuses such input like any invalid field, before it reaches a handler (a database error would be a 500). */
export function assertWellFormedText(input: unknown) {
  const paths = malformedTextPaths(input);
  if (paths.length === 0) return;
  const issues = paths.map((path) => ({ code: 'custom' as const, path, message: 'errors:validation.invalid', input: undefined }));
  throw new TRPCError({ code: 'BAD_REQUEST', message: 'errors:badRequest', cause: new ZodError(issues) });
}
