import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parisDay } from '@ancrage/i18n';
import { evaluateScheme, type ApplicationStatus } from '@ancrage/incentives-domain';
import { ADMIN, OFFICER, plain, refusal, SCHEME_ID, schemeContent, schemeRow, staff, territoryChoices } from '../admin-common/testing';
import { renderPage, type FakeAnswers } from '../testing/render-page';
import { ApplicationPage } from './application.page';

const APPLICATION_ID = '44444444-4444-4444-8444-444444444444';
const PAYMENT_ID = '55555555-5555-4555-8555-555555555555';
const PATH = { path: '/t/:tenant/admin/incentives/applications/:id', url: `/t/meuse/admin/incentives/applications/${APPLICATION_ID}` };
const at = new Date('2026-11-10T09:15:00Z');

const content = schemeContent({ commitment: { years: 3, area: null, mode: 'any', repayment: 'pro-rata' } });
const profile = { status: 'settling-professional' as const, profession: 'medecin' as const, practiceCommune: '55545', receiving: [] };

/** An application as `incentives.application` answers it. */
function applicationView(status: ApplicationStatus, allowedTransitions: ApplicationStatus[], overrides: Record<string, unknown> = {}) {
  return {
    id: APPLICATION_ID,
    reference: 'AID-2026-0007',
    status,
    rowVersion: 3,
    scheme: { id: SCHEME_ID, slug: 'aide-installation', status: 'published', version: 2, content, geo: { perimeters: {}, epcis: {} } },
    applicant: { id: 'u1', email: 'camille.martin@example.org', displayName: 'Camille Martin' },
    contact: { firstName: 'Camille', lastName: 'Martin (fictive)', email: 'camille.martin@example.org', phone: '06 00 00 00 00', birthDate: '1994-05-12' },
    profile,
    verdict: evaluateScheme(content, profile, { perimeters: {}, epcis: {} }),
    amountCents: 0,
    budgetYear: null,
    budgetOverride: false,
    committed: false,
    paidCents: 0,
    scheduledCents: 0,
    submittedAt: at,
    decidedAt: null,
    agreementSignedOn: null,
    commitment: { startsOn: null, endsOn: null, brokenOn: null, repaymentCents: null, repaidOn: null },
    createdAt: at,
    updatedAt: at,
    documents: [{ id: 'd1', documentKey: 'diplome', fileId: '66666666-6666-4666-8666-666666666666', fileName: 'diplome.pdf', contentType: 'application/pdf', sizeBytes: 204_800, uploadedAt: at }],
    missingDocuments: [],
    history: [
      { id: 'e1', fromStatus: null, toStatus: 'draft', actorUserId: null, actorName: null, comment: '', at },
      { id: 'e2', fromStatus: 'draft', toStatus: 'submitted', actorUserId: 'u1', actorName: 'Camille Martin', comment: '', at },
    ],
    payments: [] as { id: string; seq: number; dueOn: string; amountCents: number; status: 'scheduled' | 'paid' | 'cancelled'; paidOn: string | null; reference: string }[],
    changeRequests: [],
    committeeDecisions: [],
    reminders: [],
    allowedTransitions,
    ...overrides,
  };
}

function answers(view: () => ReturnType<typeof applicationView>, permissions: readonly string[], more: FakeAnswers = {}): FakeAnswers {
  return {
    'auth.me': () => staff(permissions),
    'incentives.application': () => view(),
    'incentives.territoryChoices': () => territoryChoices,
    'incentives.schemes': () => [schemeRow()],
    ...more,
  };
}

describe('application file', () => {
  it('shows the candidate, the declared situation in words, the verdict explained, documents and history', async () => {
    renderPage(<ApplicationPage />, answers(() => applicationView('under-review', ['committee', 'rejected']), OFFICER), PATH);
    expect(await screen.findByRole('heading', { level: 1, name: 'Dossier AID-2026-0007' })).toBeInTheDocument();
    const candidate = screen.getByRole('region', { name: 'Candidat' });
    expect(candidate).toHaveTextContent('Camille Martin (fictive)');
    expect(candidate).toHaveTextContent('12/05/1994');
    expect(candidate).toHaveTextContent("Professionnel qui s'installe");
    await waitFor(() => expect(candidate).toHaveTextContent('Verdun (55545)'));
    const scheme = screen.getByRole('region', { name: 'Dispositif et éligibilité' });
    expect(scheme).toHaveTextContent('Version 2 (celle du dépôt, figée)');
    expect(scheme).toHaveTextContent('Éligible');
    expect(within(scheme).getByRole('list', { name: "Conditions d'éligibilité et leur résultat" })).toHaveTextContent('Votre profession est concernée : Médecin.');
    expect(screen.getByRole('button', { name: 'Télécharger diplome.pdf' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Historique' })).toHaveTextContent('« Brouillon » → « Déposé »');
    // Not committed yet: no agreement to download.
    expect(screen.queryByRole('button', { name: 'Télécharger la convention (PDF)' })).not.toBeInTheDocument();
  });

  it('offers the moves the workflow allows and sends the file’s version with the comment', async () => {
    let view = applicationView('under-review', ['committee', 'rejected']);
    const moves: unknown[] = [];
    renderPage(
      <ApplicationPage />,
      answers(() => view, OFFICER, {
        'incentives.transitionApplication': (input) => {
          moves.push(input);
          view = applicationView('rejected', [], { rowVersion: 4 });
          return { id: APPLICATION_ID, status: 'rejected', rowVersion: 4, amountCents: 0, budgetOverride: false };
        },
      }),
      PATH,
    );
    const user = userEvent.setup();
    const panel = await screen.findByRole('region', { name: 'Suite du dossier' });
    expect(within(panel).getAllByRole('button').map((button) => button.textContent)).toEqual(['Soumettre à la commission', 'Refuser']);
    await user.click(within(panel).getByRole('button', { name: 'Refuser' }));
    const form = within(panel).getByRole('form', { name: 'Passer le dossier à l\'état « Refusé »' });
    expect(within(form).queryByLabelText(/Date/)).not.toBeInTheDocument();
    await user.type(within(form).getByRole('textbox', { name: /Commentaire/ }), 'Hors zone prioritaire');
    await user.click(within(form).getByRole('button', { name: 'Refuser' }));
    await waitFor(() => expect(moves).toEqual([{ id: APPLICATION_ID, rowVersion: 3, to: 'rejected', comment: 'Hors zone prioritaire', budgetOverride: false }]));
    expect(await within(panel).findByText('Aucune étape ne suit : le dossier est clos.')).toBeInTheDocument();
  });

  it('asks the day of a dated move', async () => {
    const moves: { on?: string }[] = [];
    renderPage(
      <ApplicationPage />,
      answers(() => applicationView('approved', ['agreement-signed'], { amountCents: 1_000_000, committed: true }), OFFICER, {
        'incentives.transitionApplication': (input) => {
          moves.push(input as { on?: string });
          return { id: APPLICATION_ID, status: 'agreement-signed', rowVersion: 4, amountCents: 1_000_000, budgetOverride: false };
        },
      }),
      PATH,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Enregistrer la signature de la convention' }));
    const day = screen.getByLabelText(/Date de signature de la convention/);
    expect(day).toHaveValue(parisDay(new Date()));
    await user.clear(day);
    await user.type(day, '2026-11-02');
    await user.click(within(screen.getByRole('form')).getByRole('button', { name: 'Enregistrer la signature de la convention' }));
    await waitFor(() => expect(moves[0]).toMatchObject({ to: 'agreement-signed', on: '2026-11-02', rowVersion: 3 }));
    expect(screen.getByRole('button', { name: 'Télécharger la convention (PDF)' })).toBeInTheDocument();
  });

  it('offers the budget override only to those allowed, once the server refused for the envelope', async () => {
    const moves: { budgetOverride: boolean }[] = [];
    const over = refusal("L'enveloppe de l'année serait dépassée de 2 000,00 €.", 'BAD_REQUEST', 'incentives:errors.applicationBudgetExceeded');
    const transition = (input: unknown) => {
      moves.push(input as { budgetOverride: boolean });
      if (!(input as { budgetOverride: boolean }).budgetOverride) throw over;
      return { id: APPLICATION_ID, status: 'approved', rowVersion: 4, amountCents: 1_000_000, budgetOverride: true };
    };
    const user = userEvent.setup();
    const officer = renderPage(<ApplicationPage />, answers(() => applicationView('under-review', ['approved', 'rejected']), OFFICER, { 'incentives.transitionApplication': transition }), PATH);
    await user.click(await screen.findByRole('button', { name: "Accorder l'aide" }));
    expect(screen.queryByRole('checkbox', { name: /au-delà de l'enveloppe/ })).not.toBeInTheDocument();
    await user.click(within(screen.getByRole('form')).getByRole('button', { name: "Accorder l'aide" }));
    expect(await screen.findByRole('alert')).toHaveTextContent("L'enveloppe de l'année serait dépassée de 2 000,00 €.");
    expect(screen.getByText("Seule une personne autorisée à dépasser l'enveloppe peut accorder cette aide.")).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    officer.unmount();

    moves.length = 0;
    renderPage(<ApplicationPage />, answers(() => applicationView('under-review', ['approved', 'rejected']), ADMIN, { 'incentives.transitionApplication': transition }), PATH);
    await user.click(await screen.findByRole('button', { name: "Accorder l'aide" }));
    await user.click(within(screen.getByRole('form')).getByRole('button', { name: "Accorder l'aide" }));
    await user.click(await screen.findByRole('checkbox', { name: "Accorder au-delà de l'enveloppe (décision tracée)" }));
    await user.click(within(screen.getByRole('form')).getByRole('button', { name: "Accorder l'aide" }));
    await waitFor(() => expect(moves.map((move) => move.budgetOverride)).toEqual([false, true]));
  });

  it('explains that someone else changed the file, and reloads it', async () => {
    let view = applicationView('under-review', ['committee', 'rejected']);
    renderPage(
      <ApplicationPage />,
      answers(() => view, OFFICER, {
        'incentives.transitionApplication': () => {
          throw refusal('Ce dossier a été modifié entre-temps.', 'CONFLICT', 'incentives:errors.staleVersion');
        },
      }),
      PATH,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Soumettre à la commission' }));
    await user.click(within(screen.getByRole('form')).getByRole('button', { name: 'Soumettre à la commission' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Ce dossier a été modifié entre-temps.');
    view = applicationView('committee', ['approved', 'rejected'], { rowVersion: 4 });
    await user.click(screen.getByRole('button', { name: 'Recharger la dernière version' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(screen.getByRole('heading', { level: 1 }).parentElement).toHaveTextContent('En commission');
  });

  it('records a payment made, with its day and accounting reference', async () => {
    const payments = [
      { id: PAYMENT_ID, seq: 1, dueOn: '2026-12-01', amountCents: 500_000, status: 'scheduled' as const, paidOn: null, reference: '' },
      { id: 'p2', seq: 2, dueOn: '2027-12-01', amountCents: 500_000, status: 'scheduled' as const, paidOn: null, reference: '' },
    ];
    const recorded: unknown[] = [];
    renderPage(
      <ApplicationPage />,
      answers(() => applicationView('agreement-signed', ['being-paid', 'commitment-running'], { amountCents: 1_000_000, committed: true, scheduledCents: 1_000_000, agreementSignedOn: '2026-11-02', payments }), OFFICER, {
        'incentives.recordPayment': (input) => {
          recorded.push(input);
          return { id: PAYMENT_ID, status: 'paid', applicationId: APPLICATION_ID, applicationStatus: 'being-paid', applicationRowVersion: 4, allPaid: false };
        },
      }),
      PATH,
    );
    const user = userEvent.setup();
    const section = await screen.findByRole('region', { name: 'Versements' });
    expect(plain(within(section).getByRole('row', { name: /N° 1/ }).textContent)).toBe('N° 101/12/20265 000,00 €Prévu——Enregistrer le versement');
    await user.click(within(section).getByRole('button', { name: 'Enregistrer le versement n° 1' }));
    const form = within(section).getByRole('form', { name: 'Versement n° 1' });
    await user.click(within(form).getByRole('button', { name: 'Enregistrer le versement' }));
    expect(within(form).getByText('Indiquez la référence du mandat ou du virement.')).toBeInTheDocument();
    expect(recorded).toEqual([]);
    await user.type(within(form).getByRole('textbox', { name: /Référence comptable/ }), 'MANDAT-2026-118');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer le versement' }));
    await waitFor(() => expect(recorded).toEqual([{ paymentId: PAYMENT_ID, paidOn: parisDay(new Date()), reference: 'MANDAT-2026-118' }]));
  });

  it('shows what a broken commitment costs', async () => {
    renderPage(
      <ApplicationPage />,
      answers(() => applicationView('commitment-broken', ['repayment'], { amountCents: 1_000_000, committed: true, commitment: { startsOn: '2025-01-01', endsOn: '2028-01-01', brokenOn: '2026-01-01', repaymentCents: 666_667, repaidOn: null } }), OFFICER),
      PATH,
    );
    const followUp = await screen.findByRole('region', { name: 'Décision et suivi' });
    expect(plain(followUp.textContent)).toContain('Montant à rembourser6 666,67 €');
    expect(plain(followUp.textContent)).toContain('Engagement rompu le01/01/2026');
  });
});
