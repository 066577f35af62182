import { expect, type Page } from '@playwright/test';

export interface Visitor {
  firstName: string;
  lastName: string;
  email: string;
  audience: string;
  faculty: string;
}

/** The events of a département's portal, as a visitor uses them. */
export class EventsPortal {
  constructor(
    private readonly page: Page,
    readonly slug: string,
  ) {}

  async open() {
    await this.page.goto(`/t/${this.slug}/events`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Événements' })).toBeVisible();
  }

  async openEvent(title: string | RegExp) {
    await this.page.getByRole('article', { name: title }).getByRole('link', { name: title }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  async register(visitor: Visitor) {
    const form = this.page.getByRole('region', { name: 'Inscription' });
    await form.getByRole('textbox', { name: 'Prénom' }).fill(visitor.firstName);
    await form.getByRole('textbox', { name: 'Nom', exact: true }).fill(visitor.lastName);
    await form.getByRole('textbox', { name: 'Adresse e-mail' }).fill(visitor.email);
    await form.getByRole('combobox', { name: 'Vous êtes' }).selectOption({ label: visitor.audience });
    await form.getByRole('textbox', { name: 'Faculté de rattachement' }).fill(visitor.faculty);
    await form.getByRole('checkbox', { name: /J'accepte/ }).check();
    await form.getByRole('button', { name: "M'inscrire" }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Inscription confirmée' })).toBeVisible();
  }
}

/** The events of the back-office, as an officer runs them. */
export class EventsBackOffice {
  constructor(
    private readonly page: Page,
    readonly slug: string,
  ) {}

  async openEvent(title: string | RegExp) {
    await this.page.getByRole('link', { name: 'Événements', exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Événements' })).toBeVisible();
    await this.page.getByRole('table').getByRole('link', { name: title }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  registrations() {
    return this.page.getByRole('tabpanel', { name: 'Inscriptions' });
  }

  async openCheckIn() {
    await this.page.getByRole('link', { name: 'Accueil (émargement)' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Accueil des participants' })).toBeVisible();
  }

  async checkInByName(search: string, fullName: string) {
    await this.page.getByRole('searchbox', { name: 'Rechercher par nom' }).fill(search);
    await this.page.getByRole('button', { name: `Marquer ${fullName} présent` }).click();
    await expect(this.page.getByText(`Bienvenue ${fullName} : présence enregistrée.`)).toBeVisible();
  }
}
