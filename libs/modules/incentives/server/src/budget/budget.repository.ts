import type { ApplicationStatus, SchemeContent } from '@ancrage/incentives-domain';
import type { IncentivesDb } from '../incentives-db';
import { storedContent } from '../schemes/schemes.repository';

export interface SchemeBudgetInput {
  schemeId: string;
  slug: string;
  status: 'draft' | 'published' | 'archived';
  content: SchemeContent;
  /** The envelope set for the year, if any. */
  yearEnvelopeCents: number | null;
  applications: { status: ApplicationStatus; amountCents: number }[];
  payments: { amountCents: number; status: 'scheduled' | 'paid' | 'cancelled' }[];
}

/**
 * What a year's budget is made of, scheme by scheme: schemes that were
 * published (with their current version) or have an envelope for the year,
 * the applications counted on that year and their payments.
 */
export async function budgetInputs(db: IncentivesDb, year: number): Promise<SchemeBudgetInput[]> {
  const [schemes, applications, payments] = await Promise.all([
    db
      .selectFrom('incentivesScheme as s')
      .leftJoin('incentivesSchemeVersion as v', (join) => join.onRef('v.tenantId', '=', 's.tenantId').onRef('v.schemeId', '=', 's.id').onRef('v.version', '=', 's.publishedVersion'))
      .leftJoin('incentivesEnvelope as e', (join) => join.onRef('e.tenantId', '=', 's.tenantId').onRef('e.schemeId', '=', 's.id').on('e.year', '=', year))
      .select(['s.id', 's.slug', 's.status', 's.draft', 'v.content', 'e.envelopeCents'])
      .where((eb) => eb.or([eb('v.version', 'is not', null), eb('e.year', 'is not', null)]))
      .orderBy('s.slug')
      .execute(),
    db.selectFrom('incentivesApplication').select(['schemeId', 'status', 'amountCents']).where('budgetYear', '=', year).execute(),
    db
      .selectFrom('incentivesPayment as p')
      .innerJoin('incentivesApplication as a', (join) => join.onRef('a.tenantId', '=', 'p.tenantId').onRef('a.id', '=', 'p.applicationId'))
      .select(['a.schemeId', 'p.amountCents', 'p.status'])
      .where('a.budgetYear', '=', year)
      .execute(),
  ]);
  return schemes.map((scheme) => ({
    schemeId: scheme.id,
    slug: scheme.slug,
    status: scheme.status,
    content: storedContent(scheme.content ?? scheme.draft),
    yearEnvelopeCents: scheme.envelopeCents === null ? null : Number(scheme.envelopeCents),
    applications: applications
      .filter((application) => application.schemeId === scheme.id)
      .map((application) => ({ status: application.status as ApplicationStatus, amountCents: Number(application.amountCents) })),
    payments: payments.filter((payment) => payment.schemeId === scheme.id).map((payment) => ({ amountCents: Number(payment.amountCents), status: payment.status })),
  }));
}
