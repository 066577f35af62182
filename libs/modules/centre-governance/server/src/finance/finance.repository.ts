import { memberBalance } from '@ancrage/centre-governance-domain';
import type { GovernanceDb } from '../cg-db';

const sumBy = <T>(rows: readonly T[], pick: (row: T) => number) => rows.reduce((total, row) => total + pick(row), 0);

/**
 * A GIP's money for a year: each member's contributions (cash and in kind),
 * calls for funds, payments and balance, and the département's budget lines
 * for the GIP's centres with what they paid. All amounts in integer cents.
 */
export async function financesOf(db: GovernanceDb, gipId: string, year: number) {
  const [members, contributions, calls, payments, centres] = await Promise.all([
    db.selectFrom('centreGovernanceMember').select(['id', 'name', 'kind', 'sector', 'observer', 'contributionMode', 'contributionShareBp', 'contributionFixedCents', 'contributionKind']).where('gipId', '=', gipId).orderBy('name').execute(),
    db.selectFrom('centreGovernanceContribution').select(['id', 'memberId', 'form', 'amountCents', 'description']).where('gipId', '=', gipId).where('year', '=', year).execute(),
    db.selectFrom('centreGovernanceFundCall').select(['id', 'memberId', 'label', 'amountCents', 'issuedOn', 'dueOn']).where('gipId', '=', gipId).where('year', '=', year).orderBy('issuedOn').execute(),
    db
      .selectFrom('centreGovernancePayment as p')
      .innerJoin('centreGovernanceFundCall as c', (join) => join.onRef('c.tenantId', '=', 'p.tenantId').onRef('c.id', '=', 'p.callId'))
      .select(['p.id', 'p.callId', 'c.memberId', 'p.amountCents', 'p.receivedOn', 'p.reference', 'p.note', 'p.budgetLineId'])
      .where('c.gipId', '=', gipId)
      .where('c.year', '=', year)
      .orderBy('p.receivedOn')
      .execute(),
    db.selectFrom('centreGovernanceCentre').select(['id', 'name']).where('gipId', '=', gipId).execute(),
  ]);
  const budgetLines =
    centres.length === 0
      ? []
      : await db
          .selectFrom('centreGovernanceBudgetLine')
          .select(['id', 'centreId', 'section', 'chapter', 'article', 'label', 'votedCents'])
          .where('centreId', 'in', centres.map((centre) => centre.id))
          .where('year', '=', year)
          .orderBy('section')
          .orderBy('chapter')
          .execute();
  // Payments of any year may execute a line of this year's budget: sum them all.
  const linePayments =
    budgetLines.length === 0
      ? []
      : await db.selectFrom('centreGovernancePayment').select(['budgetLineId', 'amountCents']).where('budgetLineId', 'in', budgetLines.map((line) => line.id)).execute();

  const memberName = new Map(members.map((member) => [member.id, member.name]));
  const rows = members
    .filter((member) => !member.observer || contributions.some((c) => c.memberId === member.id))
    .map((member) => {
      const own = contributions.filter((c) => c.memberId === member.id);
      const dueCents = sumBy(own.filter((c) => c.form === 'cash'), (c) => c.amountCents);
      const inKindCents = sumBy(own.filter((c) => c.form === 'in-kind'), (c) => c.amountCents);
      const calledCents = sumBy(calls.filter((call) => call.memberId === member.id), (call) => call.amountCents);
      const paidCents = sumBy(payments.filter((payment) => payment.memberId === member.id), (payment) => payment.amountCents);
      return { memberId: member.id, name: member.name, sector: member.sector, inKindCents, ...memberBalance({ dueCents, calledCents, paidCents }) };
    });
  return {
    year,
    members,
    balances: rows,
    totals: {
      dueCents: sumBy(rows, (row) => row.dueCents),
      inKindCents: sumBy(rows, (row) => row.inKindCents),
      calledCents: sumBy(rows, (row) => row.calledCents),
      paidCents: sumBy(rows, (row) => row.paidCents),
      outstandingCents: sumBy(rows, (row) => row.outstandingCents),
    },
    contributions: contributions.map((c) => ({ ...c, memberName: memberName.get(c.memberId) ?? '' })),
    calls: calls.map((call) => {
      const paidCents = sumBy(payments.filter((payment) => payment.callId === call.id), (payment) => payment.amountCents);
      return { ...call, memberName: memberName.get(call.memberId) ?? '', paidCents, outstandingCents: Math.max(0, call.amountCents - paidCents) };
    }),
    payments: payments.map((payment) => ({ ...payment, memberName: memberName.get(payment.memberId) ?? '' })),
    centres,
    budgetLines: budgetLines.map((line) => {
      const paidCents = sumBy(linePayments.filter((payment) => payment.budgetLineId === line.id), (payment) => payment.amountCents);
      return { ...line, paidCents, remainingCents: line.votedCents - paidCents };
    }),
  };
}
