import {
  chairChoice,
  computeQuorum,
  defaultBodyRules,
  deliberationOutcome,
  majorityFor,
  parisDay,
  seatAttendance,
  tallyBallots,
  type AttendanceEntry,
  type Ballot,
  type BodyKind,
  type DecisionKind,
  type MemberInput,
} from '@ancrage/centre-governance-domain';
import type { GovernanceDb } from '../cg-db';
import type { DemoPlaces } from './demo-places';

type DemoMember = Omit<MemberInput, 'gipId'> & { key: string; boardVotes: number };

const members = (places: DemoPlaces): DemoMember[] => [
  { key: 'departement', name: places.departement, kind: 'departement', sector: 'public', votingRights: 40, boardVotes: 3, contributionMode: 'share', contributionShareBp: 4000, contributionKind: 'cash' },
  { key: 'region', name: places.region, kind: 'region', sector: 'public', votingRights: 20, boardVotes: 2, contributionMode: 'share', contributionShareBp: 2000, contributionKind: 'cash' },
  { key: 'commune', name: `Commune de ${places.mainCommune.name} (membre fictif)`, kind: 'commune', sector: 'public', votingRights: 10, boardVotes: 1, contributionMode: 'share', contributionShareBp: 1000, contributionKind: 'cash' },
  { key: 'commune2', name: places.secondCommune, kind: 'commune', sector: 'public', votingRights: 5, boardVotes: 0, contributionMode: 'share', contributionShareBp: 500, contributionKind: 'cash' },
  { key: 'epci', name: places.epci, kind: 'epci', sector: 'public', votingRights: 10, boardVotes: 1, contributionMode: 'share', contributionShareBp: 1500, contributionKind: 'cash' },
  { key: 'hospital', name: places.hospital, kind: 'hospital', sector: 'public', votingRights: 10, boardVotes: 1, contributionMode: 'fixed', contributionFixedCents: 6_000_000, contributionKind: 'in-kind' },
  { key: 'users', name: 'Association des usagers du territoire (membre fictif)', kind: 'association', sector: 'private-public-service', votingRights: 5, boardVotes: 1, contributionMode: 'none', contributionKind: 'cash' },
  { key: 'ars', name: 'Agence régionale de santé (observateur fictif)', kind: 'state', sector: 'public', observer: true, votingRights: 0, boardVotes: 0, contributionMode: 'none', contributionKind: 'cash' },
  { key: 'cpam', name: "Caisse primaire d'assurance maladie (observateur fictif)", kind: 'health-insurance', sector: 'private-public-service', observer: true, votingRights: 0, boardVotes: 0, contributionMode: 'none', contributionKind: 'cash' },
];

export interface DemoBody {
  id: string;
  kind: BodyKind;
  seats: { memberId: string; votes: number }[];
}

export async function seedGip(db: GovernanceDb, tenantId: string, places: DemoPlaces, days: { constitutive: string }) {
  const gip = await db
    .insertInto('centreGovernanceGip')
    .values({
      tenantId,
      name: places.gip,
      purpose: "Groupement d'intérêt public de démonstration : créer et gérer un centre de santé employant des médecins salariés, accueillir des docteurs juniors et coordonner l'offre de soins de premier recours. Données fictives.",
      seatAddress: `Hôtel du Département, ${places.mainCommune.name} (adresse fictive)`,
      durationYears: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const list = members(places);
  const rows = await db
    .insertInto('centreGovernanceMember')
    .values(
      list.map((member) => ({
        tenantId,
        gipId: gip.id,
        name: member.name,
        kind: member.kind,
        sector: member.sector,
        observer: member.observer ?? false,
        votingRights: member.votingRights,
        contributionMode: member.contributionMode ?? 'none',
        contributionShareBp: member.contributionShareBp ?? 0,
        contributionFixedCents: member.contributionFixedCents ?? 0,
        contributionKind: member.contributionKind ?? 'cash',
        contactEmail: `gip-demo.${member.key}@example.org`,
        joinedOn: days.constitutive,
      })),
    )
    .returning(['id', 'name'])
    .execute();
  const memberId = Object.fromEntries(list.map((member, index) => [member.key, rows[index]?.id ?? ''])) as Record<string, string>;

  const bodies: DemoBody[] = [];
  for (const kind of ['general-assembly', 'board'] as const) {
    const body = await db
      .insertInto('centreGovernanceBody')
      .values({ tenantId, gipId: gip.id, kind, name: kind === 'general-assembly' ? 'Assemblée générale' : "Conseil d'administration", rules: JSON.stringify(defaultBodyRules(kind)) })
      .returning('id')
      .executeTakeFirstOrThrow();
    const seats = list
      .filter((member) => (kind === 'general-assembly' ? !member.observer : member.boardVotes > 0))
      .map((member) => ({ memberId: memberId[member.key] ?? '', votes: kind === 'general-assembly' ? member.votingRights : member.boardVotes }));
    await db.insertInto('centreGovernanceSeat').values(seats.map((seat) => ({ tenantId, bodyId: body.id, ...seat }))).execute();
    bodies.push({ id: body.id, kind, seats });
  }
  return { gipId: gip.id, memberId, bodies };
}

export interface DemoDeliberation {
  title: string;
  kind: DecisionKind;
  text: string;
  /** member key → [for, against, abstention]; omitted: still to vote. */
  ballots?: Record<string, [number, number, number]>;
}

interface DemoMeeting {
  body: DemoBody;
  title: string;
  startsAt: string;
  place: string;
  status: 'convened' | 'held';
  chairKey: string;
  attendance: Record<string, { status: AttendanceEntry['status']; holder?: string }>;
  deliberations: DemoDeliberation[];
}

/** A meeting with its attendance and deliberations; votes decided through the same rules as the procedures. */
export async function seedMeeting(db: GovernanceDb, tenantId: string, memberId: Record<string, string>, meeting: DemoMeeting, counters: Map<number, number>) {
  const startsAt = new Date(meeting.startsAt);
  const chairMemberId = memberId[meeting.chairKey] ?? null;
  const convenedAt = new Date(startsAt.getTime() - 20 * 86_400_000);
  const created = await db
    .insertInto('centreGovernanceMeeting')
    .values({ tenantId, bodyId: meeting.body.id, title: meeting.title, startsAt, place: meeting.place, round: 1, status: meeting.status, chairMemberId, convenedAt, heldAt: meeting.status === 'held' ? startsAt : null, minutesFileId: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const attendance: AttendanceEntry[] = Object.entries(meeting.attendance).map(([key, entry]) => ({ memberId: memberId[key] ?? '', status: entry.status, proxyHolderId: entry.holder ? (memberId[entry.holder] ?? null) : null }));
  if (attendance.length > 0) await db.insertInto('centreGovernanceAttendance').values(attendance.map((entry) => ({ tenantId, meetingId: created.id, ...entry }))).execute();

  const rules = defaultBodyRules(meeting.body.kind);
  const voting = seatAttendance(meeting.body.seats, attendance);
  const quorum = computeQuorum(rules.quorum, voting);
  const year = Number(parisDay(startsAt).slice(0, 4));
  for (const [index, deliberation] of meeting.deliberations.entries()) {
    const ballots: Ballot[] = Object.entries(deliberation.ballots ?? {}).map(([key, [votesFor, against, abstention]]) => ({ memberId: memberId[key] ?? '', for: votesFor, against, abstention }));
    const decided = meeting.status === 'held' && ballots.length > 0;
    const majority = majorityFor(rules, deliberation.kind);
    const tally = tallyBallots(voting, ballots);
    const outcome = deliberationOutcome(majority, tally, { enabled: rules.chairCastingVote, chairChoice: chairChoice(chairMemberId, ballots) });
    const sequence = decided ? (counters.get(year) ?? 0) + 1 : null;
    if (sequence !== null) counters.set(year, sequence);
    const row = await db
      .insertInto('centreGovernanceDeliberation')
      .values({
        tenantId,
        meetingId: created.id,
        position: index + 1,
        title: deliberation.title,
        decisionKind: deliberation.kind,
        text: deliberation.text,
        status: decided ? (outcome.adopted ? 'adopted' : 'rejected') : 'pending',
        registerYear: sequence === null ? null : year,
        registerSequence: sequence,
        outcome: decided ? JSON.stringify({ tally, outcome, quorum, majority }) : null,
        decidedAt: decided ? startsAt : null,
        version: ballots.length > 0 ? 1 : 0,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (ballots.length > 0) {
      await db
        .insertInto('centreGovernanceBallot')
        .values(ballots.map((ballot) => ({ tenantId, deliberationId: row.id, memberId: ballot.memberId, votesFor: ballot.for, votesAgainst: ballot.against, votesAbstention: ballot.abstention, recordedBy: null, recordedAt: startsAt })))
        .execute();
    }
  }
  return created.id;
}
