import type { TRPCRouterRecord } from '@trpc/server';
import { appError, moduleProcedures } from '@ancrage/trpc';
import {
  budgetLineInput,
  centreGovernanceModule,
  contributionInput,
  contributionsFromBudgetInput,
  financeYearInput,
  fundCallInput,
  paymentInput,
  paymentRefusal,
  splitByShares,
} from '@ancrage/centre-governance-domain';
import { formatEuros } from '@ancrage/i18n';
import { governanceDb, userIdOf, type GovernanceDb } from '../cg-db';
import { findCentre } from '../centres/centres.repository';
import { findGip } from '../gip/gip.repository';
import { financesOf } from './finance.repository';

const procedures = moduleProcedures(centreGovernanceModule);

async function gipMember(db: GovernanceDb, gipId: string, memberId: string) {
  const member = await db.selectFrom('centreGovernanceMember').select(['id', 'name', 'observer']).where('id', '=', memberId).where('gipId', '=', gipId).executeTakeFirst();
  if (!member) throw appError('NOT_FOUND', 'errors:notFound');
  return member;
}

async function upsertContribution(db: GovernanceDb, values: { tenantId: string; gipId: string; memberId: string; year: number; form: 'cash' | 'in-kind'; amountCents: number; description: string }) {
  return db
    .insertInto('centreGovernanceContribution')
    .values(values)
    .onConflict((conflict) => conflict.columns(['tenantId', 'memberId', 'year', 'form']).doUpdateSet({ amountCents: values.amountCents, description: values.description }))
    .returning('id')
    .executeTakeFirstOrThrow();
}

const euros = (cents: number, locale: 'fr' | 'en') => formatEuros(cents / 100, locale);

/** Members' yearly contributions, calls for funds and payments, and the département's budget lines for the centre. */
export const financeProcedures = {
  finances: procedures
    .withPermission('finance.read')
    .input(financeYearInput)
    .query(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      if (!(await findGip(db, input.gipId))) throw appError('NOT_FOUND', 'errors:notFound');
      return financesOf(db, input.gipId, input.year);
    }),

  setContribution: procedures
    .withPermission('finance.manage')
    .input(contributionInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      const member = await gipMember(db, input.gipId, input.memberId);
      if (member.observer) throw appError('BAD_REQUEST', 'centre-governance:errors.observerContribution', { member: member.name });
      const saved = await upsertContribution(db, { tenantId: ctx.tenant.id, ...input });
      ctx.audit({ entityType: 'centre-governance.contribution', entityId: saved.id, after: input });
      return { id: saved.id };
    }),

  /** Sets the year's contributions from the budget: shares of the convention (to the exact cent) and fixed amounts. */
  contributionsFromBudget: procedures
    .withPermission('finance.manage')
    .input(contributionsFromBudgetInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      if (!(await findGip(db, input.gipId))) throw appError('NOT_FOUND', 'errors:notFound');
      const members = await db.selectFrom('centreGovernanceMember').selectAll().where('gipId', '=', input.gipId).where('observer', '=', false).where('contributionMode', '<>', 'none').orderBy('name').execute();
      const sharing = members.filter((member) => member.contributionMode === 'share');
      const totalBp = sharing.reduce((sum, member) => sum + member.contributionShareBp, 0);
      if (totalBp > 10_000) throw appError('BAD_REQUEST', 'centre-governance:errors.sharesOverWhole', { percent: totalBp / 100 });
      // The part no share covers stays unassigned, so that each share is of the whole budget.
      const parts = splitByShares(input.budgetCents, [...sharing.map((member) => member.contributionShareBp), 10_000 - totalBp]);
      const amounts = [
        ...sharing.map((member, index) => ({ member, amountCents: parts[index] ?? 0 })),
        ...members.filter((member) => member.contributionMode === 'fixed').map((member) => ({ member, amountCents: member.contributionFixedCents })),
      ].filter((entry) => entry.amountCents > 0);
      for (const { member, amountCents } of amounts) {
        await upsertContribution(db, {
          tenantId: ctx.tenant.id,
          gipId: input.gipId,
          memberId: member.id,
          year: input.year,
          form: member.contributionKind === 'in-kind' ? 'in-kind' : 'cash',
          amountCents,
          description: member.contributionMode === 'share' ? ctx.t('centre-governance:finance.shareOfBudget', { percent: member.contributionShareBp / 100 }) : ctx.t('centre-governance:finance.fixedByConvention'),
        });
      }
      ctx.audit({ action: 'centre-governance.contributionsFromBudget', entityType: 'centre-governance.gip', entityId: input.gipId, after: { ...input, contributions: amounts.map((entry) => ({ memberId: entry.member.id, amountCents: entry.amountCents })) } });
      return { contributions: amounts.length };
    }),

  issueFundCall: procedures
    .withPermission('finance.manage')
    .input(fundCallInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      const member = await gipMember(db, input.gipId, input.memberId);
      if (member.observer) throw appError('BAD_REQUEST', 'centre-governance:errors.observerContribution', { member: member.name });
      const created = await db
        .insertInto('centreGovernanceFundCall')
        .values({ tenantId: ctx.tenant.id, ...input, dueOn: input.dueOn || null })
        .returning('id')
        .executeTakeFirstOrThrow();
      ctx.audit({ entityType: 'centre-governance.fundCall', entityId: created.id, after: input });
      return { id: created.id };
    }),

  /** Records a payment against a call; beyond the amount called only with an explicit note. The call row is locked, so two payments entered at once are checked one after the other. */
  recordPayment: procedures
    .withPermission('finance.manage')
    .input(paymentInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      const call = await db.selectFrom('centreGovernanceFundCall').selectAll().where('id', '=', input.callId).forUpdate().executeTakeFirst();
      if (!call) throw appError('NOT_FOUND', 'errors:notFound');
      if (input.budgetLineId && !(await db.selectFrom('centreGovernanceBudgetLine').select('id').where('id', '=', input.budgetLineId).executeTakeFirst())) throw appError('NOT_FOUND', 'errors:notFound');
      const paid = await db.selectFrom('centreGovernancePayment').select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amountCents'), eb.lit(0)).as('total')).where('callId', '=', call.id).executeTakeFirstOrThrow();
      const paidCents = Number(paid.total);
      if (paymentRefusal({ amountCents: call.amountCents, paidCents }, input) === 'overCall') {
        throw appError('BAD_REQUEST', 'centre-governance:errors.paymentOverCall', {
          called: euros(call.amountCents, ctx.locale),
          paid: euros(paidCents, ctx.locale),
          remaining: euros(Math.max(0, call.amountCents - paidCents), ctx.locale),
        });
      }
      const created = await db
        .insertInto('centreGovernancePayment')
        .values({ tenantId: ctx.tenant.id, callId: call.id, amountCents: input.amountCents, receivedOn: input.receivedOn, reference: input.reference, note: input.note, budgetLineId: input.budgetLineId, recordedBy: userIdOf(ctx) })
        .returning('id')
        .executeTakeFirstOrThrow();
      ctx.audit({ entityType: 'centre-governance.payment', entityId: created.id, after: input });
      return { id: created.id };
    }),

  addBudgetLine: procedures
    .withPermission('finance.manage')
    .input(budgetLineInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      if (!(await findCentre(db, input.centreId))) throw appError('NOT_FOUND', 'errors:notFound');
      const created = await db.insertInto('centreGovernanceBudgetLine').values({ tenantId: ctx.tenant.id, ...input }).returning('id').executeTakeFirstOrThrow();
      ctx.audit({ entityType: 'centre-governance.budgetLine', entityId: created.id, after: input });
      return { id: created.id };
    }),
} satisfies TRPCRouterRecord;
