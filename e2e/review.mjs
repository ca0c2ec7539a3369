// Drives the review page as a coordinator adding a document would, in headless Chromium: upload the file, check the
// candidates at their lines, reject one, edit one, merge one into an organization the graph knows, save, import, and
// ask GraphQL for the new facts. Prints what it saw as JSON; with a folder, saves screenshots there.
// Usage: node review.mjs http://localhost:8080 document-file [screenshot-folder]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { launchOptions } from './chromium.mjs';

const [base, file, shots] = process.argv.slice(2);
if (!base || !file) {
  console.error('usage: node review.mjs <app-url> <document-file> [screenshot-folder]');
  process.exit(2);
}
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const browser = await chromium.launch(launchOptions());
const seen = { pageErrors: [], blocked: [] };
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 1000 } });
  page.on('pageerror', (error) => seen.pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) seen.blocked.push(message.text());
    else if (message.type() === 'error') seen.pageErrors.push(message.text());
  });
  const shot = async (name) => shots && page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
  const row = (name) => page.locator(`#organizations tr[data-name="${name}"]`);

  await page.goto(`${base}/review/`);
  await page.waitForFunction(() => document.querySelector('#password').value !== '');
  seen.passwordHandedOut = true;

  await page.setInputFiles('#file', file);
  await page.click('#upload');
  await page.locator('#organizations tbody tr').first().waitFor();
  seen.status = await page.locator('#status').textContent();
  seen.candidates = await page.locator('#organizations tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.name));
  seen.relations = await page.locator('#relations tbody td:nth-child(2)').allTextContents();
  seen.marked = await page.locator('#lines mark').allTextContents();
  seen.suggestions = await row('七十七銀行仙台中央支店').locator('select.same-as option').allTextContents();
  await shot('review-candidates');

  // Clicking a candidate's line shows it in the text.
  await row('マテリアルフロンティア').locator('a').click();
  seen.focusedLine = await page.locator('#lines li.focused').textContent();

  // Reject 仙台市 (named only as a supporter), make the start-up a STARTUP, take the branch as the bank itself.
  await row('仙台市').locator('input.accept').uncheck();
  await row('マテリアルフロンティア').locator('select.kind').selectOption('STARTUP');
  await row('七十七銀行仙台中央支店').locator('select.same-as').selectOption('七十七銀行');
  seen.rejectedMarks = await page.locator('#lines mark.rejected').allTextContents();

  await page.click('#save');
  await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('保存しました'));
  seen.saved = await page.locator('#status').textContent();
  await page.click('#import');
  await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('取り込みました'));
  seen.imported = await page.locator('#status').textContent();
  await shot('review-imported');

  // Opened again later, the page lists the document, saved, and shows it as it was saved.
  await page.reload();
  await page.locator('#drafts button').first().waitFor();
  seen.earlier = await page.locator('#drafts button').allTextContents();
  await page.locator('#drafts button', { hasText: 'materials-council' }).click();
  await page.locator('#organizations tbody tr').first().waitFor();
  seen.reopened = await page.locator('#organizations tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.name));

  await page.evaluate(axeSource);
  const audit = await page.evaluate(() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }));
  seen.accessibilityViolations = audit.violations.map((v) => `${v.id}: ${v.nodes.length}`);

  const answer = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      query: `{
        bank: organization(name: "七十七銀行") { name aliases memberships { consortium { name } } }
        startup: organization(name: "マテリアルフロンティア") { name sector kinds sources { document { key } } }
        branch: organization(name: "七十七銀行仙台中央支店") { name }
        city: organization(name: "仙台市") { sources { document { key } } }
      }`,
    }),
  });
  seen.graphql = await answer.json();
} finally {
  await browser.close();
}
console.log(JSON.stringify(seen));
