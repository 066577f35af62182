import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { parisDay } from '@ancrage/i18n';
import { incentivesModule } from '@ancrage/incentives-domain';
import { appError, moduleProcedures } from '@ancrage/trpc';
import { auditOfMove, moveApplication } from '../applications/application-workflow';
import { applicationsDb } from '../applications/applications-db';
import { lockApplication, statusOf } from '../applications/applications.repository';
import { officerCaller } from '../applications/workflow-callers';
import { scheduledCount } from './payments.repository';

const procedures = moduleProcedures(incentivesModule);

export const recordPaymentInput = z.object({
  paymentId: z.uuid(),
  paidOn: z.iso.date('incentives:validation.date'),
  /** The accounting reference (mandat, virement). */
  reference: z.string().trim().min(1).max(100),
});

/** Statuses in which the schedule of an agreement is being paid. */
const PAYABLE = new Set(['agreement-signed', 'being-paid', 'commitment-running']);

/** Payments of signed agreements: amounts fixed by the schedule, recorded when made. */
export const paymentProcedures = {
  /**
   * Records that a scheduled payment was made. The first one moves a signed
   * agreement to "being paid"; a cancelled or already paid payment is refused.
   */
  recordPayment: procedures
    .withPermission('payment.manage')
    .input(recordPaymentInput)
    .mutation(async ({ ctx, input }) => {
      const db = applicationsDb(ctx);
      const found = await db.selectFrom('incentivesPayment').select('applicationId').where('id', '=', input.paymentId).executeTakeFirst();
      if (!found) throw appError('NOT_FOUND', 'errors:notFound');
      // The application first, then its payment: the order every move of the application locks in.
      let application = await lockApplication(db, found.applicationId);
      if (!application) throw appError('NOT_FOUND', 'errors:notFound');
      const payment = await db.selectFrom('incentivesPayment').selectAll().where('id', '=', input.paymentId).forUpdate().executeTakeFirstOrThrow();
      if (payment.status === 'cancelled') throw appError('BAD_REQUEST', 'incentives:errors.applicationPaymentCancelled');
      if (payment.status === 'paid') throw appError('CONFLICT', 'incentives:errors.applicationPaymentPaid');
      if (!PAYABLE.has(application.status)) throw appError('BAD_REQUEST', 'incentives:errors.applicationNotPayable');
      if (input.paidOn > parisDay(new Date())) throw appError('BAD_REQUEST', 'incentives:errors.applicationDateFuture');
      if (application.agreementSignedOn && input.paidOn < application.agreementSignedOn) throw appError('BAD_REQUEST', 'incentives:errors.applicationPaidBeforeAgreement');

      await db.updateTable('incentivesPayment').set({ status: 'paid', paidOn: input.paidOn, reference: input.reference }).where('id', '=', payment.id).execute();
      ctx.audit({
        action: 'incentives.recordPayment',
        entityType: 'incentives.payment',
        entityId: payment.id,
        before: { status: payment.status },
        after: { status: 'paid', applicationId: application.id, seq: payment.seq, amountCents: Number(payment.amountCents), paidOn: input.paidOn, reference: input.reference },
      });
      if (application.status === 'agreement-signed') {
        const move = await moveApplication(db, officerCaller(ctx), application, { to: 'being-paid', rowVersion: application.rowVersion, comment: '', budgetOverride: false });
        ctx.audit({ action: 'incentives.transitionApplication', ...auditOfMove(move) });
        application = move.after;
      }
      const remaining = await scheduledCount(db, application.id);
      return {
        id: payment.id,
        status: 'paid' as const,
        applicationId: application.id,
        applicationStatus: statusOf(application),
        applicationRowVersion: application.rowVersion,
        /** No scheduled payment left: a scheme without commitment may now be completed. */
        allPaid: remaining === 0,
      };
    }),
} satisfies TRPCRouterRecord;
