import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo-ancrage-2026';

/** A département's public portal. */
export class PortalPage {
  constructor(
    private readonly page: Page,
    readonly slug: string,
  ) {}

  async open() {
    await this.page.goto(`/t/${this.slug}`);
  }

  heading(name: string | RegExp) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  async switchToEnglish() {
    await this.page.getByRole('button', { name: 'English' }).click();
    await expect(this.page.locator('html')).toHaveAttribute('lang', 'en');
  }

  async switchToFrench() {
    await this.page.getByRole('button', { name: 'Français' }).click();
    await expect(this.page.locator('html')).toHaveAttribute('lang', 'fr');
  }
}

/** The back-office, reached through the sign-in page. */
export class BackOffice {
  constructor(
    private readonly page: Page,
    readonly slug: string,
  ) {}

  async signIn(email: string, password = DEMO_PASSWORD) {
    await this.page.goto(`/t/${this.slug}/admin`);
    await expect(this.page).toHaveURL(new RegExp(`/t/${this.slug}/login`));
    await this.page.getByRole('textbox', { name: 'Adresse e-mail' }).fill(email);
    await this.page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(this.page).toHaveURL(new RegExp(`/t/${this.slug}/admin`));
  }

  navigation() {
    return this.page.getByRole('navigation', { name: /administration|back-office|espace de gestion/i });
  }

  navLink(name: string) {
    return this.page.getByRole('link', { name, exact: true });
  }

  async openModules() {
    await this.navLink('Modules').click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Modules' })).toBeVisible();
  }

  moduleSwitch(title: string) {
    return this.page.getByRole('switch', { name: title });
  }
}
