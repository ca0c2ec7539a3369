// Opens Neo4j Browser as served by ./kg serve in headless Chromium, lets it log in over Bolt with
// the login the application hands its own page, runs one Cypher query through its editor and prints
// what the page shows, as JSON, with what the page's Content-Security-Policy blocked.
// Usage: node browser-connects.mjs http://localhost:8080 [screenshot.png]
import { chromium } from 'playwright-core';
import { launchOptions } from './chromium.mjs';

const [base, screenshot] = process.argv.slice(2);
if (!base) {
  console.error('usage: node browser-connects.mjs <app-url> [screenshot.png]');
  process.exit(2);
}

const browser = await chromium.launch(launchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // What the page's Content-Security-Policy blocked: each is a feature of the Browser that would not work.
  const blocked = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) blocked.push(message.text());
  });
  await page.goto(`${base}/browser`);
  // The Browser plays the guide of the query library that ./kg serve hands it.
  const guide = page.getByText('ecosystem-graph: questions for policy researchers');
  await guide.first().waitFor({ timeout: 30_000 });

  const editor = page.locator('#monaco-main-editor textarea, [data-testid="activeEditor"] textarea').first();
  await editor.click();
  await page.keyboard.type('MATCH (d:Document) RETURN count(d) AS documents');
  await page.keyboard.press('Enter');
  const result = page.locator('[data-testid="frame"]').filter({ hasText: 'MATCH (d:Document)' }).first();
  await result.getByText('documents', { exact: true }).first().waitFor({ timeout: 30_000 });
  if (screenshot) {
    await page.screenshot({ path: screenshot });
  }
  console.log(JSON.stringify({
    url: page.url(),
    guide: await guide.count() > 0,
    result: await result.innerText(),
    connected: await page.evaluate(() => JSON.parse(localStorage.getItem('neo4j.connections')).connectionState === 1),
    blocked,
  }));
} finally {
  await browser.close();
}
