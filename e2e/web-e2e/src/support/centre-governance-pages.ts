import { expect, type Download, type Locator, type Page } from '@playwright/test';

export type Presence = 'Présent' | 'Représenté' | 'Excusé' | 'Absent';
export type Vote = 'Pour' | 'Contre' | 'Abstention';

/** The centre-governance back-office, as the département's officer uses it. */
export class CentreGovernanceBackOffice {
  constructor(private readonly page: Page) {}

  async openNav(link: string, heading: string | RegExp) {
    await this.page.getByRole('link', { name: link, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }

  async openGip() {
    await this.openNav('GIP et instances', /GIP Santé Cœur de Meuse \(fictif\)/);
  }

  async openMeeting(title: string) {
    await this.page.getByRole('table').getByRole('link', { name: title }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: new RegExp(title.replace(/[()]/g, '\\$&')) })).toBeVisible();
  }
}

/** A meeting page: attendance, votes, session, minutes. */
export class MeetingPage {
  constructor(private readonly page: Page) {}

  async recordAttendance(presence: Record<string, Presence>, proxies: Record<string, string>) {
    for (const [member, status] of Object.entries(presence)) {
      await this.page.getByRole('combobox', { name: `Présence : ${member}` }).selectOption({ label: status });
    }
    for (const [member, holder] of Object.entries(proxies)) {
      await this.page.getByRole('combobox', { name: `Pouvoir de ${member} donné à` }).selectOption({ label: holder });
    }
    await this.page.getByRole('button', { name: 'Enregistrer les présences' }).click();
    await expect(this.page.getByText('Présences enregistrées.')).toBeVisible();
  }

  quorum(): Locator {
    return this.page.getByRole('status').filter({ hasText: /Quorum/ });
  }

  deliberation(title: string | RegExp): Locator {
    return this.page.getByRole('article', { name: title });
  }

  async vote(title: string, votes: Record<string, Vote>) {
    const form = this.page.getByRole('form', { name: `Votes sur « ${title} »` });
    for (const [member, vote] of Object.entries(votes)) {
      await form.getByRole('combobox', { name: new RegExp(`^Vote : ${member.replace(/[()]/g, '\\$&')}`) }).selectOption({ label: vote });
    }
    await form.getByRole('button', { name: 'Enregistrer les votes' }).click();
    await expect(this.page.getByText('Votes enregistrés.').first()).toBeVisible();
  }

  async closeVote(title: string) {
    await this.page.getByRole('form', { name: `Votes sur « ${title} »` }).getByRole('button', { name: 'Clore le vote et délibérer' }).click();
    await expect(this.deliberation(new RegExp(`^Délibération n° \\d{4}-\\d{3} — ${title.replace(/[()]/g, '\\$&')}`))).toBeVisible();
  }

  async closeSession() {
    await this.page.getByRole('button', { name: 'Clore la séance' }).click();
    await expect(this.page.getByText('Tenue', { exact: true })).toBeVisible();
  }

  /** Draws up the minutes and returns the PDF the browser downloads. */
  async drawUpMinutes(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Établir le procès-verbal (PDF)' }).click();
    return download;
  }
}
