/**
 * Loi n° 2011-525 du 17 mai 2011, art. 103: public persons and private persons
 * entrusted with a public-service mission together hold more than half of the
 * capital or of the votes in the general assembly and in the board.
 */
export const MEMBER_SECTORS = ['public', 'private-public-service', 'private'] as const;
export type MemberSector = (typeof MEMBER_SECTORS)[number];

export const MEMBER_KINDS = ['departement', 'region', 'commune', 'epci', 'hospital', 'state', 'health-insurance', 'other-public', 'association', 'private-company', 'other-private'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

/** Public persons by nature: the sector a member of this kind must have. */
const PUBLIC_KINDS: ReadonlySet<MemberKind> = new Set(['departement', 'region', 'commune', 'epci', 'hospital', 'state', 'other-public']);

/** The sectors allowed for a kind of member (a commune cannot be private; an association may have a public-service mission). */
export function sectorsAllowed(kind: MemberKind): readonly MemberSector[] {
  if (PUBLIC_KINDS.has(kind)) return ['public'];
  if (kind === 'health-insurance') return ['private-public-service', 'public'];
  return ['private-public-service', 'private'];
}

export const countsAsPublic = (sector: MemberSector) => sector !== 'private';

export interface PublicMajority {
  publicVotes: number;
  totalVotes: number;
  satisfied: boolean;
}

/** The public side's share of the votes of a body (seats without votes, i.e. observers, are ignored). */
export function publicMajority(seats: readonly { votes: number; sector: MemberSector }[]): PublicMajority {
  const totalVotes = seats.reduce((sum, seat) => sum + seat.votes, 0);
  const publicVotes = seats.filter((seat) => countsAsPublic(seat.sector)).reduce((sum, seat) => sum + seat.votes, 0);
  return { publicVotes, totalVotes, satisfied: totalVotes > 0 && publicVotes * 2 > totalVotes };
}
