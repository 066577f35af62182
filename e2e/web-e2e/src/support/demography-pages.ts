import { expect, type Page } from '@playwright/test';

/** Chooses a file through the browser's file chooser, as a person clicking the field would. */
async function chooseFile(page: Page, field: string, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: field }).click();
  await (await chooser).setFiles(file);
}

/** /t/:tenant/admin/demography/imports: RPPS extracts, commune contours, reference values. */
export class DemographyImports {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Imports RPPS et contours' });
  }

  async importRpps(file: { name: string; buffer: Buffer }, extractedOn: string) {
    const form = this.page.getByRole('form', { name: 'Importer une extraction RPPS' });
    await chooseFile(this.page, "Fichier de l'extraction RPPS", { ...file, mimeType: 'text/plain' });
    await form.getByLabel("Date d'extraction").fill(extractedOn);
    await form.getByRole('button', { name: 'Envoyer et importer' }).click();
  }

  /** The panel following the import of `fileName`. */
  importPanel(fileName: string) {
    return this.page.getByRole('region', { name: new RegExp(fileName.replace(/[.]/g, '\\.')) });
  }

  importCounts(fileName: string) {
    return this.importPanel(fileName).getByLabel("Lignes de l'import");
  }

  async importContours(path: string) {
    await chooseFile(this.page, 'Fichier de contours (GeoJSON)', path);
    await this.page.getByRole('button', { name: 'Envoyer et importer les contours' }).click();
  }
}

/** /t/:tenant/admin/demography: key figures and the map, table, evolution, without-GP and accessibility tabs. */
export class DemographyOverview {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: "État des lieux de l'offre de soins" });
  }

  keyFigures() {
    return this.page.getByRole('region', { name: /chiffres clés du département/ });
  }

  map(subject = 'Médecins généralistes') {
    return this.page.getByRole('listbox', { name: `${subject} : ETP pour 100 000 habitants, par commune` });
  }

  async openTab(name: string) {
    await this.page.getByRole('tab', { name }).click();
    await expect(this.page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  }

  table() {
    return this.page.getByRole('table', { name: /par Commune, extraction du/ });
  }

  async search(text: string) {
    await this.page.getByRole('searchbox', { name: 'Rechercher une commune' }).fill(text);
  }
}
