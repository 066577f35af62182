import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { summarizeActivity, type MonthlyActivity } from '@ancrage/centre-governance-domain';
import { MANAGE, officer, plain, READ, renderPage } from '../testing/render-page';
import { ActivityPage } from './activity.page';

const year = new Date().getFullYear();
const month = (m: string, consultations: number): MonthlyActivity & { siteId: string } => ({
  siteId: 's1',
  month: `${year}-${m}`,
  consultations,
  unscheduledConsultations: consultations / 4,
  homeVisits: 30,
  activePatients: 3000,
  referringDoctorPatients: 2000,
  feeRevenueCents: consultations * 2650,
  fte: { 'general-practitioner': 300 },
});
const months = [month('01', 1200), month('02', 1000)];
const view = {
  year,
  sites: [{ id: 's1', name: 'Site principal (fictif)', kind: 'main', summary: summarizeActivity(year, months) }],
  months,
  summary: summarizeActivity(year, months),
  previousSummary: summarizeActivity(year - 1, []),
};

const api = (permissions: string[], extra: Record<string, (input: unknown) => unknown> = {}) => ({
  'auth.me': () => officer(permissions),
  'centre-governance.centres': () => [{ id: 'c1', name: 'Centre (fictif)' }],
  'centre-governance.activity': () => view,
  ...extra,
});

describe('activity', () => {
  it('shows the year’s key figures, the missing months and the monthly table', async () => {
    renderPage(<ActivityPage />, api(READ));
    const figures = await screen.findByRole('region', { name: `Chiffres clés ${year}` });
    expect(plain(figures.textContent)).toContain('2 200Consultations');
    expect(plain(figures.textContent)).toContain('25 %de consultations non programmées');
    expect(plain(figures.textContent)).toContain('58 300,00 €Honoraires');
    expect(screen.getByText(/10 mois sans chiffres/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: `Activité mensuelle ${year}, tous sites` });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Enregistrer le mois' })).not.toBeInTheDocument();
  });

  it('checks a CSV file before importing it, listing each issue by line and column', async () => {
    const { calls } = renderPage(
      <ActivityPage />,
      api(MANAGE, {
        'centre-governance.checkActivityFile': () => ({ rows: 0, months: [], issues: [{ line: 3, column: 'site', code: 'unknownSite' }] }),
      }),
    );
    const user = userEvent.setup();
    await screen.findByRole('button', { name: "Fichier d'activité (CSV)" });
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(['site;mois\n'], 'activite.csv', { type: 'text/csv' }));
    expect(await screen.findByText('Ligne 3, colonne « site » : site inconnu pour ce centre')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Importer le fichier' })).toBeDisabled();
    await waitFor(() => expect(calls.find((call) => call.path === 'centre-governance.checkActivityFile')?.input).toEqual({ centreId: 'c1', csv: 'site;mois\n' }));
  });
});
