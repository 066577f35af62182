import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EVENT_ID, managedEvent, staffRegistration } from '../testing/fixtures';
import { officer, renderPage } from '../testing/render-page';
import { EventManagePage } from './event-manage.page';

const at = { path: '/t/:tenant/admin/events/:id', url: `/t/meuse/admin/events/${EVENT_ID}` };
const everything = ['events:event.read', 'events:event.manage', 'events:registration.read', 'events:registration.manage'];

describe('managing an event', () => {
  it('lists registrations with exports, checks someone in and follows the workflow', async () => {
    const user = userEvent.setup();
    const checkedIn: unknown[] = [];
    const statuses: unknown[] = [];
    const registrations = [staffRegistration(1), staffRegistration(2, { status: 'waiting', waitlistPosition: 1 }), staffRegistration(3, { status: 'cancelled' })];
    renderPage(
      <EventManagePage />,
      {
        'auth.me': () => officer(everything),
        'events.event': () => managedEvent,
        'events.registrations': () => registrations,
        'events.checkIn': (input) => {
          checkedIn.push(input);
          return { registration: registrations[0], alreadyCheckedIn: false, admitted: false };
        },
        'events.setEventStatus': (input) => {
          statuses.push(input);
          return { id: EVENT_ID, status: 'closed' };
        },
      },
      at,
    );
    const table = await screen.findByRole('table', { name: '3 inscriptions' });
    expect(within(table).getByRole('row', { name: /Exemple2/ })).toHaveTextContent("Liste d'attente n° 1");
    expect(screen.getByRole('button', { name: 'Exporter en CSV' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Exporter en XLSX' })).toBeEnabled();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Statut' }), 'Annulée');
    expect(await screen.findByRole('table', { name: '1 inscription' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Statut' }), 'Tous les statuts');

    await user.click(await screen.findByRole('button', { name: 'Marquer Hélène Exemple1 (fictif) présent' }));
    await waitFor(() => expect(checkedIn).toEqual([{ eventId: EVENT_ID, registrationId: registrations[0]!.id }]));

    expect(screen.getByRole('link', { name: 'Accueil (émargement)' })).toHaveAttribute('href', `/t/meuse/admin/events/${EVENT_ID}/check-in`);
    await user.click(screen.getByRole('button', { name: 'Clôturer' }));
    await waitFor(() => expect(statuses).toEqual([{ id: EVENT_ID, status: 'closed' }]));
  });

  it('shows viewers the indicators only, never the registrants', async () => {
    const { calls } = renderPage(<EventManagePage />, { 'auth.me': () => officer(['events:event.read']), 'events.event': () => managedEvent }, at);
    expect(await screen.findByRole('tab', { name: 'Indicateurs', selected: true })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Inscriptions' })).not.toBeInTheDocument();
    expect(screen.getByText(/Taux de présence : 50/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clôturer' })).not.toBeInTheDocument();
    expect(calls.some((call) => call.path === 'events.registrations')).toBe(false);
  });
});
