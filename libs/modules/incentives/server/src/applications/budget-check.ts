import { budgetSummary, checkBudget, type ApplicationStatus, type BudgetCheck, type BudgetSummary, type SchemeContent } from '@ancrage/incentives-domain';
import type { ApplicationsDb } from './applications-db';
import { currentContent } from './applications.repository';

/**
 * Whether approving `addCents` more keeps the scheme's year within its
 * envelope (the year's own, else the published version's yearly envelope) and
 * its ceiling of beneficiaries. Locks the scheme first, so two approvals of
 * the same scheme are checked one after the other.
 */
export async function budgetCheckFor(
  db: ApplicationsDb,
  input: { schemeId: string; year: number; addCents: number; excludeApplicationId: string; fallback: SchemeContent },
): Promise<{ summary: BudgetSummary; check: BudgetCheck }> {
  await db.selectFrom('incentivesScheme').select('id').where('id', '=', input.schemeId).forUpdate().executeTakeFirstOrThrow();
  const content = (await currentContent(db, input.schemeId)) ?? input.fallback;
  const envelope = await db.selectFrom('incentivesEnvelope').select('envelopeCents').where('schemeId', '=', input.schemeId).where('year', '=', input.year).executeTakeFirst();
  const applications = await db
    .selectFrom('incentivesApplication')
    .select(['status', 'amountCents'])
    .where('schemeId', '=', input.schemeId)
    .where('budgetYear', '=', input.year)
    .where('id', '!=', input.excludeApplicationId)
    .execute();
  const payments = await db
    .selectFrom('incentivesPayment as p')
    .innerJoin('incentivesApplication as a', (join) => join.onRef('a.tenantId', '=', 'p.tenantId').onRef('a.id', '=', 'p.applicationId'))
    .select(['p.amountCents', 'p.status'])
    .where('a.schemeId', '=', input.schemeId)
    .where('a.budgetYear', '=', input.year)
    .execute();
  const summary = budgetSummary({
    envelopeCents: envelope ? Number(envelope.envelopeCents) : content.yearlyEnvelopeCents,
    maxBeneficiaries: content.maxBeneficiariesPerYear,
    applications: applications.map((application) => ({ status: application.status as ApplicationStatus, amountCents: Number(application.amountCents) })),
    payments: payments.map((payment) => ({ amountCents: Number(payment.amountCents), status: payment.status })),
  });
  return { summary, check: checkBudget(summary, input.addCents) };
}
