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

  // The consortium view: from a member to TAP's members by sector.
  await page.getByLabel(/組織・プログラム・分野の名前/).fill('みやぎ工業会');
  await page.locator('#hits').getByRole('button', { name: 'みやぎ工業会' }).click();
  await page.locator('#memberships').getByRole('button', { name: 'TAP' }).click();
  await page.locator('#consortium-name').getByText('TAP').waitFor();
  seen.consortiumMembers = await page.locator('#consortium-sectors li').count();
  seen.consortiumFacts = await page.locator('#consortium-facts').innerText();
  await shot('consortium');

  // The support matrix, support bodies only.
  await page.locator('#show-matrix').click();
  await page.locator('#matrix-sector').selectOption('SUPPORT');
  await page.locator('#matrix-table tr').nth(1).waitFor();
  const technoArch = page.locator('#matrix-table tr').filter({ hasText: '東北テクノアーチ' });
  seen.matrixHeader = await page.locator('#matrix-table th').allInnerTexts();
  seen.technoArchRow = await technoArch.locator('td').allInnerTexts();
  await shot('matrix');

  // The English toggle.
  await page.locator('#language').click();
  seen.englishHeading = await page.locator('h2#search-heading').innerText();
  console.log(JSON.stringify(seen));
} finally {
  await browser.close();
}
