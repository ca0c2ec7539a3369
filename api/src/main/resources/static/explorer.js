// The ecosystem explorer: a client of the public GraphQL API (/graphql), nothing else.
'use strict';

const SECTOR_COLOURS = { ACADEMIA: '#1f6fb2', INDUSTRY: '#c0392b', GOVERNMENT: '#2e7d32', FINANCE: '#b8860b',
  SUPPORT: '#6a1b9a', CIVIL: '#455a64' };
const SECTOR_LABELS = {
  ja: { ACADEMIA: '学', INDUSTRY: '産', GOVERNMENT: '官', FINANCE: '金', SUPPORT: '支援', CIVIL: '民' },
  en: { ACADEMIA: 'Academia', INDUSTRY: 'Industry', GOVERNMENT: 'Government', FINANCE: 'Finance',
        SUPPORT: 'Support', CIVIL: 'Civil' },
};
const TEXT = {
  en: { title: 'Industry–academia–government–finance network of Sendai, Miyagi and Tohoku', search: 'Search',
        searchLabel: 'Name of an organization, programme or field (Japanese, romaji, abbreviation)',
        functions: 'Support functions', memberships: 'Memberships', agreements: 'Agreements', sources: 'Sources',
        map: 'Network map', paths: 'Find connections', pathTo: 'To a kind', pathToName: 'or an organization',
        find: 'Find', partners: 'Find partners', needs: 'Support functions needed', none: 'none',
        footer: 'Facts come from the public documents. GraphQL API:', noPaths: 'No connection found.',
        noPartners: 'No partner found.' },
  ja: {},
};
let language = 'ja';
let current = null;
let map = null;

async function graphql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  return body.data ?? {};
}

function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  return node;
}

function sectorBadge(sector) {
  return element('span', SECTOR_LABELS[language][sector] ?? sector, { class: `badge ${sector}` });
}

function fill(list, items, render) {
  list.replaceChildren(...(items.length ? items.map(render) : [element('li', TEXT.en.none && language === 'en' ? 'none' : 'なし')]));
}

// ---- search

let searchTimer;
document.getElementById('search').addEventListener('input', (event) => {
  clearTimeout(searchTimer);
  const text = event.target.value.trim();
  searchTimer = setTimeout(() => search(text), 200);
});

async function search(text) {
  const hits = document.getElementById('hits');
  if (!text) { hits.replaceChildren(); return; }
  const data = await graphql('query($text: String!) { search(text: $text, limit: 10) { id name labels } }', { text });
  hits.replaceChildren(...(data.search ?? []).map((hit) => {
    const item = element('li');
    if (hit.labels.includes('Organization')) {
      const button = element('button', hit.name, { type: 'button' });
      button.addEventListener('click', () => showOrganization(hit.id));
      item.append(button);
    } else {
      item.append(element('span', `${hit.name} (${hit.labels.join(', ')})`));
    }
    return item;
  }));
}

// ---- organization view

const ORGANIZATION = `query($id: ID) { organization(id: $id) {
  id name legalName nameEn sector kinds address phone description
  supportFunctions { code label labelEn }
  memberships { role consortium { id name members { organization { id name sector } } } }
  agreements { title validFrom validTo }
  sources { excerpt location document { title publisher } } } }`;

async function showOrganization(id) {
  const { organization } = await graphql(ORGANIZATION, { id });
  if (!organization) return;
  current = organization;
  document.getElementById('organization').hidden = false;
  const heading = document.getElementById('organization-name');
  heading.replaceChildren(sectorBadge(organization.sector), document.createTextNode(organization.name));
  heading.setAttribute('tabindex', '-1');
  heading.focus();
  const facts = [organization.legalName, organization.nameEn, organization.kinds.join(', '),
    organization.address, organization.phone, organization.description].filter(Boolean);
  document.getElementById('organization-facts').textContent = facts.join(' ・ ');
  fill(document.getElementById('functions'), organization.supportFunctions,
    (f) => element('li', language === 'en' ? `${f.labelEn} (${f.label})` : f.label));
  fill(document.getElementById('memberships'), organization.memberships, (m) => {
    const item = element('li');
    const button = element('button', m.consortium.name, { type: 'button' });
    button.addEventListener('click', () => showConsortium(m.consortium.id));
    item.append(button);
    if (m.role) item.append(document.createTextNode(`（${m.role}）`));
    return item;
  });
  fill(document.getElementById('agreements'), organization.agreements,
    (a) => element('li', `${a.title} ${a.validFrom ?? ''}〜${a.validTo ?? ''}`));
  fill(document.getElementById('sources'), organization.sources, (s) => {
    const item = element('li');
    const details = element('details');
    details.append(element('summary', `${s.document.title}（${s.document.publisher ?? ''}）${s.location ?? ''}`),
      element('p', s.excerpt, { class: 'excerpt' }));
    item.append(details);
    return item;
  });
  drawNeighbourhood(organization);
  document.getElementById('paths').replaceChildren();
  document.getElementById('partners').replaceChildren();
}

// ---- consortium view: members by sector, overlaps with other consortia

async function showConsortium(id) {
  const { consortium } = await graphql(`query($name: String!) { consortium(name: $name) {
    id name memberCount members { role sectorColumn organization { id name sector memberships { consortium { id name } } } } } }`,
  { name: id });
  if (!consortium) return;
  const section = document.getElementById('consortium');
  section.hidden = false;
  document.getElementById('consortium-name').textContent = consortium.name;
  document.getElementById('consortium-facts').textContent = language === 'en'
    ? `${consortium.members.length} members named` + (consortium.memberCount ? `, ${consortium.memberCount} reported` : '')
    : `名前の挙がる会員 ${consortium.members.length}` + (consortium.memberCount ? `（報告された総数 ${consortium.memberCount}）` : '');
  const bySector = {};
  consortium.members.forEach((m) => (bySector[m.organization.sector] ??= []).push(m));
  const sectors = document.getElementById('consortium-sectors');
  sectors.replaceChildren(...Object.entries(bySector).map(([sector, members]) => {
    const block = element('div');
    const heading = element('h3');
    heading.append(sectorBadge(sector), document.createTextNode(` ${members.length}`));
    const list = element('ul');
    members.forEach((m) => {
      const item = element('li');
      const button = element('button', m.organization.name, { type: 'button' });
      button.addEventListener('click', () => showOrganization(m.organization.id));
      item.append(button);
      if (m.role) item.append(document.createTextNode(`（${m.role}）`));
      list.append(item);
    });
    block.append(heading, list);
    return block;
  }));
  const overlaps = {};
  consortium.members.forEach((m) => m.organization.memberships
    .filter((other) => other.consortium.id !== consortium.id)
    .forEach((other) => { overlaps[other.consortium.name] = (overlaps[other.consortium.name] ?? 0) + 1; }));
  fill(document.getElementById('consortium-overlaps'),
    Object.entries(overlaps).sort((a, b) => b[1] - a[1]),
    ([name, shared]) => element('li', language === 'en' ? `${name}: ${shared} shared members` : `${name}：共通会員 ${shared}`));
  section.scrollIntoView();
}

// ---- support matrix: support bodies × support functions (what 表-4 was meant to show)

async function showMatrix() {
  const section = document.getElementById('matrix');
  section.hidden = false;
  const { supportFunctions } = await graphql('{ supportFunctions { code label labelEn broader { code } providers { id name sector } } }');
  const columns = (supportFunctions ?? []).filter((f) => !f.broader);
  const sector = document.getElementById('matrix-sector').value;
  const bodies = new Map();
  columns.forEach((f) => f.providers
    .filter((p) => !sector || p.sector === sector)
    .forEach((p) => { if (!bodies.has(p.id)) bodies.set(p.id, { ...p, functions: new Set() }); bodies.get(p.id).functions.add(f.code); }));
  const table = document.getElementById('matrix-table');
  const head = element('tr');
  head.append(element('th', language === 'en' ? 'Body' : '団体名称', { scope: 'col' }),
    ...columns.map((f) => element('th', language === 'en' ? f.labelEn : f.label, { scope: 'col' })));
  const rows = [...bodies.values()].sort((a, b) => a.sector.localeCompare(b.sector) || a.name.localeCompare(b.name))
    .map((body) => {
      const row = element('tr');
      const name = element('td');
      const button = element('button', body.name, { type: 'button' });
      button.addEventListener('click', () => showOrganization(body.id));
      name.append(sectorBadge(body.sector), button);
      row.append(name, ...columns.map((f) => element('td', body.functions.has(f.code) ? '●' : '',
        body.functions.has(f.code) ? { 'aria-label': f.label } : {})));
      return row;
    });
  table.replaceChildren(head, ...rows);
}

document.getElementById('show-matrix').addEventListener('click', showMatrix);
document.getElementById('matrix-sector').addEventListener('change', showMatrix);

// ---- network map (Cytoscape.js)

function drawMap(nodes, edges) {
  const elements = [
    ...nodes.map((n) => ({ data: { id: n.id, label: n.name, colour: SECTOR_COLOURS[n.sector] ?? '#888',
      shape: n.consortium ? 'round-rectangle' : 'ellipse' } })),
    ...edges.map((e, i) => ({ data: { id: `e${i}`, source: e.from, target: e.to, label: e.label } })),
  ];
  if (map) map.destroy();
  map = cytoscape({
    container: document.getElementById('map'),
    elements,
    layout: { name: 'cose', animate: false, randomize: false },
    style: [
      { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', shape: 'data(shape)',
          'font-size': 9, 'text-wrap': 'ellipsis', 'text-max-width': 90 } },
      { selector: 'edge', style: { width: 1.5, 'line-color': '#999', 'target-arrow-shape': 'triangle',
          'target-arrow-color': '#999', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 7 } },
    ],
  });
  map.on('tap', 'node', (event) => {
    const id = event.target.id();
    if (!event.target.data('shape').startsWith('round') && id !== current?.id) showOrganization(id);
  });
  const legend = document.getElementById('legend');
  legend.replaceChildren(...Object.keys(SECTOR_COLOURS).map((sector) => sectorBadge(sector)));
}

function drawNeighbourhood(organization) {
  const nodes = new Map([[organization.id, { id: organization.id, name: organization.name,
    sector: organization.sector }]]);
  const edges = [];
  organization.memberships.forEach((m) => {
    nodes.set(m.consortium.id, { id: m.consortium.id, name: m.consortium.name, sector: 'SUPPORT', consortium: true });
    edges.push({ from: organization.id, to: m.consortium.id, label: 'MEMBER_OF' });
    m.consortium.members.slice(0, 12).forEach((member) => {
      if (member.organization.id === organization.id) return;
      nodes.set(member.organization.id, { ...member.organization });
      edges.push({ from: member.organization.id, to: m.consortium.id, label: '' });
    });
  });
  drawMap([...nodes.values()], edges);
}

// ---- path finder

document.getElementById('path-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const to = document.getElementById('path-to').value.trim();
  const variables = { from: current.id, to: to || null, toKind: to ? null : document.getElementById('path-kind').value };
  const { connections } = await graphql(`query($from: String!, $to: String, $toKind: String) {
    connections(from: $from, to: $to, toKind: $toKind, limit: 5) {
      length nodes { id name labels } relationships { type forward sources { excerpt location document { title } } } } }`,
  variables);
  const list = document.getElementById('paths');
  if (!connections?.length) { list.replaceChildren(element('li', language === 'en' ? TEXT.en.noPaths : 'つながりは見つかりませんでした。')); return; }
  list.replaceChildren(...connections.map((path) => {
    const item = element('li');
    item.append(element('p', path.nodes.map((n) => n.name).join(' → ')));
    const hops = element('ul');
    path.relationships.forEach((hop, i) => {
      const [a, b] = hop.forward ? [path.nodes[i], path.nodes[i + 1]] : [path.nodes[i + 1], path.nodes[i]];
      const source = hop.sources[0];
      hops.append(element('li', `${a.name} —${hop.type}→ ${b.name}` +
        (source ? `（${source.document.title} ${source.location ?? ''}：「${source.excerpt}」）` : '')));
    });
    item.append(hops);
    return item;
  }));
  const first = connections[0];
  drawMap(first.nodes.map((n) => ({ id: n.id, name: n.name, consortium: n.labels.includes('Consortium') })),
    first.relationships.map((hop, i) => (hop.forward
      ? { from: first.nodes[i].id, to: first.nodes[i + 1].id, label: hop.type }
      : { from: first.nodes[i + 1].id, to: first.nodes[i].id, label: hop.type })));
});

// ---- partner finder

async function loadFunctions() {
  const { supportFunctions } = await graphql('{ supportFunctions { code label labelEn } }');
  const fieldset = document.getElementById('needs');
  (supportFunctions ?? []).forEach((f) => {
    const id = `need-${f.code}`;
    const label = element('label', null, { for: id });
    const box = element('input', null, { type: 'checkbox', id, value: f.code });
    label.append(box, document.createTextNode(` ${language === 'en' ? f.labelEn : f.label}`));
    fieldset.append(label);
  });
}

document.getElementById('partner-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const needs = [...document.querySelectorAll('#needs input:checked')].map((box) => box.value);
  const { partners } = await graphql(`query($for: String!, $needs: [String!]) {
    partners(for: $for, needs: $needs, limit: 10) { score reasons organization { id name sector } } }`,
  { for: current.id, needs });
  const list = document.getElementById('partners');
  if (!partners?.length) { list.replaceChildren(element('li', language === 'en' ? TEXT.en.noPartners : '見つかりませんでした。')); return; }
  list.replaceChildren(...partners.map((p) => {
    const item = element('li');
    const button = element('button', p.organization.name, { type: 'button' });
    button.addEventListener('click', () => showOrganization(p.organization.id));
    item.append(sectorBadge(p.organization.sector), button, element('span', ` ${p.score}：${p.reasons.join('、')}`));
    return item;
  }));
});

// ---- language

const JAPANESE = {};
document.querySelectorAll('[data-i18n]').forEach((node) => { JAPANESE[node.dataset.i18n] = node.textContent; });
TEXT.ja = JAPANESE;
document.getElementById('language').addEventListener('click', (event) => {
  language = language === 'ja' ? 'en' : 'ja';
  document.documentElement.lang = language;
  event.target.textContent = language === 'ja' ? 'English' : '日本語';
  document.querySelectorAll('[data-i18n]').forEach((node) => { node.textContent = TEXT[language][node.dataset.i18n] ?? node.textContent; });
  document.getElementById('needs').querySelectorAll('label').forEach((label) => label.remove());
  loadFunctions();
  if (current) showOrganization(current.id);
});

loadFunctions();
