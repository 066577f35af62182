import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { publicEvent } from '../testing/fixtures';
import { plain, renderPage } from '../testing/render-page';
import { EventsPortalPage } from './events-portal.page';

const full = { ...publicEvent, id: '6f1c2a9e-0000-4000-8000-000000000002', title: 'Week-end découverte (fictif)', kind: 'discovery-weekend' as const, placesLeft: 0, waiting: 4, startsAt: new Date('2027-05-29T07:00:00Z'), endsAt: new Date('2027-05-30T15:00:00Z') };

describe('events on the portal', () => {
  it('lists events with their date in Paris time, their audiences and the places left', async () => {
    renderPage(<EventsPortalPage />, { 'events.publicEvents': () => [publicEvent, full] }, { path: '/t/:tenant/events', url: '/t/meuse/events' });
    const card = await screen.findByRole('article', { name: publicEvent.title });
    expect(plain(card.textContent)).toContain('jeudi 20 mai 2027, 18:30 – 22:00');
    expect(card).toHaveTextContent('Pour : Interne, Docteur junior');
    expect(card).toHaveTextContent('3 places restantes');
    expect(within(card).getByRole('link', { name: publicEvent.title })).toHaveAttribute('href', `/t/meuse/events/${publicEvent.id}`);
    expect(screen.getByRole('article', { name: full.title })).toHaveTextContent("Complet : inscription sur liste d'attente");
  });

  it('filters by audience through the API and keeps the filter in the address', async () => {
    const user = userEvent.setup();
    const { calls } = renderPage(<EventsPortalPage />, { 'events.publicEvents': () => [publicEvent] }, { path: '/t/:tenant/events', url: '/t/meuse/events' });
    await screen.findByRole('article', { name: publicEvent.title });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Public' }), 'Étudiant·e en santé');
    await waitFor(() => expect(calls.at(-1)).toEqual({ path: 'events.publicEvents', input: { audience: 'student' } }));
  });

  it('shows a month as a calendar, multi-day events on each of their days', async () => {
    const { calls } = renderPage(<EventsPortalPage />, { 'events.publicEvents': () => [publicEvent, full] }, { path: '/t/:tenant/events', url: '/t/meuse/events?view=month&month=2027-05' });
    const calendar = await screen.findByRole('table', { name: 'Calendrier des événements, mai 2027' });
    expect(calls[0]!.input).toEqual({ from: '2027-05-01', to: '2027-05-31' });
    expect(within(calendar).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.']);
    const day20 = within(calendar).getByText('20').closest('td')!;
    expect(within(day20).getByRole('link', { name: publicEvent.title })).toBeInTheDocument();
    expect(within(calendar).getAllByRole('link', { name: full.title })).toHaveLength(2);
  });
});
