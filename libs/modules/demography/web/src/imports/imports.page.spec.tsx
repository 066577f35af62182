import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { demographyModule } from '@ancrage/demography-domain';
import { IMPORTER, READER, SNAPSHOT_2024, officer, snapshotRow } from '../testing/fixtures';
import { apiRefusal, plain, renderPage, type FakeAnswers } from '../testing/render-page';
import { ImportsPage } from './imports.page';
import { uploadImportFile, UploadError } from './upload-import-file';

vi.mock('./upload-import-file', async (importOriginal) => ({ ...(await importOriginal<typeof import('./upload-import-file')>()), uploadImportFile: vi.fn() }));

const upload = vi.mocked(uploadImportFile);
const NEW_ID = '6a1c2a9e-0000-4000-8000-000000002026';
const FILE_ID = '7b1c2a9e-0000-4000-8000-000000000001';
const fr = demographyModule.locales.fr as { import: { alreadyImported: string } };

function api(permissions: string[], extra: FakeAnswers = {}): FakeAnswers {
  return {
    'auth.me': () => officer(permissions),
    'demography.snapshots': () => [snapshotRow(SNAPSHOT_2024)],
    'demography.geometryStatus': () => ({ homeCommunes: 499, homePlaced: 0, areaCommunes: 3_000, areaPlaced: 0 }),
    'demography.referenceValues': () => [],
    ...extra,
  };
}

async function submitImport(user: ReturnType<typeof userEvent.setup>) {
  const form = await screen.findByRole('form', { name: 'Importer une extraction RPPS' });
  const input = form.querySelector('input[type="file"]') as HTMLInputElement;
  await user.upload(input, new File(['Type d\'identifiant PP|…\n'], 'PS_LibreAcces_Personne_activite.txt', { type: 'text/plain' }));
  await user.type(within(form).getByLabelText(/Date d'extraction/), '2026-06-01');
  await user.click(within(form).getByRole('button', { name: 'Envoyer et importer' }));
  return form;
}

beforeEach(() => {
  upload.mockImplementation(async ({ file, onProgress }) => {
    onProgress({ loaded: file.size, total: file.size });
    return { id: FILE_ID, name: file.name, sizeBytes: file.size };
  });
});
afterEach(() => vi.clearAllMocks());

describe('demography imports page', () => {
  it('shows the refusal of the API, translated, and follows no import', async () => {
    const user = userEvent.setup();
    const refusal = fr.import.alreadyImported.replace('{{date}}', '2025-12-01');
    const { calls } = renderPage(
      <ImportsPage />,
      api(IMPORTER, {
        'demography.startImport': () => {
          throw apiRefusal(refusal, 'CONFLICT');
        },
      }),
    );
    const form = await submitImport(user);
    expect(await within(form).findByRole('alert')).toHaveTextContent("Ce fichier a déjà été importé (instantané du 2025-12-01) : rien n'a changé.");
    expect(calls.find((call) => call.path === 'demography.startImport')?.input).toEqual({ fileId: FILE_ID, extractedOn: '2026-06-01' });
    expect(calls.some((call) => call.path === 'demography.importStatus')).toBe(false);
  });

  it('shows the message of a refused upload and never starts the import', async () => {
    const user = userEvent.setup();
    upload.mockRejectedValue(new UploadError('Le fichier dépasse 1024 Mo.', 413));
    const { calls } = renderPage(<ImportsPage />, api(IMPORTER));
    const form = await submitImport(user);
    expect(await within(form).findByRole('alert')).toHaveTextContent('Le fichier dépasse 1024 Mo.');
    expect(calls.some((call) => call.path === 'demography.startImport')).toBe(false);
  });

  it('words a refused file type for imports rather than with the generic list of office documents', async () => {
    const user = userEvent.setup();
    upload.mockRejectedValue(new UploadError("Ce type de fichier n'est pas accepté (PDF, images, CSV, tableurs et documents bureautiques).", 415));
    renderPage(<ImportsPage />, api(IMPORTER));
    const form = await submitImport(user);
    expect(await within(form).findByRole('alert')).toHaveTextContent("Ce type de fichier n'est pas accepté pour un import : déposez le fichier texte de l'extraction RPPS (.txt, .csv) ou un fichier de contours GeoJSON.");
  });

  it('asks for a file and a valid date before sending anything', async () => {
    const user = userEvent.setup();
    renderPage(<ImportsPage />, api(IMPORTER));
    const form = await screen.findByRole('form', { name: 'Importer une extraction RPPS' });
    await user.click(within(form).getByRole('button', { name: 'Envoyer et importer' }));
    expect(await within(form).findByText('Choisissez un fichier.')).toBeInTheDocument();
    expect(upload).not.toHaveBeenCalled();
  });

  it('shows the progress and running counts while importing, then the report', async () => {
    const user = userEvent.setup();
    let polls = 0;
    const running = {
      id: NEW_ID,
      extractedOn: '2026-06-01',
      fileName: 'PS_LibreAcces_Personne_activite.txt',
      fictitious: false,
      bytesTotal: 2_000_000,
      errorKey: null,
      malformed: [],
      unresolved: [],
    };
    renderPage(
      <ImportsPage />,
      api(IMPORTER, {
        'demography.startImport': () => ({ snapshotId: NEW_ID }),
        'demography.importStatus': () =>
          ++polls === 1
            ? { ...running, status: 'importing', bytesRead: 500_000, counts: { rowsRead: 1_200, kept: 640, outsideArea: 555, malformed: 3, unresolved: 2 } }
            : {
                ...running,
                status: 'ready',
                bytesRead: 2_000_000,
                counts: { rowsRead: 4_800, kept: 2_560, outsideArea: 2_230, malformed: 6, unresolved: 4, professionals: 1_234 },
                malformed: [{ line: 18, problem: 'unknownIdentifierType' }],
                unresolved: [{ line: 27, postalCode: '55300', town: 'NULLE PART' }],
              },
      }),
    );
    await submitImport(user);

    const panel = await screen.findByRole('region', { name: /PS_LibreAcces_Personne_activite.txt \(extraction du 1 juin 2026\)/ });
    expect(await within(panel).findByText('Import en cours')).toBeInTheDocument();
    expect(within(panel).getByRole('progressbar', { name: 'Lecture du fichier' })).toHaveAttribute('aria-valuenow', '25');
    expect(plain(within(panel).getByText(/Mo sur/).textContent)).toBe('0,5 Mo sur 1,9 Mo (25 %)');
    const counts = within(panel).getByLabelText("Lignes de l'import");
    expect(plain(counts.textContent)).toContain('Lignes lues1 200');
    expect(plain(counts.textContent)).toContain('Hors territoire555');

    // Polled every second until the import ends.
    expect(await within(panel).findByText('Prêt', {}, { timeout: 4000 })).toBeInTheDocument();
    expect(within(panel).queryByRole('progressbar')).not.toBeInTheDocument();
    expect(plain(within(panel).getByLabelText("Lignes de l'import").textContent)).toContain('Professionnels1 234');
    const malformed = within(panel).getByRole('table', { name: '6 lignes mal formées (lignes listées : 1)' });
    expect(within(malformed).getByRole('row', { name: /18/ })).toHaveTextContent("Type d'identifiant inconnu (ni RPPS ni ADELI)");
    const unresolved = within(panel).getByRole('table', { name: '4 lignes dont la commune est introuvable (lignes listées : 1)' });
    expect(within(unresolved).getByRole('row', { name: /27/ })).toHaveTextContent('55300NULLE PART');
    // The end refreshes every figure once, then nothing polls any more.
    await waitFor(() => expect(polls).toBe(3));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(polls).toBe(3);
  });

  it('lets readers see the snapshots but offers them no import, deletion or reference form', async () => {
    renderPage(<ImportsPage />, api(READER));
    const table = await screen.findByRole('table', { name: '1 extraction' });
    expect(within(table).getByText('1 décembre 2024')).toBeInTheDocument();
    expect(within(table).getByText('Données fictives de démonstration')).toBeInTheDocument();
    expect(plain(within(table).getByRole('row', { name: /2024/ }).textContent)).toContain('2 5001 3001 234');
    expect(screen.queryByRole('form', { name: 'Importer une extraction RPPS' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Supprimer/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Saisir une valeur de référence' })).not.toBeInTheDocument();
    expect(screen.getByText('0 communes du département sur 499 ont un contour (0 sur 3 000 avec les départements voisins).', { normalizer: (text) => plain(text) ?? '' })).toBeInTheDocument();
  });

  it('opens the report of a snapshot from the list, in view and focused', async () => {
    const user = userEvent.setup();
    // jsdom lays nothing out.
    Element.prototype.scrollIntoView = vi.fn();
    renderPage(
      <ImportsPage />,
      api(READER, {
        'demography.importStatus': () => ({ ...snapshotRow(SNAPSHOT_2024), malformed: [{ line: 4, problem: 'invalidPostalCode' }], unresolved: [] }),
      }),
    );
    await user.click(await screen.findByRole('button', { name: "Voir le rapport de l'extraction du 1 décembre 2024" }));
    const panel = await screen.findByRole('region', { name: /PS_LibreAcces_Personne_activite_2024.txt/ });
    await waitFor(() => expect(panel).toHaveFocus());
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
    expect(within(panel).getByRole('row', { name: /Code postal invalide/ })).toBeInTheDocument();
  });
});
