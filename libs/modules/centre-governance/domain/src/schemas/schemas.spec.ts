import { describe, expect, it } from 'vitest';
import { bodyRulesSchema, defaultBodyRules, majorityFor, majorityRuleSchema, quorumRuleSchema } from '../rules/body-rules';
import { bookingInput, contractInput, professionalInput } from './staff.schema';
import { conventionVersionInput, memberInput } from './gip.schema';
import { siteInput } from './centre.schema';
import { activityInput } from './activity.schema';

const uuid = '00000000-0000-4000-8000-000000000001';
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

describe('body rules', () => {
  it('fills defaults and uses the ordinary majority for kinds the body does not set', () => {
    const rules = bodyRulesSchema.parse({ quorum: { basis: 'members', numerator: 1, denominator: 2 } });
    expect(rules).toMatchObject({ maxProxiesPerHolder: 1, chairCastingVote: false, majorities: {} });
    expect(majorityFor(rules, 'dissolution')).toMatchObject({ kind: 'simple', base: 'expressed' });
    const assembly = defaultBodyRules('general-assembly');
    expect(majorityFor(assembly, 'dissolution').kind).toBe('unanimity');
    expect(majorityFor(assembly, 'convention-amendment').kind).toBe('unanimity');
    expect(majorityFor(assembly, 'staff').kind).toBe('simple');
    expect(defaultBodyRules('board').chairCastingVote).toBe(true);
    expect(bodyRulesSchema.safeParse(assembly).success).toBe(true);
  });

  it('refuses a qualified majority below half and an unreachable quorum', () => {
    expect(messages(majorityRuleSchema.safeParse({ kind: 'qualified', numerator: 1, denominator: 3 }))).toEqual({ numerator: 'centre-governance:validation.qualifiedFraction' });
    expect(majorityRuleSchema.safeParse({ kind: 'simple', numerator: 1, denominator: 3 }).success).toBe(true);
    expect(messages(quorumRuleSchema.safeParse({ basis: 'votes', numerator: 1, denominator: 1, comparison: 'more-than' }))).toEqual({ numerator: 'centre-governance:validation.quorumFraction' });
  });
});

describe('member input', () => {
  const member = { gipId: uuid, name: 'Commune fictive', kind: 'commune', sector: 'public', votingRights: 1 } as const;

  it('refuses a commune declared private, an observer with votes and a share of nothing', () => {
    expect(messages(memberInput.safeParse({ ...member, sector: 'private' }))).toEqual({ sector: 'centre-governance:validation.sectorOfKind' });
    expect(messages(memberInput.safeParse({ ...member, kind: 'state', observer: true }))).toEqual({ votingRights: 'centre-governance:validation.observerVotes' });
    expect(messages(memberInput.safeParse({ ...member, contributionMode: 'share' }))).toEqual({ contributionShareBp: 'centre-governance:validation.shareRequired' });
  });
});

describe('staff inputs', () => {
  const junior = { centreId: uuid, firstName: 'Camille', lastName: 'Exemple', profession: 'general-practitioner', status: 'docteur-junior' } as const;

  it('needs a docteur junior’s semester and maître de stage', () => {
    expect(messages(professionalInput.safeParse(junior))).toEqual({
      semesterStart: 'centre-governance:validation.semesterRequired',
      semesterEnd: 'centre-governance:validation.semesterRequired',
      supervisorName: 'centre-governance:validation.supervisorRequired',
    });
    expect(professionalInput.safeParse({ ...junior, semesterStart: '2026-11-02', semesterEnd: '2027-04-30', supervisorName: 'Dr Fictif' }).success).toBe(true);
  });

  it('refuses contracts ending before they start and bookings across days', () => {
    expect(messages(contractInput.safeParse({ professionalId: uuid, kind: 'fixed-term', startsOn: '2026-11-02', endsOn: '2026-11-01', fteHundredths: 80 }))).toEqual({ endsOn: 'centre-governance:validation.endsBeforeStart' });
    expect(messages(bookingInput.safeParse({ roomId: uuid, professionalId: uuid, startsAt: '2026-11-23T12:00', endsAt: '2026-11-23T08:00' }))).toMatchObject({ endsAt: 'centre-governance:validation.endsBeforeStart' });
    expect(messages(bookingInput.safeParse({ roomId: uuid, professionalId: uuid, startsAt: '2026-11-23T20:00', endsAt: '2026-11-24T08:00' }))).toEqual({ endsAt: 'centre-governance:validation.bookingOneDay' });
  });
});

describe('other inputs', () => {
  it('refuses overlapping opening hours, an approval before signature, contradictory activity figures', () => {
    expect(
      messages(
        siteInput.safeParse({
          centreId: uuid,
          name: 'Site principal',
          kind: 'main',
          openingHours: [
            { weekday: 1, opens: '08:00', closes: '12:30' },
            { weekday: 1, opens: '12:00', closes: '18:00' },
          ],
        }),
      ),
    ).toEqual({ 'openingHours.0.opens': 'centre-governance:validation.hoursOverlap', 'openingHours.1.opens': 'centre-governance:validation.hoursOverlap' });
    expect(messages(conventionVersionInput.safeParse({ gipId: uuid, kind: 'original', title: 'Convention', signedOn: '2026-06-01', approvedOn: '2026-05-01' }))).toEqual({ approvedOn: 'centre-governance:validation.approvedBeforeSigned' });
    expect(
      messages(activityInput.safeParse({ siteId: uuid, month: '2026-01', consultations: 10, unscheduledConsultations: 11, homeVisits: 0, activePatients: 5, referringDoctorPatients: 6, feeRevenueCents: 0 })),
    ).toEqual({ unscheduledConsultations: 'centre-governance:validation.unscheduledOverTotal', referringDoctorPatients: 'centre-governance:validation.referringOverActive' });
  });
});
