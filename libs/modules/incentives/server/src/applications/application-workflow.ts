import { formatDate, formatEuros, parisDay, type Locale } from '@ancrage/i18n';
import {
  addMonths,
  canTransition,
  computeAmount,
  computeRepayment,
  monthsServed,
  paymentSchedule,
  type Actor,
  type ApplicationStatus,
  type IncentivesSettings,
} from '@ancrage/incentives-domain';
import { appError } from '@ancrage/trpc';
import { dropPendingReminders, planCommitmentChecks, planPaymentReminders } from '../jobs/reminder-plan';
import { cancelScheduledPayments, insertSchedule, paidCentsOf, scheduledCount } from '../payments/payments.repository';
import type { ApplicationRow, ApplicationsDb } from './applications-db';
import { frozenScheme, profileOf, recordEvent, statusOf, type FrozenScheme } from './applications.repository';
import { budgetCheckFor } from './budget-check';

/** Who moves the application, and what they may do. */
export interface WorkflowCaller {
  tenantId: string;
  userId: string;
  actor: Actor;
  locale: Locale;
  /** Holds `incentives:budget.override`. */
  canOverrideBudget: boolean;
  settings: IncentivesSettings;
}

export interface MoveRequest {
  to: ApplicationStatus;
  rowVersion: number;
  comment: string;
  budgetOverride: boolean;
  on?: string | undefined;
}

export interface Move {
  before: ApplicationRow;
  after: ApplicationRow;
  scheme: FrozenScheme;
  /** What the audit keeps beyond the status: the budget decision, the schedule, the repayment. */
  details: Record<string, unknown>;
}

export const workflowSchemeOf = (scheme: FrozenScheme) => ({ selection: scheme.content.selection, hasCommitment: scheme.content.commitment !== null });

/** Refuses a page that is no longer current: someone moved or changed the application since it was read. */
export function assertCurrent(application: ApplicationRow, rowVersion: number) {
  if (application.rowVersion !== rowVersion) throw appError('CONFLICT', 'incentives:errors.staleVersion');
}

/**
 * The day a move took place: `on`, or today; never in the future. Files taken over from
 * before the platform carry past days (a practice may also start before the agreement).
 */
function dayOf(request: MoveRequest, today: string, notBefore: string | null, locale: Locale): string {
  const day = request.on ?? today;
  if (day > today) throw appError('BAD_REQUEST', 'incentives:errors.applicationDateFuture');
  if (notBefore && day < notBefore) throw appError('BAD_REQUEST', 'incentives:errors.applicationDateOrder', { date: formatDate(notBefore, locale, 'long') });
  return day;
}

/**
 * Moves a locked application to `request.to`, with what the move implies:
 * the approved amount and its budget check, the payment schedule of the
 * agreement, the commitment's dates and reminders, the repayment of a broken
 * commitment. Every move bumps the row version and appends to the history.
 */
export async function moveApplication(db: ApplicationsDb, caller: WorkflowCaller, application: ApplicationRow, request: MoveRequest): Promise<Move> {
  assertCurrent(application, request.rowVersion);
  const scheme = await frozenScheme(db, application.schemeId, application.schemeVersion);
  const from = statusOf(application);
  if (!canTransition(from, request.to, caller.actor, workflowSchemeOf(scheme))) {
    throw appError('BAD_REQUEST', 'incentives:errors.applicationTransition', { from, to: request.to });
  }
  const now = new Date();
  const today = parisDay(now);
  const profile = profileOf(application);
  const changes: Partial<Omit<ApplicationRow, 'id' | 'tenantId' | 'createdAt' | 'profile'>> = {};
  const details: Record<string, unknown> = {};
  const formatDay = (day: string) => formatDate(day, caller.locale, 'long');
  const commitment = scheme.content.commitment;

  switch (request.to) {
    case 'submitted':
      changes.submittedAt = now;
      break;
    case 'approved': {
      const amount = computeAmount(scheme.content.amount, profile);
      if (amount.totalCents <= 0) throw appError('BAD_REQUEST', 'incentives:errors.applicationNoAmount');
      const year = Number(today.slice(0, 4));
      const { summary, check } = await budgetCheckFor(db, { schemeId: application.schemeId, year, addCents: amount.totalCents, excludeApplicationId: application.id, fallback: scheme.content });
      details['budget'] = { year, amountCents: amount.totalCents, envelopeCents: summary.envelopeCents, committedCents: summary.committedCents, beneficiaries: summary.beneficiaries };
      if (!check.ok) {
        if (!request.budgetOverride) {
          throw check.reason === 'envelope'
            ? appError('BAD_REQUEST', 'incentives:errors.applicationBudgetExceeded', { over: formatEuros(check.overByCents / 100, caller.locale) })
            : appError('BAD_REQUEST', 'incentives:errors.applicationBeneficiariesExceeded', { max: summary.maxBeneficiaries ?? 0 });
        }
        if (!caller.canOverrideBudget) throw appError('FORBIDDEN', 'incentives:errors.applicationOverrideForbidden');
        changes.budgetOverride = true;
        details['budgetOverride'] = { reason: check.reason, overByCents: check.overByCents };
      }
      Object.assign(changes, { amountCents: amount.totalCents, budgetYear: year, decidedAt: now });
      break;
    }
    case 'rejected':
      changes.decidedAt = now;
      break;
    case 'agreement-signed': {
      const signedOn = dayOf(request, today, null, caller.locale);
      // The profile is frozen since the approval, so the schedule adds up to the approved amount.
      const schedule = paymentSchedule(computeAmount(scheme.content.amount, profile), signedOn);
      await insertSchedule(db, caller.tenantId, application.id, schedule);
      await planPaymentReminders(db, caller.settings, { tenantId: caller.tenantId, id: application.id }, schedule.map((payment) => payment.dueOn), today);
      changes.agreementSignedOn = signedOn;
      details['schedule'] = schedule;
      break;
    }
    case 'commitment-running': {
      if (!commitment) break;
      const startsOn = dayOf(request, today, null, caller.locale);
      const endsOn = addMonths(startsOn, commitment.years * 12);
      await planCommitmentChecks(db, caller.settings, { tenantId: caller.tenantId, id: application.id, startsOn, endsOn }, today);
      Object.assign(changes, { commitmentStartsOn: startsOn, commitmentEndsOn: endsOn });
      break;
    }
    case 'completed': {
      if ((await scheduledCount(db, application.id)) > 0) throw appError('BAD_REQUEST', 'incentives:errors.applicationPaymentsOutstanding');
      if (from === 'commitment-running' && application.commitmentEndsOn && today < application.commitmentEndsOn) {
        throw appError('BAD_REQUEST', 'incentives:errors.applicationCommitmentNotOver', { date: formatDay(application.commitmentEndsOn) });
      }
      await dropPendingReminders(db, application.id);
      break;
    }
    case 'commitment-broken': {
      const startsOn = application.commitmentStartsOn ?? today;
      const brokenOn = dayOf(request, today, startsOn, caller.locale);
      const cancelled = await cancelScheduledPayments(db, application.id);
      const paidCents = await paidCentsOf(db, application.id);
      const requiredMonths = (commitment?.years ?? 0) * 12;
      const servedMonths = monthsServed(startsOn, brokenOn);
      const repaymentCents = computeRepayment({ rule: commitment?.repayment ?? 'pro-rata', paidCents, requiredMonths, servedMonths });
      await dropPendingReminders(db, application.id);
      Object.assign(changes, { commitmentBrokenOn: brokenOn, repaymentCents });
      details['repayment'] = { rule: commitment?.repayment ?? 'pro-rata', paidCents, requiredMonths, servedMonths, repaymentCents, cancelledPayments: cancelled.map((payment) => payment.seq) };
      break;
    }
    case 'repaid':
      changes.repaidOn = dayOf(request, today, application.commitmentBrokenOn, caller.locale);
      break;
    default:
      break;
  }

  const after = await db
    .updateTable('incentivesApplication')
    .set({ ...changes, status: request.to, rowVersion: application.rowVersion + 1, updatedAt: now })
    .where('id', '=', application.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordEvent(db, { tenantId: caller.tenantId, applicationId: application.id, fromStatus: from, toStatus: request.to, actorUserId: caller.userId, comment: request.comment });
  return { before: application, after, scheme, details };
}

/** What the audit keeps of a move. */
export function auditOfMove(move: Move) {
  const pick = (row: ApplicationRow) => ({ status: row.status, rowVersion: row.rowVersion });
  return {
    entityType: 'incentives.application',
    entityId: move.after.id,
    before: pick(move.before),
    after: { ...pick(move.after), amountCents: move.after.amountCents, budgetOverride: move.after.budgetOverride, ...move.details },
  };
}
