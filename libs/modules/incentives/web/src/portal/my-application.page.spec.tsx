import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiRefusal, plain } from '@ancrage/ui/testing';
import { renderPage, type FakeAnswers } from '../testing/render-page';
import { MyApplicationPage } from './my-application.page';
import { APPLICATION_ID, me, myApplication } from './portal.fixtures';

const at = { path: '/t/:tenant/incentives/my-applications/:id', url: `/t/meuse/incentives/my-applications/${APPLICATION_ID}` };
const FILE_ID = '7a1c2a9e-0000-4000-8000-0000000000e1';

function answers(application: ReturnType<typeof myApplication>, more: FakeAnswers = {}): FakeAnswers {
  return { 'auth.me': () => me, 'incentives.myApplication': () => application, 'incentives.portalCommunes': () => [], ...more };
}

/** The block of one required document, by its title. */
const documentBlock = async (title: string) => (await screen.findByRole('heading', { name: title })).closest('li') as HTMLElement;
const fileInputOf = (block: HTMLElement) => block.querySelector('input[type="file"]') as HTMLInputElement;

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("a candidate's application", () => {
  it('shows the draft: its status in words, the document received and the one missing', async () => {
    renderPage(<MyApplicationPage />, answers(myApplication()), at);
    expect(await screen.findByRole('heading', { level: 1, name: "Bourse d'études contre engagement (fictive)" })).toBeInTheDocument();
    expect(screen.getByText('Référence AID-2027-0001')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Où en est votre demande ?' })).toHaveTextContent("Votre demande est un brouillon : elle n'a pas encore été envoyée.");

    const certificate = await documentBlock('Certificat de scolarité');
    expect(certificate).toHaveTextContent('Manquante');
    expect(certificate).toHaveTextContent('Formats acceptés : PDF ; 2 Mo au plus.');
    const bank = await documentBlock("Relevé d'identité bancaire");
    expect(bank).toHaveTextContent('Reçue');
    expect(plain(bank.textContent)).toContain('rib.pdf (1,2 Mo), envoyé le 02/03/2027 10:00');

    const submit = screen.getByRole('region', { name: 'Envoyer la demande' });
    expect(submit).toHaveTextContent('Il manque 1 pièce obligatoire :Certificat de scolarité');
    expect(submit).toHaveTextContent("D'après vos réponses, vous ne remplissez pas les conditions de cette aide");
    expect(within(submit).getByRole('list', { name: "Conditions de l'aide" })).toHaveTextContent('✗ Non remplieLe dispositif concerne les spécialités suivantes : Médecine générale.');
  });

  it("sends the draft with the version it read, and explains the API's refusal", async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    const message = 'Pièces manquantes : Certificat de scolarité.';
    renderPage(
      <MyApplicationPage />,
      answers(myApplication(), {
        'incentives.submitMyApplication': (input) => {
          sent.push(input);
          throw apiRefusal(message);
        },
      }),
      at,
    );
    await user.click(await screen.findByRole('button', { name: 'Envoyer ma demande' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`Demande non envoyée${message}`);
    expect(sent).toEqual([{ id: APPLICATION_ID, rowVersion: 3 }]);
  });

  it('checks type and size before uploading, then attaches the stored file to the document', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const attached: unknown[] = [];
    const fetch = vi.fn(() => Promise.resolve({ status: 201, json: () => Promise.resolve({ id: FILE_ID, name: 'certificat.pdf', sizeBytes: 1000 }) }));
    vi.stubGlobal('fetch', fetch);
    renderPage(
      <MyApplicationPage />,
      answers(myApplication(), {
        'incentives.attachDocument': (input) => {
          attached.push(input);
          return { id: '7a1c2a9e-0000-4000-8000-0000000000d2', rowVersion: 4 };
        },
      }),
      at,
    );
    const certificate = await documentBlock('Certificat de scolarité');
    const send = within(certificate).getByRole('button', { name: 'Envoyer ce fichier' });

    await user.upload(fileInputOf(certificate), new File(['x'], 'photo.png', { type: 'image/png' }));
    await user.click(send);
    expect(certificate).toHaveTextContent("Ce type de fichier n'est pas accepté pour cette pièce (formats acceptés : PDF).");

    await user.upload(fileInputOf(certificate), new File([new Uint8Array(3 * 1024 * 1024)], 'gros.pdf', { type: 'application/pdf' }));
    await user.click(send);
    expect(certificate).toHaveTextContent('Ce fichier dépasse 2 Mo.');
    expect(fetch).not.toHaveBeenCalled();

    await user.upload(fileInputOf(certificate), new File(['%PDF-1.7'], 'certificat.pdf', { type: 'application/pdf' }));
    await user.click(send);
    await waitFor(() => expect(attached).toEqual([{ id: APPLICATION_ID, documentKey: 'certificat', fileId: FILE_ID }]));
    expect(fetch).toHaveBeenCalledWith('/api/files/mine', expect.objectContaining({ method: 'POST', headers: expect.objectContaining({ 'x-tenant': 'meuse' }) }));
  });

  it("shows the platform's translated refusal of an upload", async () => {
    const user = userEvent.setup();
    const refusal = "Vous n'avez pas les droits nécessaires pour cette action.";
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve({ status: 403, json: () => Promise.resolve({ error: { message: refusal } }) })));
    renderPage(<MyApplicationPage />, answers(myApplication(), { 'incentives.attachDocument': () => ({}) }), at);
    const certificate = await documentBlock('Certificat de scolarité');
    await user.upload(fileInputOf(certificate), new File(['%PDF-1.7'], 'certificat.pdf', { type: 'application/pdf' }));
    await user.click(within(certificate).getByRole('button', { name: 'Envoyer ce fichier' }));
    expect(await within(certificate).findByText(refusal)).toBeInTheDocument();
  });

  it('saves the answers of the draft with its version', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    renderPage(
      <MyApplicationPage />,
      answers(myApplication(), {
        'incentives.updateMyApplication': (input) => {
          sent.push(input);
          return { id: APPLICATION_ID, rowVersion: 4 };
        },
      }),
      at,
    );
    const answersRegion = await screen.findByRole('region', { name: 'Vos réponses' });
    await user.selectOptions(within(answersRegion).getByRole('combobox', { name: /Spécialité/ }), 'Médecine générale');
    await user.click(within(answersRegion).getByRole('button', { name: 'Enregistrer mes réponses' }));
    await waitFor(() =>
      expect(sent).toEqual([
        {
          id: APPLICATION_ID,
          rowVersion: 3,
          contact: { firstName: 'Lou', lastName: 'Exemple', email: 'lou@example.org', phone: '', birthDate: null },
          profile: { status: 'interne', profession: 'medecin', specialty: 'medecine-generale', yearOfStudy: 8, commitmentYearsAccepted: 5, receiving: [] },
        },
      ]),
    );
  });

  it('once submitted, offers a change request (what changed only) and no editing', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    const submitted = myApplication({
      status: 'under-review',
      canEdit: false,
      canRequestChange: true,
      history: [
        { fromStatus: null, toStatus: 'draft', at: new Date('2027-03-01T09:00:00Z') },
        { fromStatus: 'draft', toStatus: 'submitted', at: new Date('2027-03-03T09:00:00Z') },
        { fromStatus: 'submitted', toStatus: 'under-review', at: new Date('2027-03-05T09:00:00Z') },
      ],
      changeRequests: [{ id: '7a1c2a9e-0000-4000-8000-0000000000c1', message: 'Nouvelle adresse.', status: 'refused', createdAt: new Date('2027-03-04T09:00:00Z'), decidedAt: null }],
    });
    renderPage(
      <MyApplicationPage />,
      answers(submitted, {
        'incentives.requestChange': (input) => {
          sent.push(input);
          return { id: '7a1c2a9e-0000-4000-8000-0000000000c2' };
        },
      }),
      at,
    );
    const status = await screen.findByRole('region', { name: 'Où en est votre demande ?' });
    expect(status).toHaveTextContent("Votre demande est en cours d'instruction");
    expect(plain(within(status).getAllByRole('listitem').at(-1)?.textContent)).toBe('05/03/2027 10:00 : En instruction');
    expect(screen.queryByRole('button', { name: 'Envoyer ce fichier' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Envoyer ma demande' })).not.toBeInTheDocument();

    const change = screen.getByRole('region', { name: 'Demander une modification' });
    expect(change).toHaveTextContent('Nouvelle adresse.');
    expect(change).toHaveTextContent('Refusée');
    await user.type(within(change).getByRole('textbox', { name: /Votre message/ }), 'Mon numéro a changé.');
    await user.click(within(change).getByRole('button', { name: 'Envoyer la demande de modification' }));
    expect(within(change).getByRole('alert')).toHaveTextContent('Modifiez au moins une réponse');
    expect(sent).toEqual([]);

    await user.type(within(change).getByRole('textbox', { name: /Téléphone/ }), '06 11 22 33 44');
    await user.click(within(change).getByRole('button', { name: 'Envoyer la demande de modification' }));
    await waitFor(() =>
      expect(sent).toEqual([
        {
          id: APPLICATION_ID,
          message: 'Mon numéro a changé.',
          proposed: { contact: { firstName: 'Lou', lastName: 'Exemple', email: 'lou@example.org', phone: '06 11 22 33 44', birthDate: null } },
        },
      ]),
    );
  });

  it('shows the payments received and to come, and the commitment dates', async () => {
    const paid = myApplication({
      status: 'commitment-running',
      canEdit: false,
      canWithdraw: false,
      canRequestChange: true,
      amountCents: 720_000,
      agreementSignedOn: '2027-04-01',
      commitment: { startsOn: '2027-04-01', endsOn: '2032-04-01', brokenOn: null, repaymentCents: null, repaidOn: null },
      payments: [
        { seq: 1, dueOn: '2027-04-01', amountCents: 60_000, status: 'paid', paidOn: '2027-04-03' },
        { seq: 2, dueOn: '2027-05-01', amountCents: 60_000, status: 'scheduled', paidOn: null },
      ],
    });
    renderPage(<MyApplicationPage />, answers(paid), at);
    const payments = await screen.findByRole('region', { name: 'Versements' });
    expect(plain(payments.textContent)).toContain('Reçu : 600,00 € — à venir : 600,00 €');
    const rows = within(payments).getAllByRole('row');
    expect(plain(rows[1]?.textContent)).toBe('01/04/2027600,00 €Versé le 03/04/2027');
    expect(plain(rows[2]?.textContent)).toBe('01/05/2027600,00 €Prévu');
    const commitment = screen.getByRole('region', { name: 'Votre engagement' });
    expect(commitment).toHaveTextContent('Exercer 5 ans dans le département en exercice libéral.');
    expect(commitment).toHaveTextContent('Votre engagement court du 1 avril 2027 au 1 avril 2032.');
    expect(screen.queryByRole('button', { name: 'Retirer ma demande' })).not.toBeInTheDocument();
  });
});
