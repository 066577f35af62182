import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '@ancrage/db';
import type { TestPlatform } from '@ancrage/registry/testing';
import { buildGip, expectRefusal, footprint, governanceAs, startPlatform, type GovernanceCaller } from '../cg.int-helpers';
import { centreGovernanceService } from '@ancrage/centre-governance-domain';

let platform: TestPlatform;
let officer: GovernanceCaller;
let gip: Awaited<ReturnType<typeof buildGip>>;
let centreId: string;

beforeAll(async () => {
  platform = await startPlatform();
  officer = await governanceAs(platform, 'meuse', 'officer');
  gip = await buildGip(officer);
  ({ id: centreId } = await officer.createCentre({ name: 'Centre financé (test)', gipId: gip.gipId }));
});
afterAll(() => platform?.close());

describe('contributions and budget, in integer cents', () => {
  it('splits the budget by the convention’s shares to the exact cent, fixed amounts in kind apart', async () => {
    // 50 % + 25 % + 12,5 % of 100 000,01 €; the hospital gives 10 000 € in kind.
    await officer.contributionsFromBudget({ gipId: gip.gipId, year: 2026, budgetCents: 10_000_001 });
    const finances = await officer.finances({ gipId: gip.gipId, year: 2026 });
    const due = Object.fromEntries(finances.balances.map((row) => [row.name, [row.dueCents, row.inKindCents]]));
    expect(due).toMatchObject({ 'Département (test)': [5_000_001, 0], 'Région (test)': [2_500_000, 0], 'Commune (test)': [1_250_000, 0], 'Hôpital (test)': [0, 1_000_000] });
    expect(finances.totals.dueCents).toBe(8_750_001);
    expect(finances.balances.map((row) => row.name)).not.toContain('ARS (test)');
  });

  it('calls funds, records payments and computes each balance', async () => {
    const { id: callId } = await officer.issueFundCall({ gipId: gip.gipId, memberId: gip.members.departement, year: 2026, label: 'Appel n° 1', amountCents: 2_500_000, issuedOn: '2026-02-15', dueOn: '2026-03-31' });
    const { id: lineId } = await officer.addBudgetLine({ centreId, year: 2026, section: 'operating', chapter: '65', article: '65738', label: 'Participation au GIP', votedCents: 6_000_000 });
    await officer.recordPayment({ callId, amountCents: 1_000_000, receivedOn: '2026-03-10', reference: 'Mandat 42', budgetLineId: lineId });
    await officer.recordPayment({ callId, amountCents: 1_500_000, receivedOn: '2026-03-20', budgetLineId: lineId });
    const finances = await officer.finances({ gipId: gip.gipId, year: 2026 });
    expect(finances.balances.find((row) => row.memberId === gip.members.departement)).toMatchObject({ dueCents: 5_000_001, calledCents: 2_500_000, paidCents: 2_500_000, outstandingCents: 0, toCallCents: 2_500_001, overpaidCents: 0 });
    expect(finances.budgetLines).toEqual([expect.objectContaining({ votedCents: 6_000_000, paidCents: 2_500_000, remainingCents: 3_500_000 })]);
  });

  it('refuses a payment over the amount called without a note, with the amounts in euros, and writes nothing', async () => {
    const { id: callId } = await officer.issueFundCall({ gipId: gip.gipId, memberId: gip.members.region, year: 2026, label: 'Appel n° 1', amountCents: 1_250_000, issuedOn: '2026-02-15' });
    await officer.recordPayment({ callId, amountCents: 1_000_000, receivedOn: '2026-03-10' });
    const before = await footprint(platform, 'meuse');
    await expectRefusal(officer.recordPayment({ callId, amountCents: 250_001, receivedOn: '2026-03-11', note: '   ' }), 'BAD_REQUEST', 'centre-governance:errors.paymentOverCall');
    expect(await footprint(platform, 'meuse')).toEqual(before);
    const error = await officer.recordPayment({ callId, amountCents: 250_001, receivedOn: '2026-03-11' }).catch((caught: unknown) => caught);
    const params = (error as { cause: { params: Record<string, string> } }).cause.params;
    expect(Object.values(params).map((amount) => amount.replace(/[\u202f\u00a0]/g, ' '))).toEqual(['12 500,00 €', '10 000,00 €', '2 500,00 €']);
    await officer.recordPayment({ callId, amountCents: 250_001, receivedOn: '2026-03-11', note: 'Avance sur l’appel n° 2, accord du trésorier' });
    expect((await officer.finances({ gipId: gip.gipId, year: 2026 })).balances.find((row) => row.memberId === gip.members.region)).toMatchObject({ paidCents: 1_250_001, overpaidCents: 1, outstandingCents: 0 });
  });

  it('keeps contributions and calls away from observers, and finances away from partners', async () => {
    await expectRefusal(officer.issueFundCall({ gipId: gip.gipId, memberId: gip.members.ars, year: 2026, label: 'Appel', amountCents: 100, issuedOn: '2026-01-01' }), 'BAD_REQUEST', 'centre-governance:errors.observerContribution');
    await expect((await governanceAs(platform, 'meuse', 'partner')).finances({ gipId: gip.gipId, year: 2026 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await (await governanceAs(platform, 'meuse', 'viewer')).finances({ gipId: gip.gipId, year: 2026 })).totals.dueCents).toBe(8_750_001);
  });
});

describe('activity', () => {
  const HEADER = 'site;mois;consultations;consultations_non_programmees;visites_domicile;patients_actifs;declarations_medecin_traitant;honoraires_euros;etp_general-practitioner';

  beforeAll(async () => {
    await officer.saveSite({ site: { centreId, name: 'Site principal', kind: 'main' } });
    await officer.saveSite({ site: { centreId, name: 'Antenne', kind: 'antenna' } });
  });

  it('imports a whole file, checked first, and sums the year', async () => {
    const csv = [HEADER, 'Site principal;2026-01;1 000;250;40;3 000;2 000;26 500,00;3', 'site principal;2026-02;1 100;260;35;3 050;2 050;29 150,00;3,5', 'Antenne;2026-02;300;60;5;800;500;7 950;1'].join('\n');
    expect(await officer.checkActivityFile({ centreId, csv })).toEqual({ rows: 3, months: ['2026-01', '2026-02'], issues: [] });
    expect(await officer.importActivity({ centreId, csv })).toEqual({ imported: 3 });
    const activity = await (await governanceAs(platform, 'meuse', 'partner')).activity({ centreId, year: 2026 });
    expect(activity.summary).toMatchObject({ months: 2, consultations: 2400, unscheduledConsultations: 570, activePatients: 3850, referringDoctorPatients: 2550, feeRevenueCents: 6_360_000 });
    expect(activity.sites.find((site) => site.name === 'Site principal')?.summary.averageFte['general-practitioner']).toBe(325);
  });

  it('imports nothing from a file with one wrong line, and says where', async () => {
    const before = await footprint(platform, 'meuse');
    const csv = [HEADER, 'Site principal;2026-03;900;100;30;3000;2000;20000;3', 'Site inconnu;2026-03;900;100;30;3000;2000;20000;3'].join('\n');
    expect((await officer.checkActivityFile({ centreId, csv })).issues).toEqual([{ line: 3, column: 'site', code: 'unknownSite' }]);
    await expectRefusal(officer.importActivity({ centreId, csv }), 'BAD_REQUEST', 'centre-governance:errors.importInvalid');
    expect(await footprint(platform, 'meuse')).toEqual(before);
  });

  it('corrects a month entered in the form, figures checked against each other', async () => {
    const siteId = (await officer.centre({ id: centreId })).sites.find((site) => site.kind === 'antenna')!.id;
    await expect(officer.saveActivity({ siteId, month: '2026-02', consultations: 10, unscheduledConsultations: 20, homeVisits: 0, activePatients: 10, referringDoctorPatients: 5, feeRevenueCents: 0 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await officer.saveActivity({ siteId, month: '2026-02', consultations: 320, unscheduledConsultations: 60, homeVisits: 5, activePatients: 800, referringDoctorPatients: 500, feeRevenueCents: 848_000, fte: { 'general-practitioner': 100 } });
    expect((await officer.activity({ centreId, year: 2026 })).summary.consultations).toBe(2420);
  });

  it('gives the evaluation report its yearly summary through the exported service', async () => {
    const tenantId = await platform.tenantId('meuse');
    const summary = await withTenant(platform.database.db, tenantId, (db) => centreGovernanceService(db).yearlySummary(2026));
    const centre = summary.centres.find((entry) => entry.id === centreId);
    expect(centre?.activity).toMatchObject({ months: 2, consultations: 2420, missingMonths: expect.arrayContaining(['2026-12']) });
    expect(summary.governance.find((entry) => entry.gipId === gip.gipId)).toMatchObject({ contributions: { dueCents: 8_750_001 }, departement: [expect.objectContaining({ paidCents: 2_500_000 })] });
  });
});
