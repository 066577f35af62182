import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { CentreGovernanceBackOffice, MeetingPage } from './support/centre-governance-pages';
import { BackOffice } from './support/pages';

const MEETING = 'Accueil des docteurs juniors (séance fictive)';
const FIRST = "Convention d'accueil des docteurs juniors avec la faculté de médecine";
const SECOND = "Tarifs de mise à disposition des cabinets de l'antenne";
const DEPARTEMENT = 'Département de la Meuse (membre fictif)';
const REGION = 'Région Grand Est (membre fictif)';
const COMMUNE = 'Commune de Verdun (membre fictif)';
const EPCI = 'Communauté d’agglomération du Grand Verdun (membre fictif)';
const HOSPITAL = 'Centre hospitalier de Verdun – Saint-Mihiel (membre fictif)';
const USERS = 'Association des usagers du territoire (membre fictif)';

test('the officer holds a board meeting: attendance with a proxy, a vote, its outcome and the minutes as a PDF', async ({ page }) => {
  const office = new BackOffice(page, 'meuse');
  await office.signIn('charge@meuse.demo.ancrage.fr');
  const governance = new CentreGovernanceBackOffice(page);
  await governance.openGip();
  await expectAccessible(page);
  await governance.openMeeting(MEETING);
  await expectAccessible(page);

  const meeting = new MeetingPage(page);
  await meeting.recordAttendance({ [DEPARTEMENT]: 'Présent', [COMMUNE]: 'Présent', [EPCI]: 'Présent', [USERS]: 'Présent', [HOSPITAL]: 'Absent', [REGION]: 'Représenté' }, { [REGION]: DEPARTEMENT });
  await expect(meeting.quorum()).toContainText('Quorum atteint : 5 membres présents ou représentés sur 6');
  await expectAccessible(page);

  // Département 3 + Région by proxy 2 for, Commune 1 against, EPCI 1 for, association abstains.
  await meeting.vote(FIRST, { [DEPARTEMENT]: 'Pour', [REGION]: 'Pour', [COMMUNE]: 'Contre', [EPCI]: 'Pour', [USERS]: 'Abstention' });
  await expect(meeting.deliberation(new RegExp(FIRST))).toContainText('Pour : 6 · Contre : 1 · Abstention : 1');
  await expect(meeting.deliberation(new RegExp(FIRST))).toContainText('Si le vote était clos maintenant : adoptée');
  await meeting.closeVote(FIRST);
  await expect(meeting.deliberation(new RegExp(FIRST))).toContainText('Adoptée — Majorité atteinte');
  await expectAccessible(page);

  await meeting.vote(SECOND, { [DEPARTEMENT]: 'Contre', [REGION]: 'Contre', [COMMUNE]: 'Pour', [EPCI]: 'Pour', [USERS]: 'Pour' });
  await meeting.closeVote(SECOND);
  await expect(meeting.deliberation(new RegExp(SECOND))).toContainText('Rejetée — Majorité non atteinte');

  await meeting.closeSession();
  const download = await meeting.drawUpMinutes();
  expect(download.suggestedFilename()).toMatch(/^proces-verbal-\d{4}-\d{2}-\d{2}-board\.pdf$/);
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(bytes.length).toBeGreaterThan(10_000);
  await expect(page.getByRole('button', { name: 'Télécharger le procès-verbal' })).toBeVisible();
  await expectAccessible(page);

  // The register numbers both decisions.
  await governance.openGip();
  await page.getByRole('tab', { name: 'Registre des délibérations' }).click();
  await expect(page.getByRole('table', { name: /Registre des délibérations/ }).getByRole('row', { name: new RegExp(FIRST) })).toContainText('Adoptée');
  await expectAccessible(page);
});

test('the centre, its staff, contributions and activity pages are accessible and show the demo centre', async ({ page }) => {
  const office = new BackOffice(page, 'meuse');
  await office.signIn('charge@meuse.demo.ancrage.fr');
  const governance = new CentreGovernanceBackOffice(page);

  await governance.openNav('Centres de santé', 'Centres de santé');
  await expect(page.getByRole('row', { name: /Centre de santé Cœur de Meuse \(fictif\)/ })).toContainText('En préparation');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Centre de santé Cœur de Meuse (fictif)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Centre de santé Cœur de Meuse (fictif)' })).toBeVisible();
  await expect(page.getByRole('article', { name: /Antenne de Saint-Mihiel/ })).toContainText('Lundi : 08:30–12:30, 14:00–18:00');
  await expectAccessible(page);

  await governance.openNav('Professionnels accueillis', 'Professionnels accueillis');
  await expect(page.getByRole('table', { name: /Réservations des salles/ })).toContainText('Docteur junior');
  await expectAccessible(page);

  await governance.openNav('Contributions et budget', 'Contributions et budget');
  await expect(page.getByRole('region', { name: /Chiffres clés/ })).toContainText('contributions en numéraire dues');
  await expectAccessible(page);

  await governance.openNav('Activité du centre', 'Activité du centre');
  await expect(page.getByRole('table', { name: /Activité mensuelle/ })).toBeVisible();
  await expectAccessible(page);
});
