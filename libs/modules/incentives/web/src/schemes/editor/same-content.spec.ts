import { describe, expect, it } from 'vitest';
import { sameContent } from './same-content';

describe('unsaved changes', () => {
  it('ignore key order and absent optional values', () => {
    expect(sameContent({ label: 'a', expectEligible: true, profile: { b: 1, a: [1, 2] } }, { profile: { a: [1, 2], b: 1 }, expectEligible: true, label: 'a', expectedAmountCents: undefined })).toBe(true);
  });

  it('see a changed value or order in a list', () => {
    expect(sameContent({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameContent({ a: null }, { a: 0 })).toBe(false);
  });
});
