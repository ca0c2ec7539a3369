// Drives the explorer page as a coordinator would, in headless Chromium, through its addresses: the home page and
// an example question, the support finder, search by keyboard, back and forward, deep links to an organization,
// its network map, the path finder and the partner finder, a consortium, a programme, the support matrix, both
// languages, an axe-core audit of every view and a tablet-sized window. Prints what the page showed as JSON; with
// a folder, saves a screenshot of each view there.
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
const seen = { pageErrors: [], blocked: [], accessibilityViolations: [], japaneseTexts: [] };
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  // A busy machine may take long over a first question; waiting is fine, failing for it is not.
  page.setDefaultTimeout(180_000);
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
  const address = () => decodeURIComponent(new URL(page.url()).search);
  const visible = () => page.evaluate(() => [...document.querySelectorAll('main > section')].filter((s) => !s.hidden).map((s) => s.id));
  const settled = () => page.waitForFunction(() => !document.getElementById('main').hasAttribute('aria-busy')
    && document.getElementById('status').textContent === '');
  // Every view is audited as it stands (axe-core's WCAG 2 A/AA rules) and its text kept to look for raw codes.
  // axe is evaluated by the test driver, not added as a script: the page's policy rightly refuses inline scripts.
  const audit = async (view) => {
    await settled();
    if (!(await page.evaluate(() => typeof axe !== 'undefined'))) await page.evaluate(axeSource);
    const result = await page.evaluate(() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }));
    result.violations.forEach((v) => seen.accessibilityViolations.push(`${view}: ${v.id} (${v.impact}): ${v.nodes.length} × ${v.help}`));
    if (await page.evaluate(() => document.documentElement.lang === 'ja')) {
      seen.japaneseTexts.push(await page.evaluate(() => document.body.innerText));
    }
  };
  const mapNodes = () => page.evaluate(() => map.nodes().map((n) => n.data('name')));
  const mapCentredOn = (name) => page.waitForFunction((centre) => map?.nodes('.centre').first().data('name') === centre, name);

  // Home: what this is, how big, example questions.
  await page.goto(base + '/');
  await page.locator('#home-counts dd').first().waitFor();
  seen.homeLead = await page.locator('#home .lead').innerText();
  seen.homeCounts = await page.locator('#home-counts > div').allInnerTexts();
  seen.examples = await page.locator('#examples a').allInnerTexts();
  seen.homeDocuments = await page.locator('#home-documents li').count();
  await audit('home');
  await shot('home');

  // An example question: which bodies in 仙台市 give technology-transfer support?
  await page.locator('#examples a').filter({ hasText: '技術移転支援' }).click();
  await page.locator('#support-bodies li').first().waitFor();
  seen.supportAddress = address();
  seen.supportCount = await page.locator('#support-count').innerText();
  seen.supportBodies = await page.locator('#support-bodies > li > a').allInnerTexts();
  const technoArchBody = page.locator('#support-bodies > li').filter({ hasText: '東北テクノアーチ' });
  await technoArchBody.locator('summary').click();
  seen.supportSources = await technoArchBody.locator('details li').allInnerTexts();
  await audit('support finder');
  await shot('support-finder', page.locator('#support-finder'));

  // Search by keyboard: type, Enter, Tab to the first hit, Enter opens the organization at its own address.
  await page.locator('#search').focus();
  await page.keyboard.type('テクノアーチ');
  await page.keyboard.press('Enter');
  await page.locator('#hits a').first().waitFor();
  await settled();
  seen.searchAddress = address();
  await page.keyboard.press('Tab');
  seen.focusedAfterTab = await page.evaluate(() => document.activeElement.textContent);
  await page.keyboard.press('Enter');
  await page.locator('#organization-name').getByText('東北テクノアーチ').waitFor();
  await settled();
  seen.organizationAddress = address();
  seen.focusedAfterOpen = await page.evaluate(() => document.activeElement.id);
  seen.functions = await page.locator('#functions > li').allInnerTexts();
  await page.locator('#functions > li').filter({ hasText: /^技術移転支援/ }).locator('summary').click();
  seen.functionSources = await page.locator('#functions > li').filter({ hasText: /^技術移転支援/ }).locator('details li').allInnerTexts();
  await page.waitForFunction(() => map && map.nodes().length > 0);
  seen.mapDrawn = await page.locator('#map canvas').count() > 0;
  seen.organizationFacts = await page.locator('#organization-facts').innerText();
  await audit('organization');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('organization');

  // Back and forward walk the views.
  await page.goBack();
  await page.locator('#hits a').first().waitFor();
  seen.afterBack = { address: address(), views: await visible() };
  await page.goBack();
  await page.locator('#support-bodies li').first().waitFor();
  seen.afterSecondBack = { address: address(), views: await visible() };
  await page.goForward();
  await page.locator('#hits a').first().waitFor();
  seen.afterForward = { address: address(), views: await visible() };

  // A hub's map, opened by a deep link: at most the cap drawn, labels readable, no label over another node.
  await page.goto(base + '/?org=東北大学');
  await mapCentredOn('東北大学');
  await settled();
  seen.hubMap = await page.evaluate(() => {
    const nodes = map.nodes();
    const overlaps = [];
    nodes.forEach((labelled) => {
      const label = labelled.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      nodes.forEach((other) => {
        if (other === labelled) return;
        const body = other.boundingBox({ includeLabels: false, includeEdges: false });
        if (label.x1 < body.x2 && body.x1 < label.x2 && label.y1 < body.y2 && body.y1 < label.y2) {
          overlaps.push(`${labelled.data('name')} over ${other.data('name')}`);
        }
      });
    });
    const fontSize = parseFloat(nodes.first().style('font-size'));
    return { drawn: nodes.length, available: neighbourhood.nodes.length, renderedFontPx: fontSize * map.zoom(),
      overlaps, more: document.getElementById('map-more').textContent };
  });
  await shot('map-hub', page.locator('#map-block'));
  await page.locator('#map-more').click();
  seen.hubMapAfterMore = (await mapNodes()).length;

  // A small organization: its university at one hop; the map grows on "expand" and at two hops.
  await page.goto(base + '/?org=クリーンプラネット');
  await mapCentredOn('クリーンプラネット');
  seen.mapOneHop = await mapNodes();
  await page.evaluate(() => map.nodes().filter((n) => n.data('name') === '東北大学').emit('tap'));
  seen.mapSelection = await page.locator('#map-selection').innerText();
  await page.locator('#map-selection').getByRole('button', { name: 'まわりを広げる' }).click();
  await page.waitForFunction(() => map.nodes().length > 2);
  seen.mapExpanded = (await mapNodes()).length;
  seen.mapShapes = await page.evaluate(() => [...new Set(map.nodes().map((n) => n.data('shape')))]);
  await page.locator('#map-hops').selectOption('2');
  await page.waitForFunction(() => map.nodes().length > 2 && map.nodes().some((n) => n.data('name') === 'TAP'));
  seen.mapTwoHops = await mapNodes();
  seen.mapTwoHopsAddress = address();
  await shot('map', page.locator('#map-block'));

  // How does クリーンプラネット connect to a venture capital? A deep link; each hop with the words that state it.
  await page.goto(base + '/?org=クリーンプラネット&paths=VENTURE_CAPITAL');
  await page.locator('#paths li').first().waitFor();
  seen.paths = await page.locator('#paths > li > p').allInnerTexts();
  const firstPath = page.locator('#paths > li').first();
  seen.pathHops = await firstPath.locator(':scope > ul > li').evaluateAll((items) => items.map((li) => li.firstChild.textContent
    + li.childNodes[1].textContent + li.childNodes[2].textContent + li.childNodes[3].textContent));
  seen.pathHopSources = await firstPath.locator('details.sources').count();
  seen.pathMapColours = await page.evaluate(() => map.nodes().map((n) => n.data('colour')));
  // Each hop: the names of its two ends (every spelling the graph knows) and the quotes shown for it.
  seen.pathEvidence = await page.evaluate(async () => {
    const path = (await graphql(`{ connections(from: "クリーンプラネット", toKind: VENTURE_CAPITAL, limit: 5) {
      nodes { id name } relationships { type forward sources { excerpt } } } }`)).connections[0];
    const names = async (id) => {
      const { organization } = await graphql('query($id: ID) { organization(id: $id) { name legalName nameEn aliases } }', { id });
      return [organization.name, organization.legalName, organization.nameEn, ...organization.aliases].filter(Boolean);
    };
    const shown = [...document.querySelectorAll('#paths > li:first-child > ul > li')]
      .map((li) => [...li.querySelectorAll('q')].map((q) => q.textContent));
    return Promise.all(path.relationships.map(async (hop, i) => ({ type: hop.type, from: await names(path.nodes[i].id),
      to: await names(path.nodes[i + 1].id), quotes: shown[i] })));
  });
  for (const summary of await firstPath.locator('summary').all()) await summary.click();
  await audit('paths');
  await shot('paths', page.locator('#paths'));

  // Who in Sendai could give technology-transfer support?
  await page.getByLabel('技術移転支援').check();
  await page.locator('#partner-place').selectOption('sendai');
  await page.locator('#partner-form button').click();
  await page.locator('#partners li').first().waitFor();
  seen.partnersAddress = address();
  seen.partners = await page.locator('#partners li').allInnerTexts();
  await audit('partners');
  await shot('partners', page.locator('#partners'));

  // The consortium view: from a member to TAP's members by sector.
  await page.goto(base + '/?org=みやぎ工業会');
  await page.locator('#memberships').getByRole('link', { name: 'TAP' }).click();
  await page.locator('#consortium-name').getByText('TAP').waitFor();
  seen.consortiumAddress = address();
  seen.consortiumMembers = await page.locator('#consortium-sectors li').count();
  seen.consortiumFacts = await page.locator('#consortium-facts').innerText();
  await audit('consortium');
  await shot('consortium', page.locator('#consortium'));

  // A programme found by search opens its own view.
  await page.locator('#search').fill('みちのくギャップファンド');
  await page.locator('#hits a').first().waitFor();
  seen.programmeHits = await page.locator('#hits li').allInnerTexts();
  await page.locator('#hits a', { hasText: 'みちのくギャップファンド' }).first().click();
  await page.locator('#activity-name').waitFor();
  await settled();
  seen.programme = { address: address(), name: await page.locator('#activity-name').innerText(),
    facts: await page.locator('#activity-facts').innerText(), sources: await page.locator('#activity-sources details').count() };
  await audit('programme');

  // The agreement of 仙台市 and 東北大学, clause by clause, from the home page's example.
  await page.goto(base + '/');
  await page.locator('#examples a').filter({ hasText: '協定' }).click();
  await page.locator('#activity-clauses li').first().waitFor();
  seen.agreement = { name: await page.locator('#activity-name').innerText(), clauses: await page.locator('#activity-clauses li').count(),
    parties: await page.locator('#activity-facts a').allInnerTexts() };
  await audit('agreement');

  // The support matrix: the region's bodies by default; anywhere, bodies outside the region are labelled.
  await page.locator('header nav a').filter({ hasText: 'マトリクス' }).click();
  await page.locator('#matrix-table tr').nth(1).waitFor();
  await settled();
  seen.matrixPlace = await page.locator('#matrix-place').inputValue();
  seen.matrixRegionLabelled = await page.locator('#matrix-table th[scope=row]').filter({ has: page.locator('.scope') }).allInnerTexts();
  seen.matrixRegionBodies = await page.locator('#matrix-table th[scope=row] a').allInnerTexts();
  await page.locator('#matrix-place').selectOption('');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('place') === 'all');
  await settled();
  seen.matrixAnywhereAddress = address();
  seen.matrixLabelled = await page.locator('#matrix-table th[scope=row]').filter({ has: page.locator('.scope') }).allInnerTexts();
  await page.locator('#matrix-sector').selectOption('SUPPORT');
  await page.waitForFunction(() => document.querySelectorAll('#matrix-table th[scope=row]').length > 0
    && document.querySelectorAll('#matrix-table th[scope=row] .SUPPORT').length
    === document.querySelectorAll('#matrix-table th[scope=row]').length);
  const technoArch = page.locator('#matrix-table tr').filter({ hasText: '東北テクノアーチ' });
  seen.matrixHeader = await page.locator('#matrix-table th[scope=col]').allInnerTexts();
  seen.technoArchRow = await technoArch.locator('th, td').allInnerTexts();
  await technoArch.getByRole('button', { name: /技術移転支援/ }).click();
  seen.matrixSource = await page.locator('#matrix-source').innerText();
  await audit('matrix');
  await shot('matrix', page.locator('#matrix'));

  // The English toggle re-renders the view on show, and the address keeps the choice.
  await page.goto(base + '/?org=クリーンプラネット');
  await mapCentredOn('クリーンプラネット');
  await page.locator('#language').click();
  await page.locator('h3', { hasText: 'Support functions' }).waitFor();
  await settled();
  seen.english = { address: address(), badge: await page.locator('#organization-name .badge').innerText(),
    facts: await page.locator('#organization-facts').innerText(), legend: await page.locator('#legend').innerText() };
  await page.reload();
  await page.locator('#organization-name').getByText('クリーンプラネット').waitFor();
  await settled();
  seen.englishAfterReload = { lang: await page.evaluate(() => document.documentElement.lang),
    heading: await page.locator('#paths-heading').innerText(), functions: await page.locator('#support-function option').first().innerText() };
  await audit('English organization');
  await page.locator('#language').click();
  await page.locator('h3', { hasText: '支援機能' }).first().waitFor();
  await settled();
  seen.japaneseAgain = { address: address(), badge: await page.locator('#organization-name .badge').innerText() };

  // A tablet (iPad Air, portrait): nothing wider than the screen.
  const tablet = await browser.newPage({ viewport: { width: 820, height: 1180 }, isMobile: true, hasTouch: true });
  tablet.setDefaultTimeout(180_000);
  await tablet.goto(base + '/?org=東北大学');
  await tablet.waitForFunction(() => map && map.nodes().length > 0);
  seen.tabletOverflow = await tablet.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (shots) await tablet.screenshot({ path: `${shots}/tablet.png` });
  console.log(JSON.stringify(seen));
} finally {
  await browser.close();
}
