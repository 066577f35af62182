import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { BackOffice } from './support/pages';

test('an admin invites a partner; the invitation is readable in the back-office', async ({ page }) => {
  const office = new BackOffice(page, 'meuse');
  await office.signIn('admin@meuse.demo.ancrage.fr');
  await office.navLink('Utilisateurs').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Utilisateurs' })).toBeVisible();
  await expectAccessible(page);

  const form = page.getByRole('region', { name: 'Inviter une personne' });
  await form.getByRole('textbox', { name: 'Prénom et nom' }).fill('CPTS Cœur de Meuse (fictive)');
  await form.getByRole('textbox', { name: 'Adresse e-mail' }).fill('cpts.e2e@example.org');
  await form.getByRole('combobox', { name: 'Rôle' }).selectOption({ label: 'Partenaire' });
  await form.getByRole('button', { name: "Envoyer l'invitation" }).click();
  await expect(page.getByRole('table').getByText('cpts.e2e@example.org')).toBeVisible();

  await office.navLink('E-mails').click();
  await page.getByRole('button', { name: /Invitation à rejoindre Département de la Meuse/ }).first().click();
  await expect(page.getByText(/vous invite à rejoindre l'espace Département de la Meuse/)).toBeVisible();
  await expectAccessible(page);

  await office.navLink("Journal d'audit").click();
  await expect(page.getByText('admin.users.invite').first()).toBeVisible();
});

test('a visitor without a role is told so, and a wrong password is refused in French', async ({ page }) => {
  await page.goto('/t/landes/login');
  await page.getByRole('textbox', { name: 'Adresse e-mail' }).fill('admin@landes.demo.ancrage.fr');
  await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill('pas le bon mot de passe');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByText('Adresse e-mail ou mot de passe incorrect.')).toBeVisible();

  const office = new BackOffice(page, 'meuse');
  await office.signIn('admin@meuse.demo.ancrage.fr');
  await page.goto('/t/landes/admin');
  await expect(page.getByRole('heading', { name: 'Accès non autorisé' })).toBeVisible();
  await expectAccessible(page);
});
