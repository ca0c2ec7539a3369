// Runs the graphql-http package's GraphQL-over-HTTP server audits against a running server and prints the results
// as JSON: how many audits passed, and each one that did not, with its requirement level (MUST, SHOULD, MAY).
// Usage: node graphql-http-audit.mjs http://localhost:8080/graphql
import { serverAudits } from 'graphql-http';

const [url] = process.argv.slice(2);
if (!url) {
  console.error('usage: node graphql-http-audit.mjs <graphql-url>');
  process.exit(2);
}

const results = [];
for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  results.push({ name: audit.name, status: result.status, reason: result.reason ?? null });
}
const failed = results.filter((r) => r.status !== 'ok');
console.log(JSON.stringify({
  audits: results.length,
  passed: results.length - failed.length,
  failedMust: failed.filter((r) => r.name.startsWith('MUST')),
  failedOther: failed.filter((r) => !r.name.startsWith('MUST')),
}));
