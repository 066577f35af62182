import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { BackOffice, PortalPage } from './support/pages';

test('the landing page lists the départements on Ancrage', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Département de la Meuse' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Département des Landes' })).toBeVisible();
  await expect(page.getByText('Grand Est')).toBeVisible();
  await expectAccessible(page);
});

test('the Meuse portal speaks French, switches to English and remembers it', async ({ page }) => {
  const portal = new PortalPage(page, 'meuse');
  await portal.open();
  await expect(portal.heading('Département de la Meuse')).toBeVisible();
  await expect(page.getByText('Venez exercer en Meuse : un territoire qui vous accompagne.')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expectAccessible(page);

  await portal.switchToEnglish();
  await expect(page.getByText('Come and practise in the Meuse: a territory that supports you.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Come and practise in the Meuse: a territory that supports you.')).toBeVisible();
  await expectAccessible(page);
  await portal.switchToFrench();
  await expect(page.getByText('Venez exercer en Meuse : un territoire qui vous accompagne.')).toBeVisible();
});

test('the portal shows the territory with French number formats', async ({ page }) => {
  await page.goto('/t/meuse/territory');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // 499 communes and the population with a French thousands separator.
  await expect(page.getByText(/^180[\s\u202f\u00a0]290$/).first()).toBeVisible();
  await expectAccessible(page);
});

test('an admin signs in, disables then re-enables a module', async ({ page }) => {
  const office = new BackOffice(page, 'meuse');
  await office.signIn('admin@meuse.demo.ancrage.fr');
  await expect(office.navLink('Communes')).toBeVisible();
  await expectAccessible(page);

  await office.openModules();
  await expectAccessible(page);
  const territory = office.moduleSwitch('Territoire');
  await expect(territory).toBeChecked();
  // The demography and incentives modules depend on the territory: the refusal says so, and they go first.
  await territory.click();
  await expect(page.getByText('Le module « Démographie médicale » en dépend : désactivez-le d\'abord.').first()).toBeVisible();
  await expect(territory).toBeChecked();
  await office.moduleSwitch('Démographie médicale').click();
  await expect(office.moduleSwitch('Démographie médicale')).not.toBeChecked();
  await office.moduleSwitch('Aides et dispositifs').click();
  await expect(office.moduleSwitch('Aides et dispositifs')).not.toBeChecked();
  await territory.click();
  await expect(territory).not.toBeChecked();
  await expect(office.navLink('Communes')).toHaveCount(0);
  await page.goto('/t/meuse/territory');
  await expect(page.getByText(/introuvable|pas activé/i).first()).toBeVisible();

  await page.goto('/t/meuse/admin/modules');
  await office.moduleSwitch('Territoire').click();
  await expect(office.moduleSwitch('Territoire')).toBeChecked();
  await office.moduleSwitch('Démographie médicale').click();
  await expect(office.moduleSwitch('Démographie médicale')).toBeChecked();
  await office.moduleSwitch('Aides et dispositifs').click();
  await expect(office.moduleSwitch('Aides et dispositifs')).toBeChecked();
  await expect(office.navLink('Communes')).toBeVisible();
  await office.navLink('Communes').click();
  await page.getByRole('searchbox', { name: 'Rechercher une commune' }).fill('Verdun');
  await expect(page.getByRole('cell', { name: 'Verdun', exact: true })).toBeVisible();
  await expectAccessible(page);
});

test('Landes shows its own identity and none of Meuse’s data', async ({ page }) => {
  const portal = new PortalPage(page, 'landes');
  await portal.open();
  await expect(portal.heading('Département des Landes')).toBeVisible();
  await expect(page.getByText("Les Landes, terre d'installation pour les professionnels de santé.")).toBeVisible();
  await expect(page.getByText(/Meuse/)).toHaveCount(0);
  const banner = page.getByRole('heading', { level: 1, name: 'Département des Landes' });
  await expect(banner).toBeVisible();
  await expectAccessible(page);

  const office = new BackOffice(page, 'landes');
  await office.signIn('charge@landes.demo.ancrage.fr');
  await office.navLink('Communes').click();
  await page.getByRole('searchbox', { name: 'Rechercher une commune' }).fill('Verdun');
  await expect(page.getByText(/Aucune commune/)).toBeVisible();
  await page.getByRole('searchbox', { name: 'Rechercher une commune' }).fill('Mont-de-Marsan');
  await expect(page.getByRole('cell', { name: 'Mont-de-Marsan', exact: true })).toBeVisible();
  await expect(page.getByText(/Meuse/)).toHaveCount(0);
});

test('an unknown département gets a helpful 404 page', async ({ page }) => {
  await page.goto('/t/atlantide');
  await expect(page.getByRole('heading', { name: 'Département introuvable' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Voir tous les départements' })).toBeVisible();
  await expectAccessible(page);
});

test('the portal fits a phone @phone', async ({ page }) => {
  const portal = new PortalPage(page, 'meuse');
  await portal.open();
  await expect(portal.heading('Département de la Meuse')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
});
