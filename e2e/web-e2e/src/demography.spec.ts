import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { DemographyImports, DemographyOverview } from './support/demography-pages';
import { generalPractitioner, MEUSE_CONTOURS, nurse, rppsFile } from './support/demography-rpps-file';
import { BackOffice } from './support/pages';

// A date no demo snapshot uses (the demo seed may import 2024-12-01 and 2025-12-01): this one is the newest.
const EXTRACTED_ON = '2026-06-01';
const FILE_NAME = 'PS_LibreAcces_Personne_activite_e2e.txt';
const plain = (text: string | null) => text?.replace(/[\u202f\u00a0]/g, ' ') ?? '';

// The portal tests read what the officer imported first.
test.describe.configure({ mode: 'serial' });

/**
 * Verdun: 3 GPs (one of them also in Bar-le-Duc) and a nurse; Bar-le-Duc: one more GP, salaried;
 * a GP in Paris (outside the area); a malformed row; a row whose commune cannot be found (kept, unplaced).
 */
const file = rppsFile([
  generalPractitioner('10000099001', '55545'),
  generalPractitioner('10000099002', '55545'),
  generalPractitioner('10000099003', '55545'),
  generalPractitioner('10000099003', '55029'),
  generalPractitioner('10000099004', '55029', 'S'),
  nurse('10000099005', '55545'),
  generalPractitioner('10000099006', '75056'),
  { "Type d'identifiant PP": '5', 'Identifiant PP': 'X', 'Code profession': '10' },
  { ...generalPractitioner('10000099007', ''), 'Code postal (coord. structure)': '55300', 'Bureau cedex (coord. structure)': '55300 NULLE PART' },
]);

test('an officer imports an RPPS extract and the contours, then reads the overview, exports it and opens a commune', async ({ page }) => {
  test.setTimeout(180_000);
  const office = new BackOffice(page, 'meuse');
  await office.signIn('charge@meuse.demo.ancrage.fr');

  await office.navLink('Imports RPPS').click();
  const imports = new DemographyImports(page);
  await expect(imports.heading()).toBeVisible();
  await expectAccessible(page);

  await imports.importRpps({ name: FILE_NAME, buffer: file }, EXTRACTED_ON);
  await expect(imports.importPanel(FILE_NAME).getByText('Prêt', { exact: true })).toBeVisible({ timeout: 60_000 });
  const counts = plain(await imports.importCounts(FILE_NAME).textContent());
  expect(counts).toContain('Lignes lues9');
  expect(counts).toContain('Gardées7');
  expect(counts).toContain('Hors territoire1');
  expect(counts).toContain('Mal formées1');
  expect(counts).toContain('Commune introuvable1');
  expect(counts).toContain('Professionnels6');
  await expect(imports.importPanel(FILE_NAME).getByRole('row', { name: /Type d'identifiant inconnu/ })).toBeVisible();
  await expect(imports.importPanel(FILE_NAME).getByRole('row', { name: /NULLE PART/ })).toBeVisible();
  await expectAccessible(page);

  await imports.importContours(MEUSE_CONTOURS);
  await expect(page.getByText('499 contours importés.')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/^499 communes du département sur 499 ont un contour/)).toBeVisible();

  await office.navLink("État des lieux").click();
  const overview = new DemographyOverview(page);
  await expect(overview.heading()).toBeVisible();
  // Our extract is the newest: 4 GPs, 4 FTE (two sites count ½ + ½), one of them salaried.
  await expect(overview.keyFigures().getByText('Source : RPPS (ANS), extraction du 1 juin 2026')).toBeVisible();
  const figures = plain(await overview.keyFigures().textContent());
  expect(figures).toContain('4Médecins généralistes en exercice (effectif)');
  expect(figures).toContain('4Effectif pondéré');
  expect(figures).toContain('75 %Exercice libéral (3 ETP)');
  expect(figures).toContain('25 %Exercice salarié (1 ETP)');
  await expect(overview.map()).toBeVisible();
  await expect(overview.map().getByRole('option')).toHaveCount(499);
  await expect(overview.map().getByRole('option', { name: /^Verdun : / })).toBeVisible();
  await expect(page.getByText('Contours : IGN – ADMIN EXPRESS, via Etalab ; Licence Ouverte 2.0')).toBeVisible();
  await expectAccessible(page);

  await overview.openTab('Accessibilité');
  await expect(page.getByText(/^Seuil de sous-dotation : /)).toBeVisible();
  await expect(page.getByRole('form', { name: 'Simuler des installations et des départs' })).toBeVisible();
  await expectAccessible(page);

  await overview.openTab('Tableau');
  await overview.search('Verdun');
  const verdun = overview.table().getByRole('row', { name: /^55545 Verdun/ });
  await expect(verdun).toBeVisible();
  const cells = (await verdun.getByRole('cell').allTextContents()).map(plain);
  expect(cells[0]).toBe('55545');
  expect(cells[1]).toBe('Verdun');
  expect(cells.slice(3)).toEqual(['3', '2,5', expect.stringMatching(/^\d+(,\d)?$/), '2,5', '0']);
  await expectAccessible(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter en CSV' }).click();
  const csv = await download;
  expect(csv.suggestedFilename()).toBe(`offre-de-soins-general-practice-commune-${EXTRACTED_ON}.csv`);
  const text = await readFile(await csv.path(), 'utf8');
  expect(text.split('\r\n')).toContainEqual(expect.stringMatching(/^55545;Verdun;\d+;3;2,5;/));

  await overview.table().getByRole('link', { name: 'Verdun', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verdun' })).toBeVisible();
  await expect(page.getByRole('table', { name: "Situations d'exercice à Verdun" }).getByText('MEDECIN-FICTIF 001 Camille')).toBeVisible();
  await expectAccessible(page);
});

test('the public portal shows the aggregates without a name, small counts kept secret', async ({ page }) => {
  await page.goto('/t/meuse/demography');
  await expect(page.getByRole('heading', { level: 1, name: "L'offre de soins du département" })).toBeVisible();
  await expect(page.getByText('Source : RPPS (ANS), extraction du 1 juin 2026').first()).toBeVisible();
  const table = page.getByRole('table', { name: 'Médecins généralistes par Commune' });
  await page.getByRole('searchbox', { name: 'Rechercher une commune' }).fill('Verdun');
  // 3 general practitioners in Verdun: under the secrecy threshold of 5.
  await expect(table.getByRole('row', { name: /^Verdun / })).toContainText('secret statistique (< 5)');
  await expect(page.getByRole('listbox', { name: 'Médecins généralistes : ETP pour 100 000 habitants, par commune' }).getByRole('option')).toHaveCount(499);
  await expect(page.getByText('MEDECIN-FICTIF')).toHaveCount(0);
  await expectAccessible(page);
});

test('the public portal reads well on a phone @phone', async ({ page }) => {
  await page.goto('/t/meuse/demography');
  await expect(page.getByRole('heading', { level: 1, name: "L'offre de soins du département" })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Professionnels' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Échelle' })).toBeVisible();
  // Nothing wider than the screen: tables scroll in their own region, the map shrinks.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
});
