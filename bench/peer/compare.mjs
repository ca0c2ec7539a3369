// The same questions asked of ecosystem-graph's API and of the Neo4j GraphQL Library serving the same database,
// interleaved in one run (each round asks every question of both, the order of the two alternating), by a few
// concurrent clients. Checks that both give the same answer, then prints p50, p99, req/s and the ratio of p50s
// (ours / theirs: below 1 is faster) as JSON, which ./kg bench --peer writes up as a table.
// Usage: node compare.mjs <our-graphql-url> <peer-graphql-url> [--rounds N] [--warmup N] [--clients N]
//        [--consortium ID] [--organization ID] [--function CODE]   (the bodies asked about; the bundled ones by default)
const args = process.argv.slice(2);
const valueAt = (name) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const [ours, theirs] = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const option = (name, fallback) => Number(valueAt(name) ?? fallback);
const consortium = valueAt('consortium') ?? 'tap';
const organization = valueAt('organization') ?? '東北大学';
const supportFunction = valueAt('function') ?? 'INCUBATION';
// Both sides list providers by name, at most this many; ours counts narrower functions' providers too, so the
// function asked about has none.
const PROVIDERS = 100;
const rounds = option('rounds', 200);
const warmup = option('warmup', 30);
const clients = option('clients', 4);
if (!ours || !theirs) {
  console.error('usage: node compare.mjs <our-graphql-url> <peer-graphql-url> [--rounds N] [--warmup N] [--clients N]');
  process.exit(2);
}

const names = (list) => list.map((x) => x.name).sort();

// Each shared question: what each side is asked, and the answer both must agree on.
const QUESTIONS = [
  {
    name: `a consortium with its members and roles (${consortium})`,
    ours: ['query($id: String!) { consortium(name: $id) { name memberCount members { role organization { name sector } } } }', { id: consortium }],
    theirs: ['query($id: String!) { consortiums(where: { id: { eq: $id } }) { name memberCount membersConnection { edges { properties { role } node { name sector } } } } }', { id: consortium }],
    answer: (data, side) => (side === 'ours'
      ? data.consortium.members.map((m) => `${m.organization.name} ${m.role ?? ''}`)
      : data.consortiums[0].membersConnection.edges.map((e) => `${e.node.name} ${e.properties.role ?? ''}`)).sort(),
  },
  {
    name: `an organization with its memberships (${organization})`,
    ours: ['query($id: ID) { organization(id: $id) { name sector memberships { role consortium { name } } } }', { id: organization }],
    theirs: ['query($id: String!) { organizations(where: { id: { eq: $id } }) { name sector membershipsConnection { edges { properties { role } node { name } } } } }', { id: organization }],
    answer: (data, side) => (side === 'ours'
      ? data.organization.memberships.map((m) => `${m.consortium.name} ${m.role ?? ''}`)
      : data.organizations[0].membershipsConnection.edges.map((e) => `${e.node.name} ${e.properties.role ?? ''}`)).sort(),
  },
  {
    name: 'a page of 20 academic organizations with totalCount',
    ours: ['{ organizations(filter: {sector: ACADEMIA}, first: 20) { totalCount edges { node { name } } } }', {}],
    theirs: ['{ organizationsConnection(where: { sector: { eq: "ACADEMIA" } }, first: 20, sort: [{ id: ASC }]) { totalCount edges { node { name } } } }', {}],
    answer: (data, side) => {
      const page = side === 'ours' ? data.organizations : data.organizationsConnection;
      return [page.totalCount, ...names(page.edges.map((e) => e.node))];
    },
  },
  {
    name: `the providers of a support function (${supportFunction}, the first ${PROVIDERS} by name)`,
    ours: ['query($code: String!, $limit: Int) { supportProviders(function: $code, limit: $limit) { name } }', { code: supportFunction, limit: PROVIDERS }],
    theirs: ['query($code: String!, $limit: Int) { supportFunctions(where: { code: { eq: $code } }) { providers(limit: $limit, sort: [{ name: ASC }]) { name } } }', { code: supportFunction, limit: PROVIDERS }],
    answer: (data, side) => names(side === 'ours' ? data.supportProviders : data.supportFunctions[0].providers),
  },
  {
    name: `two steps out: the fellow members of ${organization} in its consortia`,
    ours: ['query($id: ID) { organization(id: $id) { memberships { consortium { name members { organization { name } } } } } }', { id: organization }],
    theirs: ['query($id: String!) { organizations(where: { id: { eq: $id } }) { memberships { name members { name } } } }', { id: organization }],
    answer: (data, side) => (side === 'ours'
      ? data.organization.memberships.map((m) => `${m.consortium.name}: ${names(m.consortium.members.map((x) => x.organization)).join(',')}`)
      : data.organizations[0].memberships.map((c) => `${c.name}: ${names(c.members).join(',')}`)).sort(),
  },
];

async function ask(url, [query, variables]) {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  const ms = performance.now() - started;
  if (!response.ok || body.errors?.length) {
    throw new Error(`${url} answered ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 400)}`);
  }
  return { ms, data: body.data };
}

// Both sides must agree before any timing means anything.
for (const question of QUESTIONS) {
  const mine = question.answer((await ask(ours, question.ours)).data, 'ours');
  const peer = question.answer((await ask(theirs, question.theirs)).data, 'theirs');
  if (JSON.stringify(mine) !== JSON.stringify(peer)) {
    console.error(`compare: the answers differ for ${question.name}:\n  ours:   ${JSON.stringify(mine)}\n  theirs: ${JSON.stringify(peer)}`);
    process.exit(1);
  }
}

const timings = QUESTIONS.map(() => ({ ours: [], theirs: [] }));
async function client(index) {
  for (let round = 0; round < warmup + rounds; round++) {
    for (let q = 0; q < QUESTIONS.length; q++) {
      const order = (round + index + q) % 2 === 0 ? ['ours', 'theirs'] : ['theirs', 'ours'];
      for (const side of order) {
        const { ms } = await ask(side === 'ours' ? ours : theirs, QUESTIONS[q][side]);
        if (round >= warmup) timings[q][side].push(ms);
      }
    }
  }
}
await Promise.all([...Array(clients).keys()].map(client));

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;

const rows = QUESTIONS.map((question, q) => {
  const side = (values) => ({ p50: percentile(values, 50), p99: percentile(values, 99), perSecond: (clients * 1000) / mean(values) });
  const [a, b] = [side(timings[q].ours), side(timings[q].theirs)];
  return { question: question.name, ours: a, library: b, ratio: a.p50 / b.p50 };
});
console.log(JSON.stringify({ clients, rounds, warmup, rows }));
