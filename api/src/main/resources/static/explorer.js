// The ecosystem explorer: a client of the public GraphQL API (/graphql), nothing else.
'use strict';

// ---- words and colours

const SECTORS = ['INDUSTRY', 'ACADEMIA', 'GOVERNMENT', 'FINANCE', 'SUPPORT', 'CIVIL'];
const SECTOR_COLOURS = { ACADEMIA: '#1f5f9e', INDUSTRY: '#b0342a', GOVERNMENT: '#2a6e2e', FINANCE: '#8a6100',
  SUPPORT: '#6a1b9a', CIVIL: '#455a64' };
const SECTOR_LABELS = {
  ja: { ACADEMIA: '学', INDUSTRY: '産', GOVERNMENT: '官', FINANCE: '金', SUPPORT: '支援', CIVIL: '民' },
  en: { ACADEMIA: 'Academia', INDUSTRY: 'Industry', GOVERNMENT: 'Government', FINANCE: 'Finance',
    SUPPORT: 'Support', CIVIL: 'Civil' },
};
const PATH_KINDS = {
  ja: { VENTURE_CAPITAL: 'ベンチャーキャピタル', BANK: '銀行', UNIVERSITY: '大学', STARTUP: 'スタートアップ', TLO: 'TLO',
    INCUBATOR: 'インキュベータ', NATIONAL_AGENCY: '国の機関', MUNICIPALITY: '市町村', '': '—' },
  en: { VENTURE_CAPITAL: 'Venture capital', BANK: 'Bank', UNIVERSITY: 'University', STARTUP: 'Start-up', TLO: 'TLO',
    INCUBATOR: 'Incubator', NATIONAL_AGENCY: 'National agency', MUNICIPALITY: 'Municipality', '': '—' },
};
const TIE_LABELS = {
  ja: { MEMBER_OF: '会員', SPUN_OFF_FROM: '発スタートアップ', PART_OF: '一部', PARTY_TO: '協定当事者', OPERATES: '運営',
    PARTICIPATES_IN: '参加', PARTNER_IN: '連携', INVESTS_IN: '出資', FUNDS: '資金提供', COLLABORATES_WITH: '協力',
    SUPPORTS: '支援', ESTABLISHED_BY: '設立者', MERGED_INTO: '統合', RENAMED_TO: '改称' },
  en: { MEMBER_OF: 'member of', SPUN_OFF_FROM: 'spun off from', PART_OF: 'part of', PARTY_TO: 'party to',
    OPERATES: 'runs', PARTICIPATES_IN: 'takes part in', PARTNER_IN: 'partner in', INVESTS_IN: 'invests in',
    FUNDS: 'funds', COLLABORATES_WITH: 'works with', SUPPORTS: 'supports', ESTABLISHED_BY: 'established by',
    MERGED_INTO: 'merged into', RENAMED_TO: 'renamed' },
};
const tieLabel = (type) => TIE_LABELS[language][type] ?? type;
// Node shapes on the map: by label for non-organizations, by kind for organizations.
const SHAPES = [
  ['Consortium', 'round-rectangle'], ['Agreement', 'diamond'], ['Programme', 'hexagon'], ['Facility', 'rectangle'],
  ['UNIVERSITY', 'triangle'], ['KOSEN', 'triangle'], ['RESEARCH_INSTITUTE', 'triangle'], ['RESEARCH_CENTER', 'triangle'],
  ['VENTURE_CAPITAL', 'star'], ['BANK', 'star'], ['GOVERNMENT_FINANCIAL_INSTITUTION', 'star'],
  ['STARTUP', 'vee'], ['PREFECTURE', 'pentagon'], ['MUNICIPALITY', 'pentagon'], ['NATIONAL_AGENCY', 'pentagon'],
];
const SHAPE_SYMBOLS = { 'round-rectangle': '▢', diamond: '◇', hexagon: '⬡', rectangle: '□', triangle: '△', star: '☆',
  vee: '∨', pentagon: '⬠', ellipse: '○' };
const SHAPE_LABELS = {
  ja: { 'round-rectangle': 'コンソーシアム', diamond: '協定', hexagon: '事業', rectangle: '施設', triangle: '大学・研究機関',
    star: '金融機関', vee: 'スタートアップ', pentagon: '行政', ellipse: 'その他の組織' },
  en: { 'round-rectangle': 'consortium', diamond: 'agreement', hexagon: 'programme', rectangle: 'facility',
    triangle: 'university, institute', star: 'financier', vee: 'start-up', pentagon: 'government',
    ellipse: 'other organization' },
};
// Words the page writes itself; the Japanese of the static page is read from its data-i18n elements.
const TEXT = {
  ja: { none: 'なし', sources: '出典', noPaths: 'つながりは見つかりませんでした。', noPartners: '見つかりませんでした。',
    bodies: (n) => `${n} 件`, membersNamed: (n, reported) => `名前の挙がる会員 ${n}` + (reported ? `（報告された総数 ${reported}）` : ''),
    shared: (name, n) => `${name}：共通会員 ${n}`, open: '開く', expand: 'まわりを広げる', operator: '運営',
    participant: '参加', body: '団体名称', members: '会員一覧', clauses: (n) => `条項 ${n}`, error: 'エラー：' },
  en: { title: 'Industry–academia–government–finance network of Sendai, Miyagi and Tohoku', skip: 'Skip to content',
    search: 'Search', searchLabel: 'Name of an organization, programme or field (Japanese, romaji, abbreviation)',
    supportFinder: 'Find support', supportFunction: 'Support function', place: 'Region', anywhere: 'anywhere',
    functions: 'Support functions', memberships: 'Memberships', agreements: 'Agreements', programmes: 'Programmes',
    facilities: 'Facilities', sources: 'Sources', map: 'Network map', hops: 'Reach', hop1: 'direct ties',
    hop2: 'up to two steps', mapHint: 'Click a node to open it or to expand the map around it.',
    paths: 'Find connections', pathKind: 'To a kind', pathSector: 'or a sector', pathToName: 'or an organization',
    find: 'Find', partners: 'Find partners', needs: 'Support functions needed', consortium: 'Consortium',
    anyConsortium: 'any', overlaps: 'Overlaps with other consortia', matrix: 'Support matrix', sector: 'Sector',
    matrixHint: 'Support bodies × support functions, as table 4 of document 001 meant to show. Press ● for the source.',
    footer: 'Facts come from the public documents. GraphQL API:',
    none: 'none', noPaths: 'No connection found.', noPartners: 'No partner found.', bodies: (n) => `${n} bodies`,
    membersNamed: (n, reported) => `${n} members named` + (reported ? `, ${reported} reported` : ''),
    shared: (name, n) => `${name}: ${n} shared members`, open: 'Open', expand: 'Expand around it',
    operator: 'runs', participant: 'takes part', body: 'Body', members: 'members', clauses: (n) => `${n} clauses`, error: 'Error: ' },
};

let language = 'ja';
let current = null; // the organization on show
let map = null;

const t = (key) => TEXT[language][key] ?? TEXT.ja[key] ?? key;
const $ = (id) => document.getElementById(id);

async function graphql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) console.warn(body.errors.map((e) => e.message).join('; '));
  return body.data ?? {};
}

function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  return node;
}

function link(text, action) {
  const button = element('button', text, { type: 'button', class: 'link' });
  button.addEventListener('click', action);
  return button;
}

function sectorBadge(sector) {
  return sector ? element('span', SECTOR_LABELS[language][sector] ?? sector, { class: `badge ${sector}` }) : '';
}

function fill(list, items, render) {
  list.replaceChildren(...(items.length ? items.map(render) : [element('li', t('none'), { class: 'muted' })]));
}

function functionLabel(f) {
  return language === 'en' && f.labelEn ? f.labelEn : f.label;
}

// Every fact's sources, one click away: a disclosure with document, lines and excerpt.
const SOURCE_FIELDS = 'sources { excerpt location document { title publisher } }';

function sourcesDetails(sources, summary = t('sources')) {
  const details = element('details', null, { class: 'sources' });
  details.append(element('summary', `${summary} (${sources.length})`));
  const list = element('ul');
  sources.forEach((s) => {
    const item = element('li');
    item.append(element('cite', `${s.document.title}${s.document.publisher ? `（${s.document.publisher}）` : ''} ${s.location ?? ''}`),
      element('q', s.excerpt, { class: 'excerpt' }));
    list.append(item);
  });
  details.append(list);
  return details;
}

// ---- search

let searchTimer;
$('search').addEventListener('input', (event) => {
  clearTimeout(searchTimer);
  const text = event.target.value.trim();
  searchTimer = setTimeout(() => search(text), 200);
});

async function search(text) {
  const hits = $('hits');
  if (!text) { hits.replaceChildren(); return; }
  const data = await graphql('query($text: String!) { search(text: $text, limit: 10) { id name labels } }', { text });
  hits.replaceChildren(...(data.search ?? []).map((hit) => {
    const item = element('li');
    if (hit.labels.includes('Consortium')) item.append(link(hit.name, () => showOrganization(hit.id)), ' ',
      link(`(${t('members')})`, () => showConsortium(hit.id)));
    else if (hit.labels.includes('Organization')) item.append(link(hit.name, () => showOrganization(hit.id)));
    else item.append(element('span', `${hit.name} (${hit.labels.join(', ')})`, { class: 'muted' }));
    return item;
  }));
}

// ---- support finder: which bodies near me give this support?

let taxonomy = []; // support functions with their broader code
let places = [];

function narrowerOrSame(code, wanted) {
  for (let c = code; c; c = taxonomy.find((f) => f.code === c)?.broader?.code) if (c === wanted) return true;
  return false;
}

function fillSelects() {
  const functionSelect = $('support-function');
  const chosen = functionSelect.value || 'TECHNOLOGY_TRANSFER';
  functionSelect.replaceChildren(...taxonomy.map((f) => element('option', `${f.broader ? '　' : ''}${functionLabel(f)}`, { value: f.code })));
  functionSelect.value = chosen;
  document.querySelectorAll('#support-place, #matrix-place, #partner-place').forEach((select) => {
    const value = select.value;
    select.replaceChildren(select.options[0], ...places.map((p) => element('option', `${p.name} (${p.organizationCount})`, { value: p.key })));
    select.value = value;
  });
  document.querySelectorAll('select.sectors').forEach((select) => {
    const value = select.value;
    select.replaceChildren(element('option', '—', { value: '' }),
      ...SECTORS.map((s) => element('option', SECTOR_LABELS[language][s], { value: s })));
    select.value = value;
  });
  const kind = $('path-kind');
  const kindValue = kind.value || 'VENTURE_CAPITAL';
  kind.replaceChildren(...Object.entries(PATH_KINDS[language]).map(([code, label]) => element('option', label, { value: code })));
  kind.value = kindValue;
  const fieldset = $('needs');
  const needed = new Set([...fieldset.querySelectorAll('input:checked')].map((box) => box.value));
  fieldset.querySelectorAll('label').forEach((label) => label.remove());
  taxonomy.forEach((f) => {
    const id = `need-${f.code}`;
    const label = element('label', null, { for: id });
    const box = element('input', null, { type: 'checkbox', id, value: f.code });
    box.checked = needed.has(f.code);
    label.append(box, ` ${functionLabel(f)}`);
    fieldset.append(label);
  });
}

async function loadChoices() {
  const data = await graphql('{ supportFunctions { code label labelEn broader { code } } places { key name kind organizationCount } }');
  taxonomy = data.supportFunctions ?? [];
  places = data.places ?? [];
  fillSelects();
}

$('support-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const code = $('support-function').value;
  const place = $('support-place').value || null;
  const { organizations } = await graphql(`query($function: String!, $place: String) {
    organizations(filter: {supportFunction: $function, place: $place}, first: 100) { totalCount edges { node {
      id name sector address places { name } support { function { code } ${SOURCE_FIELDS} } } } } }`,
  { function: code, place });
  const bodies = organizations?.edges.map((e) => e.node) ?? [];
  $('support-count').textContent = t('bodies')(organizations?.totalCount ?? 0);
  fill($('support-bodies'), bodies, (body) => {
    const item = element('li');
    const where = [body.places.map((p) => p.name).join('・'), body.address].filter(Boolean).join(' ');
    const sources = body.support.filter((s) => narrowerOrSame(s.function.code, code)).flatMap((s) => s.sources);
    item.append(sectorBadge(body.sector), link(body.name, () => showOrganization(body.id)),
      element('span', where ? ` ${where}` : '', { class: 'muted' }), sourcesDetails(sources));
    return item;
  });
});

// ---- organization view

const ORGANIZATION = `query($id: ID) { organization(id: $id) {
  id name legalName nameEn sector kinds address phone description places { name }
  support { function { code label labelEn } ${SOURCE_FIELDS} }
  memberships { role consortium { id name } ${SOURCE_FIELDS} }
  agreements { title validFrom validTo clauses { number heading text } ${SOURCE_FIELDS} }
  programmes { role programme { name kind description } ${SOURCE_FIELDS} }
  facilities { name kind address ${SOURCE_FIELDS} }
  ${SOURCE_FIELDS} } }`;

async function showOrganization(id, { quietly = false } = {}) {
  const { organization } = await graphql(ORGANIZATION, { id });
  if (!organization) return;
  current = organization;
  $('organization').hidden = false;
  const heading = $('organization-name');
  heading.replaceChildren(sectorBadge(organization.sector), organization.name);
  const facts = [organization.legalName, organization.nameEn, organization.kinds.join(', '),
    organization.places.map((p) => p.name).join('・'), organization.address, organization.phone, organization.description];
  $('organization-facts').textContent = facts.filter(Boolean).join(' ・ ');
  fill($('functions'), organization.support, (s) => {
    const item = element('li', functionLabel(s.function));
    item.append(sourcesDetails(s.sources));
    return item;
  });
  fill($('memberships'), organization.memberships, (m) => {
    const item = element('li');
    item.append(link(m.consortium.name, () => showConsortium(m.consortium.id)), m.role ? `（${m.role}）` : '',
      sourcesDetails(m.sources));
    return item;
  });
  fill($('agreements'), organization.agreements, (a) => {
    const item = element('li', `${a.title} ${a.validFrom ?? ''}〜${a.validTo ?? ''}`);
    const clauses = element('details', null, { class: 'clauses' });
    clauses.append(element('summary', t('clauses')(a.clauses.length)));
    const list = element('ol');
    a.clauses.forEach((c) => list.append(element('li', `${c.number} ${c.heading ? `【${c.heading}】` : ''}${c.text}`)));
    clauses.append(list);
    item.append(clauses, sourcesDetails(a.sources));
    return item;
  });
  fill($('programmes'), organization.programmes, (p) => {
    const item = element('li', `${p.programme.name}（${t(p.role.toLowerCase())}）`);
    item.append(sourcesDetails(p.sources));
    return item;
  });
  fill($('facilities'), organization.facilities, (f) => {
    const item = element('li', [f.name, f.address].filter(Boolean).join(' '));
    item.append(sourcesDetails(f.sources));
    return item;
  });
  fill($('sources'), organization.sources, (s) => {
    const item = element('li');
    item.append(sourcesDetails([s], `${s.document.title} ${s.location ?? ''}`));
    return item;
  });
  const consortia = $('partner-consortium');
  consortia.replaceChildren(consortia.options[0], ...organization.memberships.map((m) => element('option', m.consortium.name, { value: m.consortium.id })));
  $('paths').replaceChildren();
  $('partners').replaceChildren();
  if (!quietly) {
    $('organization').scrollIntoView();
    heading.focus();
  }
  await drawNeighbourhood(organization.id, false);
}

// ---- consortium view: members by sector, overlaps with other consortia

async function showConsortium(id) {
  const { consortium } = await graphql(`query($name: String!) { consortium(name: $name) {
    id name memberCount members { role sectorColumn organization { id name sector memberships { consortium { id name } } } } } }`,
  { name: id });
  if (!consortium) return;
  $('consortium').hidden = false;
  $('consortium-name').textContent = consortium.name;
  $('consortium-facts').textContent = t('membersNamed')(consortium.members.length, consortium.memberCount);
  const bySector = {};
  consortium.members.forEach((m) => (bySector[m.organization.sector] ??= []).push(m));
  $('consortium-sectors').replaceChildren(...SECTORS.filter((s) => bySector[s]).map((sector) => {
    const block = element('div');
    const heading = element('h3');
    heading.append(sectorBadge(sector), ` ${bySector[sector].length}`);
    const list = element('ul');
    bySector[sector].forEach((m) => {
      const item = element('li');
      item.append(link(m.organization.name, () => showOrganization(m.organization.id)), m.role ? `（${m.role}）` : '');
      list.append(item);
    });
    block.append(heading, list);
    return block;
  }));
  const overlaps = {};
  consortium.members.forEach((m) => m.organization.memberships
    .filter((other) => other.consortium.id !== consortium.id)
    .forEach((other) => { overlaps[other.consortium.name] = (overlaps[other.consortium.name] ?? 0) + 1; }));
  fill($('consortium-overlaps'), Object.entries(overlaps).sort((a, b) => b[1] - a[1]),
    ([name, shared]) => element('li', t('shared')(name, shared)));
  $('consortium').scrollIntoView();
  $('consortium-name').focus();
}

// ---- support matrix: support bodies × support functions (what 表-4 was meant to show)

async function organizationsIn(place) {
  const ids = new Set();
  let after = null;
  do {
    const { organizations } = await graphql(`query($place: String, $after: String) {
      organizations(filter: {place: $place}, first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
    { place, after });
    (organizations?.edges ?? []).forEach((e) => ids.add(e.node.id));
    after = organizations?.pageInfo.hasNextPage ? organizations.pageInfo.endCursor : null;
  } while (after);
  return ids;
}

async function showMatrix() {
  $('matrix').hidden = false;
  const { supportFunctions } = await graphql(`{ supportFunctions { code label labelEn broader { code }
    providers { id name sector support { function { code } ${SOURCE_FIELDS} } } } }`);
  const columns = (supportFunctions ?? []).filter((f) => !f.broader);
  const sector = $('matrix-sector').value;
  const place = $('matrix-place').value;
  const inPlace = place ? await organizationsIn(place) : null;
  const bodies = new Map();
  columns.forEach((f) => f.providers
    .filter((p) => (!sector || p.sector === sector) && (!inPlace || inPlace.has(p.id)))
    .forEach((p) => bodies.set(p.id, p)));
  const table = $('matrix-table');
  const head = element('tr');
  head.append(element('th', t('body'), { scope: 'col' }), ...columns.map((f) => element('th', functionLabel(f), { scope: 'col' })));
  const rows = [...bodies.values()].sort((a, b) => SECTORS.indexOf(a.sector) - SECTORS.indexOf(b.sector) || a.name.localeCompare(b.name))
    .map((body) => {
      const row = element('tr');
      const name = element('th', null, { scope: 'row' });
      name.append(sectorBadge(body.sector), link(body.name, () => showOrganization(body.id)));
      row.append(name, ...columns.map((f) => {
        const cell = element('td');
        const sources = body.support.filter((s) => narrowerOrSame(s.function.code, f.code)).flatMap((s) => s.sources);
        if (sources.length) {
          const mark = link('●', () => {
            const shown = $('matrix-source');
            shown.replaceChildren(element('p', `${body.name} × ${functionLabel(f)}`), sourcesDetails(sources));
            shown.querySelector('details').open = true;
          });
          mark.setAttribute('aria-label', `${body.name} × ${functionLabel(f)}: ${t('sources')}`);
          cell.append(mark);
        }
        return cell;
      }));
      return row;
    });
  table.replaceChildren(head, ...rows);
  $('matrix').scrollIntoView();
}

$('show-matrix').addEventListener('click', () => showMatrix().then(() => $('matrix-heading').focus()));
$('matrix-sector').addEventListener('change', showMatrix);
$('matrix-place').addEventListener('change', showMatrix);

// ---- network map (Cytoscape.js): the neighbourhood, 1 or 2 hops, each node expandable

function shapeOf(node) {
  const found = SHAPES.find(([key]) => node.labels.includes(key) || node.kinds.includes(key));
  return found ? found[1] : 'ellipse';
}

function mapElements(nodes, ties) {
  return [
    ...nodes.map((n) => ({ group: 'nodes', data: { id: n.id, label: n.name, colour: SECTOR_COLOURS[n.sector] ?? '#777',
      shape: shapeOf(n), organization: n.labels.includes('Organization') } })),
    ...ties.map((tie) => ({ group: 'edges', data: { id: `${tie.from}|${tie.type}|${tie.to}`, source: tie.from,
      target: tie.to, label: tieLabel(tie.type) } })),
  ];
}

function newMap(elements) {
  if (map) map.destroy();
  map = cytoscape({
    container: $('map'),
    elements,
    style: [
      { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', shape: 'data(shape)',
        'font-size': 9, 'text-wrap': 'ellipsis', 'text-max-width': 100, width: 22, height: 22 } },
      { selector: 'node.centre', style: { width: 34, height: 34, 'border-width': 3, 'border-color': '#f9a825' } },
      { selector: 'edge', style: { width: 1.3, 'line-color': '#9e9e9e', 'target-arrow-shape': 'triangle',
        'target-arrow-color': '#9e9e9e', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 6, color: '#555' } },
    ],
  });
  map.on('tap', 'node', (event) => select(event.target));
  const shapes = Object.entries(SHAPE_LABELS[language]).map(([shape, label]) => `${SHAPE_SYMBOLS[shape]} ${label}`);
  $('legend').replaceChildren(...SECTORS.map(sectorBadge), element('span', shapes.join('　'), { class: 'muted' }));
}

// Rings around the organization on show: its direct ties, then the next step.
function layout() {
  const centre = map.nodes('.centre');
  const distance = map.elements().dijkstra({ root: centre, directed: false });
  map.layout({ name: 'concentric', concentric: (node) => 10 - Math.min(distance.distanceTo(node), 9),
    levelWidth: () => 1, minNodeSpacing: 12, animate: false }).run();
}

function select(node) {
  const panel = $('map-selection');
  const item = element('p');
  item.append(element('strong', node.data('label')), ' ');
  if (node.data('organization') && node.id() !== current?.id) item.append(link(t('open'), () => showOrganization(node.id())), ' ');
  if (node.data('organization')) item.append(link(t('expand'), () => drawNeighbourhood(node.id(), true)));
  panel.replaceChildren(item);
}

async function drawNeighbourhood(id, expand) {
  const hops = Number($('map-hops').value);
  const { neighbourhood } = await graphql(`query($of: String!, $hops: Int) { neighbourhood(of: $of, hops: $hops, limit: 60) {
    nodes { id name labels sector kinds } ties { from to type } } }`, { of: id, hops });
  if (!neighbourhood) return;
  const elements = mapElements(neighbourhood.nodes, neighbourhood.ties);
  if (expand && map) map.add(elements.filter((e) => map.getElementById(e.data.id).empty()));
  else newMap(elements);
  map.nodes().removeClass('centre');
  map.getElementById(current?.id ?? id).addClass('centre');
  layout();
  $('map').setAttribute('aria-label', `${t('map')}: ${map.nodes().map((n) => n.data('label')).join('、')}`);
}

$('map-hops').addEventListener('change', () => current && drawNeighbourhood(current.id, false));

// ---- path finder: to an organization, a kind or a sector, hop by hop with sources

$('path-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const to = $('path-to').value.trim() || null;
  const toKind = to ? null : $('path-kind').value || null;
  const toSector = to ? null : $('path-sector').value || null;
  if (!to && !toKind && !toSector) return;
  const { connections } = await graphql(`query($from: String!, $to: String, $toKind: OrganizationKind, $toSector: Sector) {
    connections(from: $from, to: $to, toKind: $toKind, toSector: $toSector, limit: 5) {
      length nodes { id name labels sector kinds } relationships { type forward ${SOURCE_FIELDS} } } }`,
  { from: current.id, to, toKind, toSector });
  const list = $('paths');
  if (!connections?.length) { list.replaceChildren(element('li', t('noPaths'))); return; }
  list.replaceChildren(...connections.map((path) => {
    const item = element('li');
    item.append(element('p', path.nodes.map((n) => n.name).join(' → '), { class: 'path' }));
    const hops = element('ul');
    path.relationships.forEach((hop, i) => {
      const [a, b] = hop.forward ? [path.nodes[i], path.nodes[i + 1]] : [path.nodes[i + 1], path.nodes[i]];
      const line = element('li');
      line.append(sectorBadge(a.sector), `${a.name} —${tieLabel(hop.type)}→ `, sectorBadge(b.sector), b.name,
        sourcesDetails(hop.sources));
      hops.append(line);
    });
    item.append(hops);
    return item;
  }));
  const first = connections[0];
  newMap(mapElements(first.nodes, first.relationships.map((hop, i) => (hop.forward
    ? { from: first.nodes[i].id, to: first.nodes[i + 1].id, type: hop.type }
    : { from: first.nodes[i + 1].id, to: first.nodes[i].id, type: hop.type }))));
  map.getElementById(current.id).addClass('centre');
  map.layout({ name: 'breadthfirst', roots: [current.id], directed: false, spacingFactor: 0.9 }).run();
});

// ---- partner finder

$('partner-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const needs = [...document.querySelectorAll('#needs input:checked')].map((box) => box.value);
  const { partners } = await graphql(`query($for: String!, $needs: [String!], $place: String, $memberOf: String) {
    partners(for: $for, needs: $needs, place: $place, memberOf: $memberOf, limit: 10) {
      score reasons { label labelEn } organization { id name sector } } }`,
  { for: current.id, needs, place: $('partner-place').value || null, memberOf: $('partner-consortium').value || null });
  const list = $('partners');
  if (!partners?.length) { list.replaceChildren(element('li', t('noPartners'))); return; }
  list.replaceChildren(...partners.map((p) => {
    const item = element('li');
    item.append(sectorBadge(p.organization.sector), link(p.organization.name, () => showOrganization(p.organization.id)),
      element('span', ` ${p.score}：${p.reasons.map((r) => (language === 'en' ? r.labelEn : r.label)).join(language === 'en' ? '; ' : '、')}`));
    return item;
  }));
});

// ---- language

TEXT.ja = { ...Object.fromEntries([...document.querySelectorAll('[data-i18n]')].map((n) => [n.dataset.i18n, n.textContent])), ...TEXT.ja };
$('language').addEventListener('click', (event) => {
  language = language === 'ja' ? 'en' : 'ja';
  document.documentElement.lang = language;
  event.target.textContent = language === 'ja' ? 'English' : '日本語';
  event.target.lang = language === 'ja' ? 'en' : 'ja';
  document.querySelectorAll('[data-i18n]').forEach((node) => { node.textContent = t(node.dataset.i18n); });
  fillSelects();
  if (current) showOrganization(current.id, { quietly: true });
  if (!$('matrix').hidden) showMatrix();
});

loadChoices();
