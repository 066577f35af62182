import { describe, expect, it } from 'vitest';
import { SELECTION_MODES } from '../vocabulary';
import { APPLICATION_STATUSES, type Actor, type ApplicationStatus } from './application-status';
import { allowedTransitions, canTransition, isTerminal, type WorkflowScheme } from './transitions';

/** The workflow as the scheme's rules state it: from → to → who, and for which schemes. */
type Row = [ApplicationStatus, ApplicationStatus, Actor, (s: WorkflowScheme) => boolean];
const always = () => true;
const TABLE: Row[] = [
  ['draft', 'submitted', 'candidate', always],
  ['draft', 'withdrawn', 'candidate', always],
  ['submitted', 'withdrawn', 'candidate', always],
  ['under-review', 'withdrawn', 'candidate', always],
  ['committee', 'withdrawn', 'candidate', always],
  ['submitted', 'under-review', 'officer', always],
  ['under-review', 'committee', 'officer', (s) => s.selection === 'committee'],
  ['under-review', 'approved', 'officer', (s) => s.selection === 'automatic'],
  ['under-review', 'rejected', 'officer', always],
  ['committee', 'approved', 'officer', always],
  ['committee', 'rejected', 'officer', always],
  ['approved', 'agreement-signed', 'officer', always],
  ['agreement-signed', 'being-paid', 'officer', always],
  ['agreement-signed', 'commitment-running', 'officer', (s) => s.hasCommitment],
  ['being-paid', 'commitment-running', 'officer', (s) => s.hasCommitment],
  ['being-paid', 'completed', 'officer', (s) => !s.hasCommitment],
  ['commitment-running', 'completed', 'officer', always],
  ['commitment-running', 'commitment-broken', 'officer', always],
  ['commitment-broken', 'repayment', 'officer', always],
  ['repayment', 'repaid', 'officer', always],
];

const SCHEMES: WorkflowScheme[] = SELECTION_MODES.flatMap((selection) => [true, false].map((hasCommitment) => ({ selection, hasCommitment })));
const ACTORS: Actor[] = ['candidate', 'officer'];

describe('application workflow', () => {
  it('allows exactly the moves of the table, for every status pair, actor and kind of scheme', () => {
    let legal = 0;
    for (const scheme of SCHEMES)
      for (const actor of ACTORS)
        for (const from of APPLICATION_STATUSES)
          for (const to of APPLICATION_STATUSES) {
            const expected = TABLE.some(([f, t, a, when]) => f === from && t === to && a === actor && when(scheme));
            expect(canTransition(from, to, actor, scheme), `${from} → ${to} by ${actor} (${scheme.selection}, commitment: ${scheme.hasCommitment})`).toBe(expected);
            if (expected) legal += 1;
          }
    expect(legal).toBeGreaterThan(60);
  });

  it('lists the moves for a committee scheme with a commitment', () => {
    const scheme = { selection: 'committee' as const, hasCommitment: true };
    expect(allowedTransitions('under-review', 'officer', scheme)).toEqual(['committee', 'rejected']);
    expect(allowedTransitions('under-review', 'candidate', scheme)).toEqual(['withdrawn']);
    expect(allowedTransitions('agreement-signed', 'officer', scheme)).toEqual(['being-paid', 'commitment-running']);
    expect(allowedTransitions('being-paid', 'officer', scheme)).toEqual(['commitment-running']);
  });

  it('refuses a sample of illegal moves', () => {
    const automaticWithout = { selection: 'automatic' as const, hasCommitment: false };
    expect(canTransition('draft', 'submitted', 'officer', automaticWithout)).toBe(false);
    expect(canTransition('submitted', 'under-review', 'candidate', automaticWithout)).toBe(false);
    expect(canTransition('under-review', 'committee', 'officer', automaticWithout)).toBe(false);
    expect(canTransition('approved', 'withdrawn', 'candidate', automaticWithout)).toBe(false);
    expect(canTransition('being-paid', 'commitment-running', 'officer', automaticWithout)).toBe(false);
    expect(canTransition('agreement-signed', 'commitment-running', 'officer', automaticWithout)).toBe(false);
    expect(canTransition('rejected', 'approved', 'officer', automaticWithout)).toBe(false);
    expect(canTransition('completed', 'commitment-broken', 'officer', automaticWithout)).toBe(false);
    expect(canTransition('draft', 'draft', 'candidate', automaticWithout)).toBe(false);
  });

  it('ends in rejected, withdrawn, completed and repaid only', () => {
    expect(APPLICATION_STATUSES.filter(isTerminal)).toEqual(['rejected', 'withdrawn', 'completed', 'repaid']);
  });
});
