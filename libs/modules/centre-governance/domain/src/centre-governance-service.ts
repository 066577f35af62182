import type { Kysely } from 'kysely';
import { summarizeActivity, type ActivitySummary, type MonthlyActivity } from './rules/activity';
import { memberBalance, type MemberBalance } from './rules/contributions';
import { parisToDate } from '@ancrage/i18n';
import { publicMajority, type MemberSector, type PublicMajority } from './rules/public-majority';
import { STAFF_STATUSES, type StaffStatus } from './schemas/staff.schema';

// The module's tables as the service reads them (camelCase, as the platform's Kysely sees them).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- callers hold their own module's typed transaction
type AnyDb = Kysely<any>;

export interface CentreYear {
  id: string;
  name: string;
  status: 'preparation' | 'open' | 'closed';
  gipId: string | null;
  sites: number;
  communes: number;
  /** Activity of all sites; `missingMonths` lists what the ARS report still lacks. */
  activity: ActivitySummary;
  /** Professionals who worked at the centre during the year (a contract or a semester touching it). */
  hostedProfessionals: number;
  byStatus: Record<StaffStatus, number>;
}

export interface GipYear {
  gipId: string;
  name: string;
  meetingsHeld: number;
  deliberationsAdopted: number;
  deliberationsRejected: number;
  publicMajority: (PublicMajority & { body: string })[];
  /** Cash contributions of the year, in cents. */
  contributions: { dueCents: number; inKindCents: number; calledCents: number; paidCents: number; outstandingCents: number };
  /** The département's own balance (members of kind `departement`). */
  departement: (MemberBalance & { memberId: string; name: string })[];
}

export interface YearlySummary {
  year: number;
  centres: CentreYear[];
  governance: GipYear[];
}

const sum = <T>(rows: readonly T[], pick: (row: T) => number) => rows.reduce((total, row) => total + Number(pick(row)), 0);

async function centreYear(db: AnyDb, centre: { id: string; name: string; status: CentreYear['status']; gipId: string | null }, year: number): Promise<CentreYear> {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const sites: { id: string }[] = await db.selectFrom('centreGovernanceSite').select('id').where('centreId', '=', centre.id).execute();
  const communes: { n: number }[] = await db.selectFrom('centreGovernanceCentreCommune').select((eb) => eb.fn.countAll<number>().as('n')).where('centreId', '=', centre.id).execute();
  const siteIds = sites.map((site) => site.id);
  const activity: MonthlyActivity[] =
    siteIds.length === 0
      ? []
      : await db
          .selectFrom('centreGovernanceActivity')
          .select(['month', 'consultations', 'unscheduledConsultations', 'homeVisits', 'activePatients', 'referringDoctorPatients', 'feeRevenueCents', 'fte'])
          .where('siteId', 'in', siteIds)
          .where('month', '>=', `${year}-01`)
          .where('month', '<=', `${year}-12`)
          .execute();
  const people: { id: string; status: StaffStatus; semesterStart: string | null; semesterEnd: string | null }[] = await db
    .selectFrom('centreGovernanceProfessional')
    .select(['id', 'status', 'semesterStart', 'semesterEnd'])
    .where('centreId', '=', centre.id)
    .where('erasedAt', 'is', null)
    .execute();
  const working: { professionalId: string }[] =
    people.length === 0
      ? []
      : await db
          .selectFrom('centreGovernanceContract')
          .select('professionalId')
          .where('professionalId', 'in', people.map((person) => person.id))
          .where('startsOn', '<=', last)
          .where((eb) => eb.or([eb('endsOn', 'is', null), eb('endsOn', '>=', first)]))
          .execute();
  const withContract = new Set(working.map((row) => row.professionalId));
  const hosted = people.filter((person) => withContract.has(person.id) || (person.semesterStart !== null && person.semesterStart <= last && (person.semesterEnd ?? last) >= first));
  return {
    ...centre,
    sites: sites.length,
    communes: Number(communes[0]?.n ?? 0),
    activity: summarizeActivity(year, activity),
    hostedProfessionals: hosted.length,
    byStatus: Object.fromEntries(STAFF_STATUSES.map((status) => [status, hosted.filter((person) => person.status === status).length])) as Record<StaffStatus, number>,
  };
}

async function gipYear(db: AnyDb, gip: { id: string; name: string }, year: number): Promise<GipYear> {
  const decided: { status: string }[] = await db
    .selectFrom('centreGovernanceDeliberation as d')
    .innerJoin('centreGovernanceMeeting as m', (join) => join.onRef('m.tenantId', '=', 'd.tenantId').onRef('m.id', '=', 'd.meetingId'))
    .innerJoin('centreGovernanceBody as b', (join) => join.onRef('b.tenantId', '=', 'm.tenantId').onRef('b.id', '=', 'm.bodyId'))
    .select('d.status')
    .where('b.gipId', '=', gip.id)
    .where('d.registerYear', '=', year)
    .execute();
  const held: { n: number }[] = await db
    .selectFrom('centreGovernanceMeeting as m')
    .innerJoin('centreGovernanceBody as b', (join) => join.onRef('b.tenantId', '=', 'm.tenantId').onRef('b.id', '=', 'm.bodyId'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('b.gipId', '=', gip.id)
    .where('m.status', '=', 'held')
    .where('m.startsAt', '>=', parisToDate(`${year}-01-01T00:00`))
    .where('m.startsAt', '<', parisToDate(`${year + 1}-01-01T00:00`))
    .execute();
  const seats: { body: string; votes: number; sector: MemberSector }[] = await db
    .selectFrom('centreGovernanceSeat as s')
    .innerJoin('centreGovernanceBody as b', (join) => join.onRef('b.tenantId', '=', 's.tenantId').onRef('b.id', '=', 's.bodyId'))
    .innerJoin('centreGovernanceMember as mb', (join) => join.onRef('mb.tenantId', '=', 's.tenantId').onRef('mb.id', '=', 's.memberId'))
    .select(['b.kind as body', 's.votes', 'mb.sector'])
    .where('b.gipId', '=', gip.id)
    .execute();
  const members: { id: string; name: string; kind: string }[] = await db.selectFrom('centreGovernanceMember').select(['id', 'name', 'kind']).where('gipId', '=', gip.id).execute();
  const contributions: { memberId: string; form: string; amountCents: number }[] = await db.selectFrom('centreGovernanceContribution').select(['memberId', 'form', 'amountCents']).where('gipId', '=', gip.id).where('year', '=', year).execute();
  const calls: { memberId: string; amountCents: number }[] = await db.selectFrom('centreGovernanceFundCall').select(['memberId', 'amountCents']).where('gipId', '=', gip.id).where('year', '=', year).execute();
  const payments: { memberId: string; amountCents: number }[] = await db
    .selectFrom('centreGovernancePayment as p')
    .innerJoin('centreGovernanceFundCall as c', (join) => join.onRef('c.tenantId', '=', 'p.tenantId').onRef('c.id', '=', 'p.callId'))
    .select(['c.memberId', 'p.amountCents'])
    .where('c.gipId', '=', gip.id)
    .where('c.year', '=', year)
    .execute();
  const balanceOf = (memberId: string) =>
    memberBalance({
      dueCents: sum(contributions.filter((row) => row.memberId === memberId && row.form === 'cash'), (row) => row.amountCents),
      calledCents: sum(calls.filter((row) => row.memberId === memberId), (row) => row.amountCents),
      paidCents: sum(payments.filter((row) => row.memberId === memberId), (row) => row.amountCents),
    });
  const balances = members.map((member) => ({ memberId: member.id, name: member.name, kind: member.kind, ...balanceOf(member.id) }));
  return {
    gipId: gip.id,
    name: gip.name,
    meetingsHeld: Number(held[0]?.n ?? 0),
    deliberationsAdopted: decided.filter((row) => row.status === 'adopted').length,
    deliberationsRejected: decided.filter((row) => row.status === 'rejected').length,
    publicMajority: [...new Set(seats.map((seat) => seat.body))].sort().map((body) => ({ body, ...publicMajority(seats.filter((seat) => seat.body === body)) })),
    contributions: {
      dueCents: sum(balances, (row) => row.dueCents),
      inKindCents: sum(contributions.filter((row) => row.form === 'in-kind'), (row) => row.amountCents),
      calledCents: sum(balances, (row) => row.calledCents),
      paidCents: sum(balances, (row) => row.paidCents),
      outstandingCents: sum(balances, (row) => row.outstandingCents),
    },
    departement: balances.filter((row) => row.kind === 'departement').map(({ kind: _kind, ...row }) => row),
  };
}

/**
 * What other modules may ask of this one at runtime (never its tables): the
 * yearly summary for the evaluation report and the activity data a centre owes
 * the ARS. Runs on the caller's tenant transaction, so row-level security applies.
 */
export function centreGovernanceService(db: AnyDb) {
  return {
    async yearlySummary(year: number): Promise<YearlySummary> {
      const centres: { id: string; name: string; status: CentreYear['status']; gipId: string | null }[] = await db.selectFrom('centreGovernanceCentre').select(['id', 'name', 'status', 'gipId']).orderBy('name').execute();
      const gips: { id: string; name: string }[] = await db.selectFrom('centreGovernanceGip').select(['id', 'name']).orderBy('name').execute();
      return {
        year,
        centres: await Promise.all(centres.map((centre) => centreYear(db, centre, year))),
        governance: await Promise.all(gips.map((gip) => gipYear(db, gip, year))),
      };
    },
  };
}
export type CentreGovernanceService = ReturnType<typeof centreGovernanceService>;
