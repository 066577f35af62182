import { splitByShares } from '@ancrage/centre-governance-domain';
import type { GovernanceDb } from '../cg-db';

const BUDGET_CENTS = 85_000_000;

/**
 * The year's contributions from the budget (shares to the exact cent, the
 * hospital in kind), a first call for half of each cash contribution, payments
 * received (one member still owing) and the département's budget lines.
 */
export async function seedFinance(db: GovernanceDb, tenantId: string, context: { gipId: string; centreId: string; memberId: Record<string, string>; year: number; today: string }) {
  const { gipId, memberId, year } = context;
  const shares: [string, number][] = [
    ['departement', 4000],
    ['region', 2000],
    ['commune', 1000],
    ['commune2', 500],
    ['epci', 1500],
  ];
  const parts = splitByShares(BUDGET_CENTS, [...shares.map(([, share]) => share), 10_000 - shares.reduce((sum, [, share]) => sum + share, 0)]);
  const cash = shares.map(([key, share], index) => ({ key, share, amountCents: parts[index] ?? 0 }));
  await db
    .insertInto('centreGovernanceContribution')
    .values([
      ...cash.map(({ key, share, amountCents }) => ({ tenantId, gipId, memberId: memberId[key] ?? '', year, form: 'cash' as const, amountCents, description: `${share / 100} % du budget (convention constitutive)` })),
      { tenantId, gipId, memberId: memberId['hospital'] ?? '', year, form: 'in-kind' as const, amountCents: 6_000_000, description: 'Mise à disposition de locaux et d’un temps de secrétariat (valorisation fictive)' },
    ])
    .execute();
  const issuedOn = `${year}-02-15`;
  const calls = await db
    .insertInto('centreGovernanceFundCall')
    .values(cash.map(({ key, amountCents }) => ({ tenantId, gipId, memberId: memberId[key] ?? '', year, label: `Appel de fonds n° 1 — ${year} (50 %)`, amountCents: Math.round(amountCents / 2), issuedOn, dueOn: `${year}-03-31` })))
    .returning(['id', 'memberId', 'amountCents'])
    .execute();
  const [operating] = await db
    .insertInto('centreGovernanceBudgetLine')
    .values([
      { tenantId, centreId: context.centreId, year, section: 'operating', chapter: '65', article: '65738', label: 'Participation au GIP — fonctionnement du centre de santé (fictif)', votedCents: 34_000_000 },
      { tenantId, centreId: context.centreId, year, section: 'investment', chapter: '204', article: '204181', label: 'Subvention d’équipement des cabinets (fictif)', votedCents: 6_000_000 },
    ])
    .returning('id')
    .execute();
  // Everyone paid the first call but the EPCI, which paid a part.
  await db
    .insertInto('centreGovernancePayment')
    .values(
      calls.map((call) => {
        const isEpci = call.memberId === memberId['epci'];
        const isDepartement = call.memberId === memberId['departement'];
        return {
          tenantId,
          callId: call.id,
          amountCents: isEpci ? Math.round(call.amountCents / 2) : call.amountCents,
          receivedOn: `${year}-03-${isEpci ? '28' : '20'}`,
          reference: `Mandat fictif ${year}-${String(calls.indexOf(call) + 101)}`,
          note: '',
          budgetLineId: isDepartement ? (operating?.id ?? null) : null,
          recordedBy: null,
        };
      }),
    )
    .execute();
}
