import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { officer, READ, renderPage } from '../testing/render-page';
import { StaffPage } from './staff.page';

const junior = {
  id: 'p1',
  centreId: 'c1',
  centreName: 'Centre (fictif)',
  firstName: 'Sacha',
  lastName: 'Modèle (fictif)',
  profession: 'general-practitioner',
  status: 'docteur-junior',
  email: '',
  phone: '',
  semesterStart: '2026-11-01',
  semesterEnd: '2027-04-30',
  supervisorName: 'Dr Exemple (fictive)',
  faculty: '',
  contracts: [{ id: 'k1', professionalId: 'p1', kind: 'internship', employer: 'CHU', startsOn: '2026-11-01', endsOn: '2027-04-30', fteHundredths: 100 }],
  currentFteHundredths: 100,
};

describe('hosted staff', () => {
  it('shows who works where this week, then the professionals with their semester and maître de stage', async () => {
    renderPage(<StaffPage />, {
      'auth.me': () => officer(READ),
      'centre-governance.centres': () => [{ id: 'c1', name: 'Centre (fictif)' }],
      'centre-governance.professionals': () => [junior],
      'centre-governance.week': () => ({
        monday: '2026-11-23',
        days: [],
        bookings: [{ id: 'b1', day: '2026-11-23', startsAt: new Date('2026-11-23T07:00:00Z'), endsAt: new Date('2026-11-23T11:30:00Z'), note: '', roomId: 'r1', roomName: 'Cabinet 1', siteId: 's1', siteName: 'Site principal (fictif)', centreId: 'c1', professionalId: 'p1', firstName: 'Sacha', lastName: 'Modèle (fictif)', profession: 'general-practitioner', status: 'docteur-junior' }],
      }),
    });
    const week = await screen.findByRole('table', { name: 'Réservations des salles du 23/11/2026 au 29/11/2026' });
    expect(within(week).getByRole('row', { name: /Cabinet 1/ })).toHaveTextContent('lundi 23 novembre08:00–12:30Site principal (fictif)Cabinet 1Sacha Modèle (fictif) (Docteur junior)');
    await userEvent.setup().click(screen.getByRole('tab', { name: 'Professionnels et contrats' }));
    const row = await screen.findByRole('row', { name: /Modèle/ });
    expect(row).toHaveTextContent('01/11/2026 – 30/04/2027');
    expect(row).toHaveTextContent('Dr Exemple (fictive)');
    expect(row).toHaveTextContent('Stage (docteur junior) 1 ETP');
    expect(screen.queryByRole('button', { name: 'Réserver' })).not.toBeInTheDocument();
  });
});
