import type { Page } from '@playwright/test';

/** Opens the header's menu where it is folded (phones, large text); does nothing where the navigation shows. */
export async function openSiteMenu(page: Page, label: string): Promise<void> {
  const button = page.getByRole('banner').getByText(label, { exact: true });
  if (await button.isVisible()) await button.click();
}
