import { describe, expect, it } from 'vitest';
import { summarizeActivity, type MonthlyActivity } from './activity';
import { parseActivityCsv } from './activity-csv';

const month = (value: string, overrides: Partial<MonthlyActivity> = {}): MonthlyActivity => ({
  month: value,
  consultations: 1000,
  unscheduledConsultations: 250,
  homeVisits: 40,
  activePatients: 3000,
  referringDoctorPatients: 2000,
  feeRevenueCents: 2_770_000,
  fte: { 'general-practitioner': 300, secretary: 150 },
  ...overrides,
});

describe('yearly activity summary', () => {
  it('sums flows, takes stocks at the last month, averages FTE and names missing months', () => {
    const summary = summarizeActivity(2026, [month('2026-01'), month('2026-02', { activePatients: 3100, fte: { 'general-practitioner': 400 } }), month('2025-12', { consultations: 99_999 })]);
    expect(summary).toMatchObject({
      months: 2,
      consultations: 2000,
      unscheduledConsultations: 500,
      unscheduledPerMille: 250,
      homeVisits: 80,
      activePatients: 3100,
      referringDoctorPatients: 2000,
      feeRevenueCents: 5_540_000,
      averageFeeCents: Math.round(5_540_000 / 2080),
    });
    expect(summary.averageFte['general-practitioner']).toBe(350);
    expect(summary.averageFte.secretary).toBe(75);
    expect(summary.missingMonths).toEqual(['2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
  });

  it('adds the sites of a centre together, stocks included, month by month', () => {
    const summary = summarizeActivity(2026, [month('2026-03'), month('2026-03', { activePatients: 500, referringDoctorPatients: 100 })]);
    expect(summary).toMatchObject({ months: 1, consultations: 2000, activePatients: 3500, referringDoctorPatients: 2100 });
  });

  it('gives zeros rather than dividing by nothing', () => {
    expect(summarizeActivity(2026, [])).toMatchObject({ months: 0, unscheduledPerMille: 0, averageFeeCents: 0, activePatients: 0 });
  });
});

describe('activity CSV', () => {
  const header = 'site;mois;consultations;consultations_non_programmées;visites_domicile;patients_actifs;declarations_medecin_traitant;honoraires_euros;etp_general-practitioner';

  it('reads French files: semicolons, accents in headers, decimal commas, amounts in euros', () => {
    const { rows, issues } = parseActivityCsv(`\uFEFF${header}\nSite principal;2026-01;1 200;300;45;3 100;2 050;33 240,50;3,5\nAntenne;2026-01;400;80;10;900;600;11 080;1\n`);
    expect(issues).toEqual([]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ line: 2, site: 'Site principal', month: '2026-01', consultations: 1200, unscheduledConsultations: 300, activePatients: 3100, feeRevenueCents: 3_324_050, fte: { 'general-practitioner': 350 } });
  });

  it('accepts English headers and commas', () => {
    const { rows, issues } = parseActivityCsv('site,month,consultations,unscheduled_consultations,home_visits,active_patients,referring_doctor_patients,fee_revenue_euros\nMain,2026-02,10,2,0,50,40,250\n');
    expect(issues).toEqual([]);
    expect(rows[0]).toMatchObject({ site: 'Main', feeRevenueCents: 25_000, fte: {} });
  });

  it('reports every wrong cell by line and column, and keeps no row', () => {
    const { rows, issues } = parseActivityCsv(`${header}\nSite principal;2026-13;abc;300;;3100;4000;-5;x\nSite principal;2026-01;100;300;0;10;5;1\nSite principal;2026-01;100;3;0;10;5;1\n`);
    expect(rows).toEqual([]);
    expect(issues).toEqual([
      { line: 2, column: 'mois', code: 'month' },
      { line: 2, column: 'honoraires_euros', code: 'amount' },
      { line: 2, column: 'etp_general-practitioner', code: 'fte' },
      { line: 2, column: 'consultations', code: 'integer' },
      { line: 2, column: 'visites_domicile', code: 'required' },
      { line: 3, column: 'consultations_non_programmees', code: 'unscheduledOverTotal' },
      { line: 4, column: 'mois', code: 'duplicate' },
    ]);
  });

  it('names the missing columns', () => {
    expect(parseActivityCsv('site;mois\nA;2026-01\n').issues.map((issue) => issue.column)).toEqual([
      'consultations',
      'consultations_non_programmees',
      'visites_domicile',
      'patients_actifs',
      'declarations_medecin_traitant',
      'honoraires_euros',
    ]);
  });
});
