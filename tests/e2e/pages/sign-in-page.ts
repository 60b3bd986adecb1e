import { expect, type Locator, type Page } from '@playwright/test';

/** The page the browser host answers a browser that has not signed in. */
export class SignInPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'eTOM Studio' });
  }

  /** The editor's address opened without a session. */
  async expectNotSignedIn(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(
      this.page.getByText('This browser is not signed in to eTOM Studio.'),
    ).toBeVisible();
  }

  /** A launch link opened a second time, or too late. */
  async expectLinkSpent(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(
      this.page.getByText('This launch link has been used already or has expired.'),
    ).toBeVisible();
  }
}
