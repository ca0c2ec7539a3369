// Drives the explorer page as a coordinator would, in headless Chromium: support finder, search, organization view,
// network map, path finder, partner finder, consortium view, support matrix, keyboard use, an axe-core audit, a
// tablet-sized window and the English toggle. Prints what the page showed as JSON; with a folder, saves a
// screenshot of each view there.
// Usage: node explorer.mjs http://localhost:8080 [screenshot-folder]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { launchOptions } from './chromium.mjs';

const [base, shots] = process.argv.slice(2);
if (!base) {
  console.error('usage: node explorer.mjs <app-url> [screenshot-folder]');
  process.exit(2);
}
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const browser = await chromium.launch(launchOptions());
const seen = { pageErrors: [], blocked: [] };
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  page.on('pageerror', (error) => seen.pageErrors.push(String(error)));
  // What the page's Content-Security-Policy blocked, apart from its other errors.
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) seen.blocked.push(message.text());
    else if (message.type() === 'error') seen.pageErrors.push(message.text());
  });
  const shot = async (name, locator) => {
    if (!shots) return;
    if (locator) await locator.screenshot({ path: `${shots}/${name}.png` });
    else await page.screenshot({ path: `${shots}/${name}.png` });
  };
  const searchBox = () => page.getByLabel(/組織・プログラム・分野の名前/);
  const open = async (text, name) => {
    await searchBox().fill(text);
    await page.locator('#hits').getByRole('button', { name, exact: true }).click();
    await page.locator('#organization-name').getByText(name).waitFor();
    await page.waitForFunction((centre) => map?.nodes('.centre').first().data('label') === centre, name);
  };
  const mapNodes = () => page.evaluate(() => map.nodes().map((n) => n.data('label')));
  await page.goto(base + '/');

  // Which bodies near me give technology-transfer support? 技術移転支援 in 仙台市.
  await page.locator('#support-function option[value=TECHNOLOGY_TRANSFER]').waitFor({ state: 'attached' });
  await page.getByLabel('支援機能', { exact: true }).selectOption('TECHNOLOGY_TRANSFER');
  await page.locator('#support-place').selectOption('sendai');
  await page.locator('#support-form button').click();
  await page.locator('#support-bodies li').first().waitFor();
  seen.supportCount = await page.locator('#support-count').innerText();
  seen.supportBodies = await page.locator('#support-bodies > li > button').allInnerTexts();
  const technoArchBody = page.locator('#support-bodies > li').filter({ hasText: '東北テクノアーチ' });
  await technoArchBody.locator('summary').click();
  seen.supportSources = await technoArchBody.locator('details li').allInnerTexts();
  await shot('support-finder', page.locator('#support-finder'));

  // Search by keyboard: type, Tab to the hit, Enter opens the organization.
  await searchBox().focus();
  await page.keyboard.type('テクノアーチ');
  await page.locator('#hits button').first().waitFor();
  await page.keyboard.press('Tab');
  seen.focusedAfterTab = await page.evaluate(() => document.activeElement.textContent);
  await page.keyboard.press('Enter');
  await page.locator('#organization-name').getByText('東北テクノアーチ').waitFor();
  seen.focusedAfterOpen = await page.evaluate(() => document.activeElement.id);
  seen.functions = await page.locator('#functions > li').allInnerTexts();
  await page.locator('#functions > li').filter({ hasText: '技術移転支援' }).locator('summary').click();
  seen.functionSources = await page.locator('#functions > li').filter({ hasText: '技術移転支援' }).locator('details li').allInnerTexts();
  await page.waitForFunction(() => map && map.nodes().length > 0);
  seen.mapDrawn = await page.locator('#map canvas').count() > 0;
  await shot('organization');

  // The map of a spin-off: its university at one hop; the map grows on "expand" and at two hops.
  await open('クリーンプラネット', 'クリーンプラネット');
  seen.mapOneHop = await mapNodes();
  await page.evaluate(() => map.nodes().filter((n) => n.data('label') === '東北大学').emit('tap'));
  await page.locator('#map-selection').getByRole('button', { name: 'まわりを広げる' }).click();
  await page.waitForFunction(() => map.nodes().length > 2);
  seen.mapExpanded = (await mapNodes()).length;
  seen.mapShapes = await page.evaluate(() => [...new Set(map.nodes().map((n) => n.data('shape')))]);
  await page.locator('#map-hops').selectOption('2');
  await page.waitForFunction(() => map.nodes().length > 2 && map.nodes().some((n) => n.data('label') === 'TAP'));
  seen.mapTwoHops = await mapNodes();
  await shot('map', page.locator('#organization .columns > div').nth(1));

  // How does クリーンプラネット connect to a venture capital?
  await page.locator('#path-kind').selectOption('VENTURE_CAPITAL');
  await page.locator('#path-form button').click();
  await page.locator('#paths li').first().waitFor();
  seen.paths = await page.locator('#paths > li > p').allInnerTexts();
  const firstPath = page.locator('#paths > li').first();
  seen.pathHops = await firstPath.locator(':scope > ul > li').evaluateAll((items) => items.map((li) => li.firstChild.textContent
    + li.childNodes[1].textContent + li.childNodes[2].textContent + li.childNodes[3].textContent));
  seen.pathHopSources = await firstPath.locator('details.sources').count();
  seen.pathMapColours = await page.evaluate(() => map.nodes().map((n) => n.data('colour')));
  await shot('paths', page.locator('#organization'));

  // Who in Sendai could give technology-transfer support?
  await page.getByLabel('技術移転支援').check();
  await page.locator('#partner-place').selectOption('sendai');
  await page.locator('#partner-form button').click();
  await page.locator('#partners li').first().waitFor();
  seen.partners = await page.locator('#partners li').allInnerTexts();
  await shot('partners', page.locator('#partners'));

  // The consortium view: from a member to TAP's members by sector.
  await open('みやぎ工業会', 'みやぎ工業会');
  await page.locator('#memberships').getByRole('button', { name: 'TAP' }).click();
  await page.locator('#consortium-name').getByText('TAP').waitFor();
  seen.consortiumMembers = await page.locator('#consortium-sectors li').count();
  seen.consortiumFacts = await page.locator('#consortium-facts').innerText();
  await shot('consortium', page.locator('#consortium'));

  // The support matrix, support bodies only; the cell of 東北テクノアーチ × 技術移転支援 shows its source.
  await page.locator('#show-matrix').click();
  await page.locator('#matrix-sector').selectOption('SUPPORT');
  await page.locator('#matrix-table tr').nth(1).waitFor();
  const technoArch = page.locator('#matrix-table tr').filter({ hasText: '東北テクノアーチ' });
  await page.waitForFunction(() => document.querySelectorAll('#matrix-table th[scope=row] .SUPPORT').length
    === document.querySelectorAll('#matrix-table th[scope=row]').length);
  seen.matrixHeader = await page.locator('#matrix-table th[scope=col]').allInnerTexts();
  seen.technoArchRow = await technoArch.locator('th, td').allInnerTexts();
  await technoArch.getByRole('button', { name: /技術移転支援/ }).click();
  seen.matrixSource = await page.locator('#matrix-source').innerText();
  await shot('matrix', page.locator('#matrix'));

  // Accessibility: axe-core's WCAG 2 A/AA rules over the page with every view open.
  // Evaluated by the test driver, not added as a script: the page's policy rightly refuses inline scripts.
  await page.evaluate(axeSource);
  const audit = await page.evaluate(() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }));
  seen.accessibilityViolations = audit.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.help}`);

  // The English toggle.
  await page.locator('#language').click();
  seen.englishHeading = await page.locator('h2#search-heading').innerText();
  seen.englishFunctions = await page.locator('#support-function option').first().innerText();

  // A tablet (iPad Air, portrait): nothing wider than the screen.
  const tablet = await browser.newPage({ viewport: { width: 820, height: 1180 }, isMobile: true, hasTouch: true });
  await tablet.goto(base + '/');
  await tablet.getByLabel(/組織・プログラム・分野の名前/).fill('東北大学');
  await tablet.locator('#hits').getByRole('button', { name: '東北大学', exact: true }).click();
  await tablet.waitForFunction(() => map && map.nodes().length > 0);
  seen.tabletOverflow = await tablet.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (shots) await tablet.screenshot({ path: `${shots}/tablet.png` });
  console.log(JSON.stringify(seen));
} finally {
  await browser.close();
}
