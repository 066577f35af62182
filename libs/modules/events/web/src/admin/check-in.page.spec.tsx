import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EVENT_ID, managedEvent, staffRegistration } from '../testing/fixtures';
import { apiRefusal, officer, renderPage } from '../testing/render-page';
import { CheckInPage } from './check-in.page';

const at = { path: '/t/:tenant/admin/events/:id/check-in', url: `/t/meuse/admin/events/${EVENT_ID}/check-in` };

describe('check-in at the door', () => {
  it('finds a person by name whatever the accents, and marks them present', async () => {
    const user = userEvent.setup();
    const registrations = [staffRegistration(0), staffRegistration(1), staffRegistration(2, { checkedInAt: new Date('2027-05-20T16:40:00Z') })];
    const marked: unknown[] = [];
    renderPage(
      <CheckInPage />,
      {
        'auth.me': () => officer(['events:event.read', 'events:registration.read', 'events:registration.manage']),
        'events.event': () => managedEvent,
        'events.registrations': () => registrations,
        'events.checkIn': (input) => {
          marked.push(input);
          const registration = { ...registrations[1]!, checkedInAt: new Date() };
          registrations[1] = registration;
          return { registration, alreadyCheckedIn: false, admitted: false };
        },
      },
      at,
    );
    expect(await screen.findByText('1 présents sur 3 inscrits')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: /Rechercher par nom/ }), 'helene exemple1');
    const card = await screen.findByRole('article', { name: 'Hélène Exemple1 (fictif)' });
    expect(screen.queryByRole('article', { name: /Camille/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Marquer Hélène Exemple1 (fictif) présent' }));
    await waitFor(() => expect(marked).toEqual([{ eventId: EVENT_ID, registrationId: registrations[1]!.id }]));
    expect(await screen.findByText('Bienvenue Hélène Exemple1 (fictif) : présence enregistrée.')).toBeInTheDocument();
    expect(card).toBeInTheDocument();
    expect(await screen.findByText('2 présents sur 3 inscrits')).toBeInTheDocument();
  });

  it("says why a ticket is refused", async () => {
    const user = userEvent.setup();
    renderPage(
      <CheckInPage />,
      {
        'auth.me': () => officer(['events:registration.manage']),
        'events.event': () => managedEvent,
        'events.registrations': () => [staffRegistration(0, { status: 'waiting', waitlistPosition: 2 })],
        'events.checkIn': () => {
          throw apiRefusal("Cette inscription a été annulée : la personne n'est pas attendue.", 'CONFLICT');
        },
      },
      at,
    );
    await user.type(await screen.findByRole('searchbox', { name: /Rechercher par nom/ }), 'camille');
    await user.click(await screen.findByRole('button', { name: "Admettre Camille Exemple0 (fictif) (liste d'attente) et le marquer présent" }));
    expect(await screen.findByText("Cette inscription a été annulée : la personne n'est pas attendue.")).toBeInTheDocument();
  });
});
