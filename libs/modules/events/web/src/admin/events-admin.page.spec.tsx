import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { managedEvent } from '../testing/fixtures';
import { officer, plain, renderPage } from '../testing/render-page';
import { EventsAdminPage } from './events-admin.page';

const totals = {
  year: new Date().getFullYear(),
  events: 4,
  byKind: { 'welcome-evening': 2, 'discovery-weekend': 2, 'forum-stand': 0, training: 0, webinar: 0, 'practice-visit': 0 },
  registrations: 120,
  confirmed: 96,
  attended: 81,
  contacts: 12,
  projects: 3,
  attendeesByAudience: { interne: 60, student: 21 },
};

describe('events in the back-office', () => {
  it('lists events with their figures and the year in totals; readers get no creation button', async () => {
    renderPage(<EventsAdminPage />, {
      'auth.me': () => officer(['events:event.read']),
      'events.events': () => [managedEvent],
      'events.yearlyTotals': () => totals,
    });
    const row = await screen.findByRole('row', { name: /Soirée d'accueil/ });
    expect(plain(row.textContent)).toContain('2 / 20');
    expect(within(row).getByRole('link', { name: managedEvent.title })).toHaveAttribute('href', `/t/meuse/admin/events/${managedEvent.id}`);
    expect(row).toHaveTextContent('Publié');
    const section = screen.getByRole('region', { name: `Bilan ${totals.year}` });
    expect(section).toHaveTextContent('81participants présents');
    expect(section).toHaveTextContent("Soirée d'accueil des internes : 2 · Week-end découverte : 2");
    expect(screen.queryByRole('link', { name: 'Nouvel événement' })).not.toBeInTheDocument();
  });
});
