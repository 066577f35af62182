import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEMBER_KINDS, publicMajority, sectorsAllowed, type MemberSector } from './public-majority';

describe('public majority (loi n° 2011-525, art. 103)', () => {
  it('needs strictly more than half of the votes on the public side', () => {
    expect(publicMajority([{ votes: 5, sector: 'public' }, { votes: 5, sector: 'private' }])).toEqual({ publicVotes: 5, totalVotes: 10, satisfied: false });
    expect(publicMajority([{ votes: 6, sector: 'public' }, { votes: 5, sector: 'private' }])).toMatchObject({ satisfied: true });
  });

  it('counts private persons entrusted with a public-service mission on the public side', () => {
    expect(publicMajority([{ votes: 3, sector: 'public' }, { votes: 3, sector: 'private-public-service' }, { votes: 5, sector: 'private' }])).toEqual({ publicVotes: 6, totalVotes: 11, satisfied: true });
  });

  it('is not satisfied by a body without votes, and ignores observers', () => {
    expect(publicMajority([])).toMatchObject({ satisfied: false });
    expect(publicMajority([{ votes: 0, sector: 'public' }, { votes: 1, sector: 'private' }])).toMatchObject({ satisfied: false });
  });

  it('is satisfied exactly when public votes outnumber the others', () => {
    const seats = fc.array(fc.record({ votes: fc.nat(20), sector: fc.constantFrom<MemberSector>('public', 'private-public-service', 'private') }), { maxLength: 20 });
    fc.assert(
      fc.property(seats, (list) => {
        const others = list.filter((s) => s.sector === 'private').reduce((sum, s) => sum + s.votes, 0);
        const result = publicMajority(list);
        return result.satisfied === result.publicVotes > others;
      }),
    );
  });

  it('keeps public persons by nature public', () => {
    expect(sectorsAllowed('commune')).toEqual(['public']);
    expect(sectorsAllowed('association')).toEqual(['private-public-service', 'private']);
    for (const kind of MEMBER_KINDS) expect(sectorsAllowed(kind).length).toBeGreaterThan(0);
  });
});
