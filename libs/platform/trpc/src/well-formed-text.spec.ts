import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { assertWellFormedText, malformedTextPaths } from './well-formed-text';

describe('text PostgreSQL cannot store', () => {
  it('finds NUL characters and lone surrogates wherever they are, and nothing in valid text', () => {
    expect(malformedTextPaths({ name: 'Verdun', tags: ['a\u0000b', 'ok'], nested: { note: '\uD800' }, emoji: '👩‍⚕️' })).toEqual(
      expect.arrayContaining([['tags', 0], ['nested', 'note']]),
    );
    expect(malformedTextPaths({ name: 'Mont-de-Marsan', n: 1, list: [null, true, 'é'] })).toEqual([]);
  });

  it('walks input nested far deeper than the stack allows, quickly', () => {
    const deep = JSON.parse(`${'['.repeat(200_000)}"\\u0000"${']'.repeat(200_000)}`) as unknown;
    expect(malformedTextPaths(deep)[0]).toHaveLength(200_000);
  });

  it('refuses it as an invalid field', () => {
    expect(() => assertWellFormedText({ title: 'a\u0000' })).toThrow(TRPCError);
    expect(() => assertWellFormedText({ title: 'Soirée des internes' })).not.toThrow();
  });
});
