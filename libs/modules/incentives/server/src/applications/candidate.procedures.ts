import type { TRPCRouterRecord } from '@trpc/server';
import { parisDay } from '@ancrage/i18n';
import { allowedTransitions, incentivesModule, schemeIsOpen } from '@ancrage/incentives-domain';
import { appError, moduleProcedures, type TenantScopedContext } from '@ancrage/trpc';
import { applicationsDb, type ApplicationsDb } from './applications-db';
import {
  attachDocumentInput,
  idInput,
  removeDocumentInput,
  requestChangeInput,
  startApplicationInput,
  updateMyApplicationInput,
  versionedIdInput,
  type ContactInput,
} from './application.schema';
import { candidateView, verdictOf } from './application-views';
import { blockingConditions } from './blocking-conditions';
import { candidateCaller } from './workflow-callers';
import { assertCurrent, auditOfMove, moveApplication, workflowSchemeOf } from './application-workflow';
import { documentsOf, frozenScheme, listApplications, lockApplication, publishedSchemeBySlug, recordEvent, statusOf } from './applications.repository';
import { checkedUpload, missingDocuments } from './documents';
import { lockApplicationsOfTenant, nextReference } from './reference';

const procedures = moduleProcedures(incentivesModule);

/** Statuses after which a new application to the same scheme makes sense. */
const CLOSED_STATUSES = ['rejected', 'withdrawn', 'completed', 'repaid'];

const userIdOf = (ctx: TenantScopedContext) => ctx.session?.userId ?? '';

const contactColumns = (contact: ContactInput) => ({
  firstName: contact.firstName,
  lastName: contact.lastName,
  email: contact.email,
  phone: contact.phone,
  birthDate: contact.birthDate,
});

/** The caller's own application, locked; someone else's is as unknown as one that does not exist. */
async function ownApplication(ctx: TenantScopedContext, id: string) {
  const application = await lockApplication(applicationsDb(ctx), id, userIdOf(ctx));
  if (!application) throw appError('NOT_FOUND', 'errors:notFound');
  return application;
}

async function ownDraft(ctx: TenantScopedContext, id: string) {
  const application = await ownApplication(ctx, id);
  if (application.status !== 'draft') throw appError('BAD_REQUEST', 'incentives:errors.applicationFrozen');
  return application;
}

async function assertOpen(db: ApplicationsDb, schemeId: string, version: number) {
  const scheme = await frozenScheme(db, schemeId, version);
  if (scheme.schemeStatus !== 'published' || !schemeIsOpen(scheme.content.calendar, parisDay(new Date()))) throw appError('BAD_REQUEST', 'incentives:errors.applicationClosed');
  return scheme;
}

/**
 * A candidate's own applications on the tenant's portal: any signed-in
 * account, acting on the applications it started and on nothing else.
 */
export const candidateProcedures = {
  myApplications: procedures.account().query(async ({ ctx }) => {
    const rows = await listApplications(applicationsDb(ctx), { applicantUserId: userIdOf(ctx) });
    return rows.map((row) => ({
      id: row.id,
      reference: row.reference,
      schemeId: row.schemeId,
      schemeSlug: row.schemeSlug,
      schemeName: row.schemeName,
      kind: row.kind,
      status: row.status,
      rowVersion: row.rowVersion,
      amountCents: row.amountCents,
      submittedAt: row.submittedAt,
      updatedAt: row.updatedAt,
    }));
  }),

  myApplication: procedures
    .account()
    .input(idInput)
    .query(async ({ ctx, input }) => {
      const db = applicationsDb(ctx);
      const application = await db.selectFrom('incentivesApplication').selectAll().where('id', '=', input.id).where('applicantUserId', '=', userIdOf(ctx)).executeTakeFirst();
      if (!application) throw appError('NOT_FOUND', 'errors:notFound');
      return candidateView(db, application);
    }),

  /** Starts a draft under the scheme's current published version, which stays the application's. */
  startApplication: procedures
    .account()
    .input(startApplicationInput)
    .mutation(async ({ ctx, input }) => {
      const db = applicationsDb(ctx);
      const scheme = await publishedSchemeBySlug(db, input.slug);
      if (!scheme) throw appError('NOT_FOUND', 'incentives:errors.applicationSchemeUnknown');
      const today = parisDay(new Date());
      if (!schemeIsOpen(scheme.content.calendar, today)) throw appError('BAD_REQUEST', 'incentives:errors.applicationClosed');
      await lockApplicationsOfTenant(db, ctx.tenant.id);
      const ongoing = await db
        .selectFrom('incentivesApplication')
        .select('reference')
        .where('applicantUserId', '=', userIdOf(ctx))
        .where('schemeId', '=', scheme.schemeId)
        .where('status', 'not in', CLOSED_STATUSES)
        .executeTakeFirst();
      if (ongoing) throw appError('CONFLICT', 'incentives:errors.applicationAlreadyStarted', { reference: ongoing.reference });
      const reference = await nextReference(db, Number(today.slice(0, 4)));
      const created = await db
        .insertInto('incentivesApplication')
        .values({
          tenantId: ctx.tenant.id,
          reference,
          schemeId: scheme.schemeId,
          schemeVersion: scheme.version,
          applicantUserId: userIdOf(ctx),
          ...contactColumns(input.contact),
          profile: JSON.stringify(input.profile),
          amountCents: 0,
          budgetYear: null,
          submittedAt: null,
          decidedAt: null,
          agreementSignedOn: null,
          commitmentStartsOn: null,
          commitmentEndsOn: null,
          commitmentBrokenOn: null,
          repaymentCents: null,
          repaidOn: null,
        })
        .returning(['id', 'reference', 'status', 'rowVersion'])
        .executeTakeFirstOrThrow();
      await recordEvent(db, { tenantId: ctx.tenant.id, applicationId: created.id, fromStatus: null, toStatus: 'draft', actorUserId: userIdOf(ctx), comment: '' });
      ctx.audit({ entityType: 'incentives.application', entityId: created.id, after: { reference, schemeId: scheme.schemeId, schemeVersion: scheme.version, status: 'draft' } });
      return { id: created.id, reference: created.reference, rowVersion: created.rowVersion };
    }),

  updateMyApplication: procedures
    .account()
    .input(updateMyApplicationInput)
    .mutation(async ({ ctx, input }) => {
      const before = await ownDraft(ctx, input.id);
      assertCurrent(before, input.rowVersion);
      const after = await applicationsDb(ctx)
        .updateTable('incentivesApplication')
        .set({ ...contactColumns(input.contact), profile: JSON.stringify(input.profile), rowVersion: before.rowVersion + 1, updatedAt: new Date() })
        .where('id', '=', before.id)
        .returning(['id', 'rowVersion'])
        .executeTakeFirstOrThrow();
      ctx.audit({ entityType: 'incentives.application', entityId: before.id, before: { profile: before.profile, email: before.email }, after: { profile: input.profile, email: input.contact.email } });
      return { id: after.id, rowVersion: after.rowVersion };
    }),

  /** Attaches a file the candidate uploaded as one of the documents the scheme asks for (replacing the previous one). */
  attachDocument: procedures
    .account()
    .input(attachDocumentInput)
    .mutation(async ({ ctx, input }) => {
      const db = applicationsDb(ctx);
      const application = await ownDraft(ctx, input.id);
      const scheme = await frozenScheme(db, application.schemeId, application.schemeVersion);
      const document = scheme.content.requiredDocuments.find((required) => required.key === input.documentKey);
      if (!document) throw appError('BAD_REQUEST', 'incentives:errors.applicationDocumentUnknown');
      const file = await checkedUpload(db, ctx.services.files, { fileId: input.fileId, userId: userIdOf(ctx), document, t: (key) => ctx.t(key) });
      const replaced = await db.deleteFrom('incentivesApplicationDocument').where('applicationId', '=', application.id).where('documentKey', '=', document.key).returning(['id', 'fileId']).execute();
      const created = await db
        .insertInto('incentivesApplicationDocument')
        .values({ tenantId: ctx.tenant.id, applicationId: application.id, documentKey: document.key, ...file })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db.updateTable('incentivesApplication').set({ rowVersion: application.rowVersion + 1, updatedAt: new Date() }).where('id', '=', application.id).execute();
      ctx.audit({ entityType: 'incentives.applicationDocument', entityId: created.id, before: replaced.length > 0 ? { replaced } : undefined, after: { applicationId: application.id, documentKey: document.key, ...file } });
      return { id: created.id, rowVersion: application.rowVersion + 1 };
    }),

  removeDocument: procedures
    .account()
    .input(removeDocumentInput)
    .mutation(async ({ ctx, input }) => {
      const db = applicationsDb(ctx);
      const application = await ownDraft(ctx, input.id);
      const removed = await db.deleteFrom('incentivesApplicationDocument').where('id', '=', input.documentId).where('applicationId', '=', application.id).returningAll().executeTakeFirst();
      if (!removed) throw appError('NOT_FOUND', 'errors:notFound');
      await db.updateTable('incentivesApplication').set({ rowVersion: application.rowVersion + 1, updatedAt: new Date() }).where('id', '=', application.id).execute();
      ctx.audit({ entityType: 'incentives.applicationDocument', entityId: removed.id, before: { applicationId: application.id, documentKey: removed.documentKey, fileId: removed.fileId } });
      return { id: removed.id, rowVersion: application.rowVersion + 1 };
    }),

  /** Submits the draft: the frozen version must still find it eligible, every required document be there and the scheme be open. */
  submitMyApplication: procedures
    .account()
    .input(versionedIdInput)
    .mutation(async ({ ctx, input }) => {
      const db = applicationsDb(ctx);
      const application = await ownDraft(ctx, input.id);
      assertCurrent(application, input.rowVersion);
      const scheme = await assertOpen(db, application.schemeId, application.schemeVersion);
      const verdict = await verdictOf(db, application, scheme);
      if (!verdict.audienceMatches) throw appError('BAD_REQUEST', 'incentives:errors.applicationAudience');
      if (verdict.incompatibleWith.length > 0) throw appError('BAD_REQUEST', 'incentives:errors.applicationIncompatible');
      if (!verdict.eligible) {
        const failed = blockingConditions(verdict.explanation);
        throw appError('BAD_REQUEST', 'incentives:errors.applicationIneligible', { conditions: failed.map((type) => ctx.t(`incentives:conditions.${type}`)).join(', ') });
      }
      const missing = missingDocuments(scheme.content.requiredDocuments, await documentsOf(db, application.id));
      if (missing.length > 0) {
        const labels = scheme.content.requiredDocuments.filter((document) => missing.includes(document.key)).map((document) => (ctx.locale === 'en' && document.label.en) || document.label.fr);
        throw appError('BAD_REQUEST', 'incentives:errors.applicationDocumentsMissing', { documents: labels.join(', ') });
      }
      const move = await moveApplication(db, candidateCaller(ctx), application, { to: 'submitted', rowVersion: input.rowVersion, comment: '', budgetOverride: false });
      ctx.audit({ action: 'incentives.submitMyApplication', ...auditOfMove(move) });
      return { id: move.after.id, status: statusOf(move.after), rowVersion: move.after.rowVersion };
    }),

  withdrawMyApplication: procedures
    .account()
    .input(versionedIdInput)
    .mutation(async ({ ctx, input }) => {
      const application = await ownApplication(ctx, input.id);
      const move = await moveApplication(applicationsDb(ctx), candidateCaller(ctx), application, { to: 'withdrawn', rowVersion: input.rowVersion, comment: '', budgetOverride: false });
      ctx.audit({ action: 'incentives.withdrawMyApplication', ...auditOfMove(move) });
      return { id: move.after.id, status: statusOf(move.after), rowVersion: move.after.rowVersion };
    }),

  /** Asks the officers to change a submitted application; nothing changes until one of them accepts. */
  requestChange: procedures
    .account()
    .input(requestChangeInput)
    .mutation(async ({ ctx, input }) => {
      const db = applicationsDb(ctx);
      const application = await ownApplication(ctx, input.id);
      const status = statusOf(application);
      if (status === 'draft') throw appError('BAD_REQUEST', 'incentives:errors.applicationEditDraft');
      const scheme = await frozenScheme(db, application.schemeId, application.schemeVersion);
      if (allowedTransitions(status, 'officer', workflowSchemeOf(scheme)).length === 0) throw appError('BAD_REQUEST', 'incentives:errors.applicationClosedFile');
      const created = await db
        .insertInto('incentivesChangeRequest')
        .values({ tenantId: ctx.tenant.id, applicationId: application.id, message: input.message, proposed: JSON.stringify(input.proposed), decidedBy: null, decidedAt: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      ctx.audit({ entityType: 'incentives.changeRequest', entityId: created.id, after: { applicationId: application.id, message: input.message, proposed: input.proposed } });
      return { id: created.id };
    }),
} satisfies TRPCRouterRecord;
