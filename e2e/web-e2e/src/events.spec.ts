import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { EventsBackOffice, EventsPortal, type Visitor } from './support/events-pages';
import { BackOffice } from './support/pages';

const EVENING = /Soirée d'accueil des internes — Verdun \(fictive\)/;

test('a visitor registers on the portal, then an officer checks them in from the back-office', async ({ page }) => {
  const visitor: Visitor = { firstName: 'Élise', lastName: 'Témoin-E2E (fictive)', email: `elise.e2e.${Date.now()}@example.org`, audience: 'Interne', faculty: 'Nancy' };

  const portal = new EventsPortal(page, 'meuse');
  await portal.open();
  await expect(page.getByRole('article', { name: EVENING })).toContainText('places restantes');
  await expectAccessible(page);
  // The segmented control's radios are visually hidden behind their labels.
  await page.getByText('Mois', { exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Mois' })).toBeChecked();
  await expect(page.getByRole('table', { name: /Calendrier des événements/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByText('Liste', { exact: true }).click();

  await portal.openEvent(EVENING);
  await expectAccessible(page);
  await portal.register(visitor);
  await expectAccessible(page);

  const office = new BackOffice(page, 'meuse');
  await office.signIn('charge@meuse.demo.ancrage.fr');
  const events = new EventsBackOffice(page, 'meuse');
  await events.openEvent(EVENING);
  await expect(events.registrations().getByRole('row', { name: new RegExp(visitor.email) })).toContainText('Inscrit·e');
  await expectAccessible(page);

  await events.openCheckIn();
  await expectAccessible(page);
  await events.checkInByName('elise temoin', `${visitor.firstName} ${visitor.lastName}`);
  await expect(page.getByRole('article', { name: `${visitor.firstName} ${visitor.lastName}` })).toContainText('Présent depuis');
  await expectAccessible(page);

  // The confirmation email, with its ticket, sits in the outbox.
  await page.getByRole('link', { name: 'E-mails', exact: true }).click();
  await expect(page.getByRole('button', { name: /Inscription confirmée : Soirée d'accueil/ }).first()).toBeVisible();
});

test('@phone the check-in page works on a phone', async ({ page }) => {
  const office = new BackOffice(page, 'meuse');
  await office.signIn('charge@meuse.demo.ancrage.fr');
  await page.goto('/t/meuse/admin/events');
  await page.getByRole('table').getByRole('link', { name: EVENING }).click();
  const events = new EventsBackOffice(page, 'meuse');
  await events.openCheckIn();
  await expect(page.getByRole('button', { name: 'Scanner un billet' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Rechercher par nom' }).fill('camille');
  await expect(page.getByRole('article').first()).toBeVisible();
  await expectAccessible(page);
});
