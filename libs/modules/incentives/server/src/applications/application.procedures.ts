import type { TRPCRouterRecord } from '@trpc/server';
import { parisDay } from '@ancrage/i18n';
import { COMMITTED_STATUSES, computeAmount, incentivesModule, paymentSchedule, profileInput, type SchemeContent } from '@ancrage/incentives-domain';
import { appError, moduleProcedures } from '@ancrage/trpc';
import { agreementPdf } from '../pdf/agreement-pdf';
import { applicationsDb } from './applications-db';
import { applicationsFilterInput, contactInput, decideChangeRequestInput, idInput, remindersInput, transitionInput } from './application.schema';
import { officerView } from './application-views';
import { auditOfMove, moveApplication } from './application-workflow';
import { officerCaller } from './workflow-callers';
import { findApplication, frozenScheme, listApplications, lockApplication, paymentsOf, profileOf, recordEvent, statusOf } from './applications.repository';

const procedures = moduleProcedures(incentivesModule);
/** The instruction of applications by the tenant's officers. */
export const applicationProcedures = {
  applications: procedures
    .withPermission('application.read')
    .input(applicationsFilterInput)
    .query(({ ctx, input }) => listApplications(applicationsDb(ctx), input)),

  application: procedures
    .withPermission('application.read')
    .input(idInput)
    .query(async ({ ctx, input }) => {
      const db = applicationsDb(ctx);
      const application = await findApplication(db, input.id);
      if (!application) throw appError('NOT_FOUND', 'errors:notFound');
      return officerView(db, application);
    }),

  /**
   * Moves an application along the workflow. The page's row version must be
   * current (otherwise CONFLICT: someone else moved it); an approval beyond
   * the envelope needs `budgetOverride` and the override permission.
   */
  transitionApplication: procedures
    .withPermission('application.manage')
    .input(transitionInput)
    .mutation(async ({ ctx, input }) => {
      const db = applicationsDb(ctx);
      const application = await lockApplication(db, input.id);
      if (!application) throw appError('NOT_FOUND', 'errors:notFound');
      const move = await moveApplication(db, officerCaller(ctx), application, input);
      ctx.audit({ action: 'incentives.transitionApplication', ...auditOfMove(move) });
      return { id: move.after.id, status: statusOf(move.after), rowVersion: move.after.rowVersion, amountCents: Number(move.after.amountCents), budgetOverride: move.after.budgetOverride };
    }),

  /** Accepts (applying the proposed answers and contact at once) or refuses a candidate's change request. */
  decideChangeRequest: procedures
    .withPermission('application.manage')
    .input(decideChangeRequestInput)
    .mutation(async ({ ctx, input }) => {
      const db = applicationsDb(ctx);
      const request = await db.selectFrom('incentivesChangeRequest').selectAll().where('id', '=', input.id).forUpdate().executeTakeFirst();
      if (!request) throw appError('NOT_FOUND', 'errors:notFound');
      const application = await lockApplication(db, request.applicationId);
      if (!application) throw appError('NOT_FOUND', 'errors:notFound');
      if (request.status !== 'pending') throw appError('CONFLICT', 'incentives:errors.applicationChangeDecided');
      const status = statusOf(application);
      const now = new Date();
      let rowVersion = application.rowVersion;
      if (input.accept) {
        const proposed = request.proposed as { profile?: unknown; contact?: unknown };
        // The amount is fixed at the approval: from then on only the contact may change.
        if (proposed.profile !== undefined && COMMITTED_STATUSES.includes(status)) throw appError('BAD_REQUEST', 'incentives:errors.applicationProfileLocked');
        const profile = proposed.profile !== undefined ? profileInput.parse(proposed.profile) : undefined;
        const contact = proposed.contact !== undefined ? contactInput.parse(proposed.contact) : undefined;
        const updated = await db
          .updateTable('incentivesApplication')
          .set({ ...(profile ? { profile: JSON.stringify(profile) } : {}), ...(contact ?? {}), rowVersion: application.rowVersion + 1, updatedAt: now })
          .where('id', '=', application.id)
          .returning('rowVersion')
          .executeTakeFirstOrThrow();
        rowVersion = updated.rowVersion;
      }
      await db.updateTable('incentivesChangeRequest').set({ status: input.accept ? 'accepted' : 'refused', decidedBy: ctx.session?.userId ?? null, decidedAt: now }).where('id', '=', request.id).execute();
      await recordEvent(db, { tenantId: ctx.tenant.id, applicationId: application.id, fromStatus: status, toStatus: status, actorUserId: ctx.session?.userId ?? null, comment: input.comment || request.message });
      ctx.audit({
        action: 'incentives.decideChangeRequest',
        entityType: 'incentives.changeRequest',
        entityId: request.id,
        before: { status: 'pending', profile: application.profile, contact: { firstName: application.firstName, lastName: application.lastName, email: application.email, phone: application.phone, birthDate: application.birthDate } },
        after: { status: input.accept ? 'accepted' : 'refused', applicationId: application.id, proposed: input.accept ? request.proposed : undefined, comment: input.comment },
      });
      return { id: request.id, status: input.accept ? ('accepted' as const) : ('refused' as const), applicationId: application.id, applicationRowVersion: rowVersion };
    }),

  /** The agreement (convention) as a PDF: the payments recorded, or the forecast schedule before the signature. */
  agreementPdf: procedures
    .withPermission('application.read')
    .input(idInput)
    .query(async ({ ctx, input }) => {
      const db = applicationsDb(ctx);
      const application = await findApplication(db, input.id);
      if (!application) throw appError('NOT_FOUND', 'errors:notFound');
      if (!COMMITTED_STATUSES.includes(statusOf(application))) throw appError('BAD_REQUEST', 'incentives:errors.applicationNoAgreement');
      const scheme = await frozenScheme(db, application.schemeId, application.schemeVersion);
      const recorded = await paymentsOf(db, application.id);
      const now = new Date();
      const forecast = recorded.length === 0;
      const payments = forecast
        ? paymentSchedule(computeAmount(scheme.content.amount, profileOf(application)), application.agreementSignedOn ?? parisDay(now)).map((payment) => ({ ...payment, status: 'scheduled' as const }))
        : recorded.map((payment) => ({ seq: payment.seq, dueOn: payment.dueOn, amountCents: Number(payment.amountCents), status: payment.status }));
      const bytes = await agreementPdf(
        {
          tenantName: ctx.tenant.name,
          reference: application.reference,
          beneficiary: { firstName: application.firstName, lastName: application.lastName, email: application.email, phone: application.phone, birthDate: application.birthDate },
          scheme: { content: scheme.content, geo: scheme.geo, version: scheme.version },
          amountCents: Number(application.amountCents),
          agreementSignedOn: application.agreementSignedOn,
          commitmentStartsOn: application.commitmentStartsOn,
          payments,
          forecast,
        },
        { locale: ctx.tenant.defaultLocale, generatedAt: now },
      );
      return { fileName: `convention-${application.reference}.pdf`, base64: bytes.toString('base64') };
    }),

  /** Follow-up reminders of the tenant: planned, sent (with their outbox email), or due and not sent. */
  reminders: procedures
    .withPermission('application.read')
    .input(remindersInput)
    .query(async ({ ctx, input }) => {
      const db = applicationsDb(ctx);
      let query = db
        .selectFrom('incentivesReminder as r')
        .innerJoin('incentivesApplication as a', (join) => join.onRef('a.tenantId', '=', 'r.tenantId').onRef('a.id', '=', 'r.applicationId'))
        .innerJoin('incentivesSchemeVersion as v', (join) => join.onRef('v.tenantId', '=', 'a.tenantId').onRef('v.schemeId', '=', 'a.schemeId').onRef('v.version', '=', 'a.schemeVersion'))
        .select(['r.id', 'r.kind', 'r.dueOn', 'r.sentAt', 'r.emailId', 'a.id as applicationId', 'a.reference', 'a.firstName', 'a.lastName', 'a.status', 'a.schemeId', 'v.content']);
      if (input.pending === true) query = query.where('r.sentAt', 'is', null);
      if (input.pending === false) query = query.where('r.sentAt', 'is not', null);
      const rows = await query.orderBy('r.dueOn').orderBy('a.reference').limit(1000).execute();
      const today = parisDay(new Date());
      return rows.map(({ content, ...row }) => ({
        ...row,
        status: statusOf(row),
        schemeName: (content as SchemeContent).name,
        overdue: row.sentAt === null && row.dueOn <= today,
      }));
    }),
} satisfies TRPCRouterRecord;
