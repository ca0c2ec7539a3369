// A page of another site, open in the same browser as ./kg serve, tries what an attacker's page
// would: read the login the application hands its own Browser page, log in to Bolt over its
// WebSocket and write, post to GraphQL. Chromium's own guard for local addresses is switched off,
// so that what stops each attempt is the application's. Prints each attempt's outcome as JSON.
// Usage: node foreign-page.mjs http://localhost:8080 bolt://127.0.0.1:7687
import { chromium } from 'playwright-core';
import { launchOptions } from './chromium.mjs';

const [base, bolt] = process.argv.slice(2);
if (!base || !bolt) {
  console.error('usage: node foreign-page.mjs <app-url> <bolt-uri>');
  process.exit(2);
}

const options = launchOptions();
options.args.push('--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessChecks,BlockInsecurePrivateNetworkRequests');
const browser = await chromium.launch(options);
try {
  const page = await browser.newPage();
  await page.route('http://evil.example/**', (route) => route.fulfill({
    contentType: 'text/html',
    body: '<!doctype html><title>A page of another site</title><p>Nothing to see.</p>',
  }));
  await page.goto('http://evil.example/');
  const outcome = await page.evaluate(attack, { base, boltPort: Number(new URL(bolt).port) });
  console.log(JSON.stringify({ origin: await page.evaluate(() => location.origin), ...outcome }));
} finally {
  await browser.close();
}

// Runs in the foreign page.
async function attack({ base, boltPort }) {
  const outcome = {};
  const attempt = async (name, run) => {
    try {
      outcome[name] = await run();
    } catch (error) {
      outcome[name] = `refused: ${error.message}`;
    }
  };
  await attempt('readLogin', async () => {
    const answer = await fetch(`${base}/browser/connection`);
    return `read: ${await answer.text()}`;
  });
  await attempt('readLoginNoCors', async () => {
    const answer = await fetch(`${base}/browser/connection`, { mode: 'no-cors' });
    return answer.type === 'opaque' ? 'refused: opaque answer' : `read: ${await answer.text()}`;
  });
  await attempt('graphql', async () => {
    const answer = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ organization(name: "東北大学") { name } }' }),
    });
    return `read: ${await answer.text()}`;
  });

  // Bolt 4.4 over WebSocket, as few bytes as it takes: handshake, HELLO, and once it is answered a
  // write (RUN + PULL), sent even after a refusal in case the server would run it anyway.
  const text = (s) => {
    const bytes = new TextEncoder().encode(s);
    return bytes.length < 16 ? [0x80 + bytes.length, ...bytes] : [0xd0, bytes.length, ...bytes];
  };
  const map = (entries) => [0xa0 + Object.keys(entries).length,
    ...Object.entries(entries).flatMap(([k, v]) => [...text(k), ...text(v)])];
  const chunk = (message) => new Uint8Array([message.length >> 8, message.length & 0xff, ...message, 0, 0]);
  const hello = (auth) => chunk([0xb1, 0x01, ...map({ user_agent: 'page/1.0', ...auth })]);
  const run = chunk([0xb3, 0x10, ...text('CREATE (:Intruder {via: "web page"})'), 0xa0, 0xa0]);
  const pull = chunk([0xb1, 0x3f, 0xa1, 0x81, 0x6e, 0xff]);
  const signatures = { 0x70: 'SUCCESS', 0x7f: 'FAILURE', 0x7e: 'IGNORED', 0x71: 'RECORD' };

  const bolt = (auth) => new Promise((resolve) => {
    const replies = [];
    const socket = new WebSocket(`ws://127.0.0.1:${boltPort}`);
    socket.binaryType = 'arraybuffer';
    let finished = false;
    const done = (why) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      try { socket.close(); } catch {}
      resolve(`${why}${replies.length ? `; replies ${replies.join(', ')}` : ''}`);
    };
    const timer = setTimeout(() => done('no answer in 20 s'), 20_000);
    let stage = 'handshake';
    socket.onopen = () => socket.send(new Uint8Array([0x60, 0x60, 0xb0, 0x17, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    socket.onclose = () => done('closed');
    socket.onmessage = ({ data }) => {
      const bytes = new Uint8Array(data);
      if (stage === 'handshake') {
        stage = 'hello';
        socket.send(hello(auth));
        return;
      }
      // Each message: two bytes of size, then a structure whose second byte is its signature.
      for (let at = 0; at + 2 < bytes.length;) {
        const size = (bytes[at] << 8) | bytes[at + 1];
        if (size > 0) replies.push(signatures[bytes[at + 3]] ?? bytes[at + 3]);
        at += 2 + size + (size > 0 ? 2 : 0);
      }
      if (stage === 'hello' && replies.length > 0) {
        stage = 'write';
        try { socket.send(run); socket.send(pull); } catch {}
        setTimeout(() => done('answered'), 2_000);
      }
    };
  });
  outcome.boltWithoutLogin = await bolt({ scheme: 'none' });
  outcome.boltDefaultPassword = await bolt({ scheme: 'basic', principal: 'neo4j', credentials: 'neo4j' });
  return outcome;
}
