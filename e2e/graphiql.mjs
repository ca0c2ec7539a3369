// Opens GraphiQL as served by ./kg serve in headless Chromium with every request to another host
// refused (as on a machine without internet), runs one query through its editor and prints, as JSON,
// what the page requested, what it shows, and what its Content-Security-Policy blocked.
// Usage: node graphiql.mjs http://localhost:8080 [screenshot.png]
import { chromium } from 'playwright-core';
import { launchOptions } from './chromium.mjs';

const [base, screenshot] = process.argv.slice(2);
if (!base) {
  console.error('usage: node graphiql.mjs <app-url> [screenshot.png]');
  process.exit(2);
}

const browser = await chromium.launch(launchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const own = new URL(base).host;
  const requests = [];
  const outside = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.host === own) return route.continue();
    outside.push(url.href);
    return route.abort('internetdisconnected');
  });
  page.on('response', (response) => requests.push({ url: response.url(), status: response.status() }));
  const blocked = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) blocked.push(message.text());
  });

  await page.goto(`${base}/graphiql`);
  const editor = page.locator('.graphiql-query-editor .CodeMirror').first();
  await editor.waitFor({ timeout: 30_000 });
  // Replace the opening query with one of ours, through CodeMirror as a user's typing would.
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('{ organization(name: "東北大学") { name sector kinds } }');
  await page.keyboard.press('Control+Enter');
  const result = page.locator('.graphiql-response .CodeMirror');
  await result.getByText('"sector"').first().waitFor({ timeout: 30_000 });
  if (screenshot) {
    await page.screenshot({ path: screenshot });
  }
  console.log(JSON.stringify({
    requests,
    outside,
    result: await result.innerText(),
    blocked,
  }));
} finally {
  await browser.close();
}
