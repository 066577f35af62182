import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { officer, renderPage } from '../testing/render-page';
import { EventEditPage } from './event-edit.page';

describe('creating an event', () => {
  it('checks the event with the API schema, adds a usual question in one click, then saves it', async () => {
    const user = userEvent.setup();
    const created: { title: string; questions: unknown[]; capacity: number | null }[] = [];
    renderPage(
      <EventEditPage />,
      {
        'auth.me': () => officer(['events:event.read', 'events:event.manage']),
        'events.createEvent': (input) => {
          created.push(input as (typeof created)[number]);
          return { id: '6f1c2a9e-0000-4000-8000-000000000009' };
        },
      },
      { path: '/t/:tenant/admin/events/new', url: '/t/meuse/admin/events/new' },
    );
    await user.click(await screen.findByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Certains champs sont à corriger.')).toBeInTheDocument();
    expect(screen.getByText("Indiquez la commune ou l'adresse.")).toBeInTheDocument();
    expect(created).toEqual([]);

    await user.type(screen.getByRole('textbox', { name: /Titre/ }), 'Soirée des internes');
    await user.type(screen.getByRole('textbox', { name: /Commune/ }), 'Verdun');
    await user.clear(screen.getByRole('textbox', { name: /Capacité/ }));
    await user.click(screen.getByRole('button', { name: '+ Moyen de transport' }));
    expect(screen.getByRole('textbox', { name: /Choix proposés \(question 1\)/ })).toHaveValue('Voiture\nTrain\nCovoiturage\nNavette organisée');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]).toMatchObject({
      title: 'Soirée des internes',
      capacity: null,
      questions: [{ id: 'transport', label: 'Moyen de transport', type: 'choice', required: false, options: ['Voiture', 'Train', 'Covoiturage', 'Navette organisée'] }],
    });
    expect(await screen.findByText('Autre page')).toBeInTheDocument();
  });
});
