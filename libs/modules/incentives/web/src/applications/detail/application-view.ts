import type { ApplicationStatus } from '@ancrage/incentives-domain';
import type { RouterOutputs } from '@ancrage/ui';

/** An application as the officer's page receives it. */
export type ApplicationView = RouterOutputs['incentives']['application'];

/** Moves that happen on a day the officer states (defaults to today). */
export const DATED_MOVES: readonly ApplicationStatus[] = ['agreement-signed', 'commitment-running', 'commitment-broken', 'repaid'];

/** Moves that end the file or break an engagement: asked twice. */
export const GRAVE_MOVES: readonly ApplicationStatus[] = ['rejected', 'commitment-broken'];

/** Refusals of an approval for budget reasons, which a holder of the override permission may lift. */
export const BUDGET_REFUSALS = ['incentives:errors.applicationBudgetExceeded', 'incentives:errors.applicationBeneficiariesExceeded'];
