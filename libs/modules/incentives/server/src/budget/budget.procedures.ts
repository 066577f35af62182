import type { TRPCRouterRecord } from '@trpc/server';
import { appError, moduleProcedures } from '@ancrage/trpc';
import { budgetSummary, incentivesModule } from '@ancrage/incentives-domain';
import { incentivesDb } from '../incentives-db';
import { findScheme } from '../schemes/schemes.repository';
import { budgetInputs, type SchemeBudgetInput } from './budget.repository';
import { budgetYearInput, setEnvelopeInput } from './budget.schema';

const procedures = moduleProcedures(incentivesModule);

/** One scheme's year: the envelope set for the year, else the one its current version plans. */
function schemeBudget(input: SchemeBudgetInput) {
  const envelopeSource = input.yearEnvelopeCents !== null ? 'year' : input.content.yearlyEnvelopeCents !== null ? 'scheme' : null;
  const summary = budgetSummary({
    envelopeCents: input.yearEnvelopeCents ?? input.content.yearlyEnvelopeCents,
    maxBeneficiaries: input.content.maxBeneficiariesPerYear,
    applications: input.applications,
    payments: input.payments,
  });
  return {
    schemeId: input.schemeId,
    slug: input.slug,
    status: input.status,
    name: input.content.name,
    kind: input.content.kind,
    envelopeSource,
    ...summary,
  };
}
type SchemeBudget = ReturnType<typeof schemeBudget>;

/** Sums over schemes; envelopes and availability over the schemes that have an envelope (null when none has). */
function budgetTotals(rows: readonly SchemeBudget[]) {
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const withEnvelope = rows.filter((row) => row.envelopeCents !== null);
  return {
    envelopeCents: withEnvelope.length > 0 ? sum(withEnvelope.map((row) => row.envelopeCents ?? 0)) : null,
    committedCents: sum(rows.map((row) => row.committedCents)),
    paidCents: sum(rows.map((row) => row.paidCents)),
    remainingToPayCents: sum(rows.map((row) => row.remainingToPayCents)),
    availableCents: withEnvelope.length > 0 ? sum(withEnvelope.map((row) => row.availableCents ?? 0)) : null,
    beneficiaries: sum(rows.map((row) => row.beneficiaries)),
    schemesWithoutEnvelope: rows.length - withEnvelope.length,
  };
}

/** The schemes' money for a year: envelopes, committed, paid, still to pay, available. Integer cents. */
export const budgetProcedures = {
  budget: procedures
    .withPermission('budget.read')
    .input(budgetYearInput)
    .query(async ({ ctx, input }) => {
      const rows = (await budgetInputs(incentivesDb(ctx), input.year)).map(schemeBudget);
      return { year: input.year, rows, totals: budgetTotals(rows) };
    }),

  setEnvelope: procedures
    .withPermission('scheme.manage')
    .input(setEnvelopeInput)
    .mutation(async ({ ctx, input }) => {
      const db = incentivesDb(ctx);
      if (!(await findScheme(db, input.schemeId))) throw appError('NOT_FOUND', 'errors:notFound');
      const before = await db
        .selectFrom('incentivesEnvelope')
        .select('envelopeCents')
        .where('schemeId', '=', input.schemeId)
        .where('year', '=', input.year)
        .forUpdate()
        .executeTakeFirst();
      if (input.envelopeCents === null) {
        await db.deleteFrom('incentivesEnvelope').where('schemeId', '=', input.schemeId).where('year', '=', input.year).execute();
      } else {
        await db
          .insertInto('incentivesEnvelope')
          .values({ tenantId: ctx.tenant.id, schemeId: input.schemeId, year: input.year, envelopeCents: input.envelopeCents })
          .onConflict((conflict) => conflict.columns(['tenantId', 'schemeId', 'year']).doUpdateSet({ envelopeCents: input.envelopeCents ?? 0 }))
          .execute();
      }
      ctx.audit({
        action: 'incentives.setEnvelope',
        entityType: 'incentives.scheme',
        entityId: input.schemeId,
        before: { year: input.year, envelopeCents: before ? Number(before.envelopeCents) : null },
        after: { year: input.year, envelopeCents: input.envelopeCents },
      });
      return { schemeId: input.schemeId, year: input.year, envelopeCents: input.envelopeCents };
    }),
} satisfies TRPCRouterRecord;
