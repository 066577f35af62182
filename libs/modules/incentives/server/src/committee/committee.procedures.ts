import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { computeAmount, incentivesModule, type SchemeContent } from '@ancrage/incentives-domain';
import { appError, moduleProcedures } from '@ancrage/trpc';
import { auditOfMove, moveApplication } from '../applications/application-workflow';
import { applicationsDb } from '../applications/applications-db';
import { lockApplication, profileOf, recordEvent, statusOf } from '../applications/applications.repository';
import { officerCaller } from '../applications/workflow-callers';
import { sessionDecisions, sessionsWithCounts } from './committee.repository';

const procedures = moduleProcedures(incentivesModule);

const isoDay = z.iso.date('incentives:validation.date');

export const createCommitteeSessionInput = z.object({
  heldOn: isoDay,
  title: z.string().trim().min(3).max(200),
  notes: z.string().trim().max(4000).default(''),
});

export const committeeDecisionInput = z.object({
  sessionId: z.uuid(),
  applicationId: z.uuid(),
  decision: z.enum(['approved', 'rejected', 'deferred']),
  comment: z.string().trim().max(2000).default(''),
  /** For an approval beyond the envelope (needs the override permission), as in transitionApplication. */
  budgetOverride: z.boolean().default(false),
});

/** Selection committees: their sessions and the decisions they record on the applications before them. */
export const committeeProcedures = {
  committeeSessions: procedures.withPermission('application.read').query(({ ctx }) => sessionsWithCounts(applicationsDb(ctx))),

  committeeSession: procedures
    .withPermission('application.read')
    .input(z.object({ id: z.uuid() }))
    .query(async ({ ctx, input }) => {
      const db = applicationsDb(ctx);
      const session = await db.selectFrom('incentivesCommitteeSession').select(['id', 'heldOn', 'title', 'notes', 'createdAt']).where('id', '=', input.id).executeTakeFirst();
      if (!session) throw appError('NOT_FOUND', 'errors:notFound');
      const waiting = await db
        .selectFrom('incentivesApplication as a')
        .innerJoin('incentivesSchemeVersion as v', (join) => join.onRef('v.tenantId', '=', 'a.tenantId').onRef('v.schemeId', '=', 'a.schemeId').onRef('v.version', '=', 'a.schemeVersion'))
        .select(['a.id', 'a.reference', 'a.firstName', 'a.lastName', 'a.schemeId', 'a.rowVersion', 'a.profile', 'a.submittedAt', 'v.content'])
        .where('a.status', '=', 'committee')
        .orderBy('a.submittedAt')
        .orderBy('a.reference')
        .execute();
      const decidedHere = new Set((await sessionDecisions(db, session.id)).map((decision) => decision.applicationId));
      return {
        ...session,
        /** Applications before the committee now, with the amount an approval would grant. */
        pending: waiting
          .filter((application) => !decidedHere.has(application.id))
          .map(({ content, profile, ...application }) => {
            const scheme = content as SchemeContent;
            return { ...application, schemeName: scheme.name, kind: scheme.kind, amountCents: computeAmount(scheme.amount, profileOf({ profile })).totalCents };
          }),
        decisions: await sessionDecisions(db, session.id),
      };
    }),

  createCommitteeSession: procedures
    .withPermission('application.manage')
    .input(createCommitteeSessionInput)
    .mutation(async ({ ctx, input }) => {
      const created = await applicationsDb(ctx).insertInto('incentivesCommitteeSession').values({ tenantId: ctx.tenant.id, ...input }).returning('id').executeTakeFirstOrThrow();
      ctx.audit({ entityType: 'incentives.committeeSession', entityId: created.id, after: input });
      return { id: created.id };
    }),

  /**
   * Records the committee's decision on an application before it: approved or
   * rejected moves it as an officer's transition would (budget check included);
   * deferred keeps it before the committee for a later session.
   */
  recordCommitteeDecision: procedures
    .withPermission('application.manage')
    .input(committeeDecisionInput)
    .mutation(async ({ ctx, input }) => {
      const db = applicationsDb(ctx);
      const session = await db.selectFrom('incentivesCommitteeSession').select(['id', 'heldOn', 'title']).where('id', '=', input.sessionId).executeTakeFirst();
      if (!session) throw appError('NOT_FOUND', 'errors:notFound');
      const application = await lockApplication(db, input.applicationId);
      if (!application) throw appError('NOT_FOUND', 'errors:notFound');
      if (application.status !== 'committee') throw appError('BAD_REQUEST', 'incentives:errors.applicationNotInCommittee');
      const already = await db.selectFrom('incentivesCommitteeDecision').select('decision').where('sessionId', '=', session.id).where('applicationId', '=', application.id).executeTakeFirst();
      if (already) throw appError('CONFLICT', 'incentives:errors.applicationAlreadyDecided');
      let result = { status: statusOf(application), rowVersion: application.rowVersion };
      if (input.decision === 'deferred') {
        const after = await db.updateTable('incentivesApplication').set({ rowVersion: application.rowVersion + 1, updatedAt: new Date() }).where('id', '=', application.id).returning(['status', 'rowVersion']).executeTakeFirstOrThrow();
        await recordEvent(db, { tenantId: ctx.tenant.id, applicationId: application.id, fromStatus: 'committee', toStatus: 'committee', actorUserId: ctx.session?.userId ?? null, comment: input.comment });
        result = { status: statusOf(after), rowVersion: after.rowVersion };
      } else {
        const move = await moveApplication(db, officerCaller(ctx), application, { to: input.decision, rowVersion: application.rowVersion, comment: input.comment, budgetOverride: input.budgetOverride });
        ctx.audit({ action: 'incentives.recordCommitteeDecision', ...auditOfMove(move) });
        result = { status: statusOf(move.after), rowVersion: move.after.rowVersion };
      }
      await db.insertInto('incentivesCommitteeDecision').values({ tenantId: ctx.tenant.id, sessionId: session.id, applicationId: application.id, decision: input.decision, comment: input.comment }).execute();
      ctx.audit({ entityType: 'incentives.committeeDecision', entityId: `${session.id}:${application.id}`, after: { sessionId: session.id, applicationId: application.id, decision: input.decision, comment: input.comment } });
      return { applicationId: application.id, ...result };
    }),
} satisfies TRPCRouterRecord;
