// Drives the explorer page as a coordinator would, in headless Chromium: search, organization view, network map,
// path finder, partner finder. Prints what the page showed as JSON; with a folder, saves a screenshot per view.
// Usage: node explorer.mjs http://localhost:8080 [screenshot-folder]
import { chromium } from 'playwright-core';
import { launchOptions } from './chromium.mjs';

const [base, shots] = process.argv.slice(2);
if (!base) {
  console.error('usage: node explorer.mjs <app-url> [screenshot-folder]');
  process.exit(2);
}

const browser = await chromium.launch(launchOptions());
const seen = {};
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  const shot = async (name) => { if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true }); };
  await page.goto(base + '/');

  // Search in Japanese, open an organization, read its support functions and sources.
  await page.getByLabel(/組織・プログラム・分野の名前/).fill('テクノアーチ');
  await page.getByRole('button', { name: '東北テクノアーチ' }).click();
  await page.locator('#functions').getByText('技術移転支援').waitFor();
  seen.functions = await page.locator('#functions li').allInnerTexts();
  seen.sources = await page.locator('#sources summary').count();
  await page.locator('#map canvas').first().waitFor();
  seen.mapDrawn = await page.locator('#map canvas').count() > 0;
  await shot('organization');

  // How does the spin-off reach a venture capital?
  await page.getByLabel(/組織・プログラム・分野の名前/).fill('クリーンプラネット');
  await page.getByRole('button', { name: 'クリーンプラネット' }).click();
  await page.locator('#organization-name').getByText('クリーンプラネット').waitFor();
  await page.locator('#path-kind').selectOption('VENTURE_CAPITAL');
  await page.locator('#path-form button').click();
  await page.locator('#paths li').first().waitFor();
  seen.paths = await page.locator('#paths > li > p').allInnerTexts();
  await shot('paths');

  // Who could give technology-transfer support?
  await page.getByLabel('技術移転支援').check();
  await page.locator('#partner-form button').click();
  await page.locator('#partners li').first().waitFor();
  seen.partners = await page.locator('#partners li').allInnerTexts();
  await shot('partners');

  // The English toggle.
  await page.locator('#language').click();
  seen.englishHeading = await page.locator('h2#search-heading').innerText();
  console.log(JSON.stringify(seen));
} finally {
  await browser.close();
}
