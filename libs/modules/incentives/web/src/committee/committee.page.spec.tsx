import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OFFICER, plain, READER, SCHEME_ID, staff } from '../admin-common/testing';
import { renderPage, type FakeAnswers } from '../testing/render-page';
import { CommitteePage } from './committee.page';

const SESSION_ID = '77777777-7777-4777-8777-777777777777';
const APPLICATION_ID = '44444444-4444-4444-8444-444444444444';
const created = new Date('2026-11-01T09:00:00Z');

const sessions = [{ id: SESSION_ID, heldOn: '2026-12-03', title: 'Commission de décembre (fictive)', notes: '', createdAt: created, decisions: { approved: 2, rejected: 1, deferred: 0 } }];
const session = {
  id: SESSION_ID,
  heldOn: '2026-12-03',
  title: 'Commission de décembre (fictive)',
  notes: 'Ordre du jour : trois dossiers.',
  createdAt: created,
  pending: [{ id: APPLICATION_ID, reference: 'AID-2026-0009', firstName: 'Alex', lastName: 'Durand', schemeId: SCHEME_ID, rowVersion: 5, submittedAt: created, schemeName: { fr: "Aide à l'installation (fictive)", en: '' }, kind: 'installation-aid', amountCents: 1_000_000 }],
  decisions: [],
};

const answers = (permissions: readonly string[], more: FakeAnswers = {}): FakeAnswers => ({
  'auth.me': () => staff(permissions),
  'incentives.committeeSessions': () => sessions,
  'incentives.committeeSession': () => session,
  ...more,
});

describe('selection committee', () => {
  it('lists sessions and records a decision on an application before the committee', async () => {
    const decisions: unknown[] = [];
    renderPage(
      <CommitteePage />,
      answers(OFFICER, {
        'incentives.recordCommitteeDecision': (input) => {
          decisions.push(input);
          return { applicationId: APPLICATION_ID, status: 'approved', rowVersion: 6 };
        },
      }),
      { path: '/t/:tenant/admin/incentives/committee', url: `/t/meuse/admin/incentives/committee?session=${SESSION_ID}` },
    );
    const row = await screen.findByRole('row', { name: /Commission de décembre/ });
    expect(plain(row.textContent)).toBe('Commission de décembre (fictive)03/12/20262 accordée(s), 1 refusée(s), 0 ajournée(s)');
    const file = await screen.findByRole('article', { name: 'Dossier AID-2026-0009' });
    expect(plain(file.textContent)).toContain("Aide à l'installation (fictive) — montant en cas d'accord : 10 000,00 €");
    const user = userEvent.setup();
    await user.click(within(file).getByRole('button', { name: 'Enregistrer la décision' }));
    expect(within(file).getByText('Choisissez une décision.')).toBeInTheDocument();
    expect(decisions).toEqual([]);
    await user.click(within(file).getByRole('radio', { name: 'Ajournée' }));
    await user.type(within(file).getByRole('textbox', { name: /Commentaire/ }), 'Pièce manquante');
    await user.click(within(file).getByRole('button', { name: 'Enregistrer la décision' }));
    await waitFor(() => expect(decisions).toEqual([{ sessionId: SESSION_ID, applicationId: APPLICATION_ID, decision: 'deferred', comment: 'Pièce manquante', budgetOverride: false }]));
  });

  it('creates a session and opens it', async () => {
    const createdSessions: unknown[] = [];
    renderPage(
      <CommitteePage />,
      answers(OFFICER, {
        'incentives.createCommitteeSession': (input) => {
          createdSessions.push(input);
          return { id: SESSION_ID };
        },
      }),
      { path: '/t/:tenant/admin/incentives/committee', url: '/t/meuse/admin/incentives/committee' },
    );
    const user = userEvent.setup();
    const form = await screen.findByRole('region', { name: 'Nouvelle séance' });
    await user.type(within(form).getByLabelText(/Date de la séance/), '2026-12-03');
    await user.type(within(form).getByRole('textbox', { name: /Intitulé/ }), 'Commission de décembre (fictive)');
    await user.click(within(form).getByRole('button', { name: 'Créer la séance' }));
    await waitFor(() => expect(createdSessions).toEqual([{ heldOn: '2026-12-03', title: 'Commission de décembre (fictive)', notes: '' }]));
    expect(await screen.findByRole('region', { name: 'Commission de décembre (fictive) — 03/12/2026' })).toBeInTheDocument();
  });

  it('shows readers the sessions without decision forms', async () => {
    renderPage(<CommitteePage />, answers([...READER, 'incentives:application.read']), { path: '/t/:tenant/admin/incentives/committee', url: `/t/meuse/admin/incentives/committee?session=${SESSION_ID}` });
    expect(await screen.findByRole('article', { name: 'Dossier AID-2026-0009' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Enregistrer la décision' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Nouvelle séance' })).not.toBeInTheDocument();
  });
});
