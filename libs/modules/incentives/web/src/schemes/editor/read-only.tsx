import type { ReactNode } from 'react';

/**
 * Every field inside is disabled unless `allowed` (a native disabled
 * fieldset): readers see the whole configuration without being offered edits.
 */
export function ReadOnlyUnless({ allowed, children }: { allowed: boolean; children: ReactNode }) {
  return (
    <fieldset disabled={!allowed} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      {children}
    </fieldset>
  );
}
