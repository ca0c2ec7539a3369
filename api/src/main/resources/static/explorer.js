// The ecosystem explorer: a client of the public GraphQL API (/graphql), nothing else. Every view has its own URL
// (?org=東北大学, ?consortium=TAP, ?support=TECHNOLOGY_TRANSFER&place=sendai, ?matrix=, ?q=…, &lang=en), so links
// can be shared, reopened and walked back.
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
const SECTOR_NAMES = {
  ja: { ACADEMIA: '大学・研究機関', INDUSTRY: '企業・経済団体', GOVERNMENT: '国・自治体', FINANCE: '金融機関',
    SUPPORT: '支援機関・協議会', CIVIL: 'NPO' },
  en: { ACADEMIA: 'universities, institutes', INDUSTRY: 'companies, business bodies', GOVERNMENT: 'state, local government',
    FINANCE: 'banks, VCs, public lenders', SUPPORT: 'support bodies, councils', CIVIL: 'NPOs' },
};
const sectorName = (sector) => `${SECTOR_LABELS[language][sector]}（${SECTOR_NAMES[language][sector]}）`;
// Every kind of the API's OrganizationKind enum, in both languages.
const KIND_LABELS = {
  ja: { UNIVERSITY: '大学', KOSEN: '高専', RESEARCH_INSTITUTE: '研究機関', RESEARCH_CENTER: '研究センター',
    UNIVERSITY_DEPARTMENT: '大学の部局', PUBLIC_TEST_LAB: '公設試験研究機関', TLO: 'TLO', INCUBATOR: 'インキュベータ',
    ACCELERATOR: 'アクセラレータ', FOUNDATION: '財団', SUPPORT_CENTER: '支援センター', INDUSTRY_ASSOCIATION: '業界団体',
    ECONOMIC_FEDERATION: '経済団体', CHAMBER_OF_COMMERCE: '商工会議所', COMPANY: '企業', STARTUP: 'スタートアップ',
    VENTURE_CAPITAL: 'ベンチャーキャピタル', BANK: '銀行', GOVERNMENT_FINANCIAL_INSTITUTION: '政府系金融機関',
    CREDIT_GUARANTEE: '信用保証協会', PREFECTURE: '都道府県', MUNICIPALITY: '市町村', NATIONAL_AGENCY: '国の機関',
    GOVERNMENT_DEPARTMENT: '行政の部局', CONSORTIUM: 'コンソーシアム・協議会', NPO: 'NPO', MEDIA: 'メディア', HOSPITAL: '病院' },
  en: { UNIVERSITY: 'university', KOSEN: 'college of technology', RESEARCH_INSTITUTE: 'research institute',
    RESEARCH_CENTER: 'research centre', UNIVERSITY_DEPARTMENT: 'university department', PUBLIC_TEST_LAB: 'public test lab',
    TLO: 'TLO', INCUBATOR: 'incubator', ACCELERATOR: 'accelerator', FOUNDATION: 'foundation', SUPPORT_CENTER: 'support centre',
    INDUSTRY_ASSOCIATION: 'industry association', ECONOMIC_FEDERATION: 'economic federation',
    CHAMBER_OF_COMMERCE: 'chamber of commerce', COMPANY: 'company', STARTUP: 'start-up', VENTURE_CAPITAL: 'venture capital',
    BANK: 'bank', GOVERNMENT_FINANCIAL_INSTITUTION: 'government financial institution', CREDIT_GUARANTEE: 'credit guarantee',
    PREFECTURE: 'prefecture', MUNICIPALITY: 'municipality', NATIONAL_AGENCY: 'national agency',
    GOVERNMENT_DEPARTMENT: 'government department', CONSORTIUM: 'consortium, council', NPO: 'NPO', MEDIA: 'media',
    HOSPITAL: 'hospital' },
};
const ACTIVITY_KIND_LABELS = {
  ja: { PROGRAMME: '事業', INITIATIVE: '取組', TRAINING: '人材育成', EVENT: 'イベント', SUBSIDY: '補助金',
    NATIONAL_PROJECT: '国のプロジェクト', ACCELERATOR_PROGRAMME: 'アクセラレータ', GAP_FUND: 'ギャップファンド',
    RESEARCH_FACILITY: '研究施設', INCUBATION_FACILITY: 'インキュベーション施設', RESEARCH_PARK: 'リサーチパーク' },
  en: { PROGRAMME: 'programme', INITIATIVE: 'initiative', TRAINING: 'training', EVENT: 'event', SUBSIDY: 'subsidy',
    NATIONAL_PROJECT: 'national project', ACCELERATOR_PROGRAMME: 'accelerator programme', GAP_FUND: 'gap fund',
    RESEARCH_FACILITY: 'research facility', INCUBATION_FACILITY: 'incubation facility', RESEARCH_PARK: 'research park' },
};
const PATH_KINDS = ['VENTURE_CAPITAL', 'BANK', 'UNIVERSITY', 'STARTUP', 'TLO', 'INCUBATOR', 'NATIONAL_AGENCY', 'MUNICIPALITY'];
const TIE_LABELS = {
  ja: { MEMBER_OF: '会員', SPUN_OFF_FROM: '発スタートアップ', PART_OF: '一部', PARTY_TO: '協定当事者', OPERATES: '運営',
    PARTICIPATES_IN: '参加', PARTNER_IN: '連携', INVESTS_IN: '出資', FUNDS: '資金提供', COLLABORATES_WITH: '協力',
    SUPPORTS: '支援', ESTABLISHED_BY: '設立者', MERGED_INTO: '統合', RENAMED_TO: '改称' },
  en: { MEMBER_OF: 'member of', SPUN_OFF_FROM: 'spun off from', PART_OF: 'part of', PARTY_TO: 'party to',
    OPERATES: 'runs', PARTICIPATES_IN: 'takes part in', PARTNER_IN: 'partner in', INVESTS_IN: 'invests in',
    FUNDS: 'funds', COLLABORATES_WITH: 'works with', SUPPORTS: 'supports', ESTABLISHED_BY: 'established by',
    MERGED_INTO: 'merged into', RENAMED_TO: 'renamed' },
};
const PLAIN_LABELS = { // labels of what the search finds besides organizations
  ja: { Programme: '事業', Facility: '施設', Field: '分野', Place: '地域', Agreement: '協定', Plan: '計画' },
  en: { Programme: 'programme', Facility: 'facility', Field: 'field', Place: 'place', Agreement: 'agreement', Plan: 'plan' },
};
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
const NATIONAL_KINDS = ['NATIONAL_AGENCY', 'GOVERNMENT_FINANCIAL_INSTITUTION'];
const REGION = 'tohoku'; // the region the matrix shows by default: 東北地域 and every place within it

// Words the page writes itself; the Japanese of the static page is read from its data-i18n elements.
const TEXT = {
  ja: { none: 'なし', sources: '出典', noPaths: 'つながりは見つかりませんでした。', noPartners: '見つかりませんでした。',
    bodies: (n) => `${n} 件`, membersNamed: (n, reported) => `名前の挙がる会員 ${n}` + (reported ? `（報告された総数 ${reported}）` : ''),
    shared: (n) => `共通会員 ${n}`, open: '開く', expand: 'まわりを広げる', operator: '運営',
    participant: '参加', body: '団体名称', members: '会員一覧', clauses: (n) => `条項 ${n}`, error: 'エラー：',
    loading: '読み込み中…', results: (text) => `「${text}」の検索結果`, noHits: '見つかりませんでした。',
    organizations: '組織', documentsCount: '文書', more: (n) => `あと ${n} 件を表示`,
    drawn: (shown, all) => `${all} 件中 ${shown} 件を表示`, otherNodes: '事業・施設・協定', outside: '東北域外', national: '国の機関', unstated: '所在地の記載なし', region: '東北（域外の機関を除く）',
    matrixCount: (n) => `${n} 機関`, ties: 'つながり', agreement: '協定', validity: '有効期間', parties: '当事者',
    exampleSupport: '仙台市で技術移転支援をしているのは？', exampleTap: 'TAP（東北大学の産学連携プラットフォーム）の会員は？',
    examplePath: 'クリーンプラネット（東北大学発）からベンチャーキャピタルへのつながりは？',
    exampleAgreement: '仙台市と東北大学の協定には何が書かれている？', exampleMap: '東北大学のまわりのネットワーク',
    exampleMatrix: '東北の支援機関と、その支援機能の一覧' },
  en: { title: 'Industry–academia–government–finance network of Sendai, Miyagi and Tohoku', skip: 'Skip to content',
    searchLabel: 'Name of an organization, programme or field (Japanese, romaji, abbreviation)',
    searchPlaceholder: 'Search organizations, programmes, fields (東北大学, sendai, MASP …)', views: 'Views',
    supportFinder: 'Find support', supportFunction: 'Support function', place: 'Region', anywhere: 'anywhere',
    homeHeading: 'Who gives which support, and where',
    homeLead: 'A graph of the universities, companies, governments, financiers and support bodies of Sendai, Miyagi and Tohoku and how they connect (memberships, support functions, agreements, programmes, investments, university spin-offs), read from public documents. Every fact comes with its document, its lines and its words.',
    examples: 'For example', documents: 'Source documents',
    functions: 'Support functions', memberships: 'Memberships', agreements: 'Agreements', programmes: 'Programmes',
    facilities: 'Facilities', sources: 'Sources', map: 'Network map', hops: 'Reach', hop1: 'direct ties',
    hop2: 'up to two steps', mapHint: 'Click a node for its ties and for buttons to open it or expand the map around it.',
    paths: 'Find connections', pathKind: 'To a kind', pathSector: 'or a sector', pathToName: 'or an organization',
    find: 'Find', partners: 'Find partners', needs: 'Support functions needed', consortium: 'Consortium',
    anyConsortium: 'any', overlaps: 'Overlaps with other consortia', matrix: 'Support matrix', sector: 'Sector',
    matrixHint: 'Support bodies × support functions: the bodies the documents credit with a function, by region. Press ● for the source.',
    footer: 'Facts come from the public documents. GraphQL API:',
    none: 'none', noPaths: 'No connection found.', noPartners: 'No partner found.', bodies: (n) => `${n} bodies`,
    membersNamed: (n, reported) => `${n} members named` + (reported ? `, ${reported} reported` : ''),
    shared: (n) => `${n} shared members`, open: 'Open', expand: 'Expand around it',
    operator: 'runs', participant: 'takes part', body: 'Body', members: 'members', clauses: (n) => `${n} clauses`,
    error: 'Error: ', loading: 'Loading…', results: (text) => `Results for “${text}”`, noHits: 'Nothing found.',
    organizations: 'organizations', documentsCount: 'documents', more: (n) => `Show ${n} more`,
    drawn: (shown, all) => `${shown} of ${all} shown`, otherNodes: 'programmes, facilities, agreements', outside: 'outside Tohoku', national: 'national body', unstated: 'no place stated', region: 'Tohoku (bodies elsewhere left out)',
    matrixCount: (n) => `${n} bodies`, ties: 'Ties', agreement: 'Agreement', validity: 'In force', parties: 'Parties',
    exampleSupport: 'Who gives technology-transfer support in Sendai?',
    exampleTap: 'Who are the members of TAP (Tohoku University’s industry–academia platform)?',
    examplePath: 'How does クリーンプラネット, a Tohoku University spin-off, connect to venture capital?',
    exampleAgreement: 'What did Sendai and Tohoku University agree, clause by clause?',
    exampleMap: 'The network around Tohoku University', exampleMatrix: 'Tohoku’s support bodies and their functions' },
};
const EXAMPLES = [
  ['exampleSupport', '?support=TECHNOLOGY_TRANSFER&place=sendai'], ['exampleTap', '?consortium=TAP'],
  ['examplePath', '?org=クリーンプラネット&paths=VENTURE_CAPITAL'],
  ['exampleAgreement', '?agreement=sendai-tohoku-regional-economy-2021'], ['exampleMap', '?org=東北大学'],
  ['exampleMatrix', '?matrix='],
];

let language = 'ja';
let current = null; // the organization on show
let map = null;

const t = (key) => TEXT[language][key] ?? TEXT.ja[key] ?? key;
const $ = (id) => document.getElementById(id);
const named = (labels, code) => labels[language][code] ?? labels.ja[code] ?? code;
const kindLabel = (code) => named(KIND_LABELS, code);
const tieLabel = (type) => named(TIE_LABELS, type);

// ---- the API, with a loading state for any request slower than 300 ms

let pending = 0;
let loadingTimer;

function loading(delta) {
  pending += delta;
  clearTimeout(loadingTimer);
  if (pending > 0) loadingTimer = setTimeout(() => { $('status').textContent = t('loading'); }, 300);
  else $('status').textContent = '';
}

let generation = 0; // counts the views asked for: an answer for a view no longer wanted is dropped

// An answer that arrives after another view was asked for never resolves, so that the stale view's code stops
// there instead of drawing over the new one (a slow search overwriting a faster, later one). The page's own
// choices (`{ view: false }`) are not tied to a view.
async function graphql(query, variables = {}, { view = true } = {}) {
  const asked = generation;
  loading(1);
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors?.length) console.warn(body.errors.map((e) => e.message).join('; '));
    if (view && asked !== generation) return new Promise(() => {});
    return body.data ?? {};
  } finally {
    loading(-1);
  }
}

// ---- building blocks

function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  return node;
}

function button(text, action) {
  const control = element('button', text, { type: 'button', class: 'link' });
  control.addEventListener('click', action);
  return control;
}

// A link to a view: a real address (open in a new tab, copy, share), followed in the page on a plain click.
function link(text, href) {
  return element('a', text, { href });
}

const href = (params) => `?${new URLSearchParams({ ...params, ...(language === 'en' ? { lang: 'en' } : {}) })}`;
const organizationHref = (id) => href({ org: id });
const consortiumHref = (id) => href({ consortium: id });

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

// ---- routing: the address says which view shows what; forms and links change the address

const VIEWS = ['home', 'search-view', 'support-finder', 'organization', 'consortium', 'activity', 'matrix'];

function showView(id) {
  VIEWS.forEach((view) => { $(view).hidden = view !== id; });
}

function go(params, { replace = false, focus = !replace } = {}) {
  const address = href(params);
  if (replace) history.replaceState(null, '', address);
  else history.pushState(null, '', address);
  return route({ focus });
}

// The main region is busy until the view the address names is drawn.
async function route({ focus = false } = {}) {
  generation += 1;
  $('main').setAttribute('aria-busy', 'true');
  try {
    await render({ focus });
  } finally {
    $('main').removeAttribute('aria-busy');
  }
}

async function render({ focus }) {
  const params = new URLSearchParams(location.search);
  setLanguage(params.get('lang') === 'en' ? 'en' : 'ja');
  let heading;
  if (params.has('org')) heading = await showOrganization(params);
  else if (params.has('consortium')) heading = await showConsortium(params.get('consortium'));
  else if (params.has('node')) heading = await showActivity(params.get('node'));
  else if (params.has('agreement')) heading = await showAgreement(params.get('agreement'));
  else if (params.has('support')) heading = await showSupport(params);
  else if (params.has('matrix')) heading = await showMatrix(params);
  else if (params.has('q')) heading = await showSearch(params.get('q'));
  else heading = await showHome();
  if (focus && heading) {
    window.scrollTo(0, 0);
    heading.focus();
  }
}

// Plain clicks on the page's own links stay in the page; modified clicks (new tab) are the browser's.
document.addEventListener('click', (event) => {
  const anchor = event.target.closest('a[href^="?"]');
  if (!anchor || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  go(Object.fromEntries(new URLSearchParams(anchor.getAttribute('href'))));
});
window.addEventListener('popstate', () => route());

// ---- home: what this is, how big, questions to start with

let homeCounts = null;

async function showHome() {
  showView('home');
  if (!homeCounts) {
    const aliases = SECTORS.map((s) => `${s}: organizations(filter: {sector: ${s}}) { totalCount }`).join(' ');
    homeCounts = await graphql(`{ all: organizations { totalCount } ${aliases} documents { key title publisher published } }`);
  }
  const counts = $('home-counts');
  counts.replaceChildren();
  const entry = (term, value) => {
    const box = element('div');
    box.append(element('dt', term), element('dd', String(value)));
    counts.append(box);
  };
  entry(t('organizations'), homeCounts.all?.totalCount ?? 0);
  SECTORS.forEach((s) => entry(sectorName(s), homeCounts[s]?.totalCount ?? 0));
  entry(t('documentsCount'), homeCounts.documents?.length ?? 0);
  $('examples').replaceChildren(...EXAMPLES.map(([key, address]) => {
    const item = element('li');
    item.append(link(t(key), address + (language === 'en' ? '&lang=en' : '')));
    return item;
  }));
  fill($('home-documents'), homeCounts.documents ?? [], (d) => element('li',
    `${d.title}${d.publisher ? `（${d.publisher}、${d.published ?? ''}）` : ''}`));
  return $('home-heading');
}

// ---- search: as you type, the address follows

let searchTimer;
$('search').addEventListener('input', (event) => {
  clearTimeout(searchTimer);
  const text = event.target.value.trim();
  const replace = new URLSearchParams(location.search).has('q');
  searchTimer = setTimeout(() => go(text ? { q: text } : {}, { replace }), 250);
});
$('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(searchTimer);
  const text = $('search').value.trim();
  // Enter moves to the results, so that Tab reaches the first hit.
  if (text) go({ q: text }, { replace: new URLSearchParams(location.search).has('q'), focus: true });
});

function hitHref(hit) {
  if (hit.labels.includes('Consortium')) return consortiumHref(hit.id);
  if (hit.labels.includes('Organization')) return organizationHref(hit.id);
  if (hit.labels.includes('Programme') || hit.labels.includes('Facility')) return href({ node: hit.id });
  return null;
}

async function showSearch(text) {
  showView('search-view');
  if ($('search').value.trim() !== text) $('search').value = text;
  $('search-heading').textContent = t('results')(text);
  const data = await graphql('query($text: String!) { search(text: $text, limit: 20) { id name labels } }', { text });
  const hits = data.search ?? [];
  $('hits').replaceChildren(...(hits.length ? hits.map((hit) => {
    const item = element('li');
    const address = hitHref(hit);
    item.append(address ? link(hit.name, address) : element('span', hit.name));
    const kind = hit.labels.find((l) => PLAIN_LABELS.ja[l]);
    if (hit.labels.includes('Consortium')) item.append(' ', link(`（${t('members')}）`, consortiumHref(hit.id)));
    else if (kind) item.append(element('span', ` ${named(PLAIN_LABELS, kind)}`, { class: 'muted' }));
    return item;
  }) : [element('li', t('noHits'), { class: 'muted' })]));
  return $('search-heading');
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
  document.querySelectorAll('select.places').forEach((select) => {
    const value = select.value;
    select.options[0].textContent = t('anywhere');
    const region = select.id === 'matrix-place' ? [element('option', t('region'), { value: 'region' })] : [];
    select.replaceChildren(select.options[0], ...region, ...places.map((p) => element('option', `${p.name} (${p.organizationCount})`, { value: p.key })));
    select.value = value;
  });
  document.querySelectorAll('select.sectors').forEach((select) => {
    const value = select.value;
    select.replaceChildren(element('option', '—', { value: '' }),
      ...SECTORS.map((s) => element('option', sectorName(s), { value: s })));
    select.value = value;
  });
  const kind = $('path-kind');
  const kindValue = kind.value || 'VENTURE_CAPITAL';
  kind.replaceChildren(element('option', '—', { value: '' }), ...PATH_KINDS.map((code) => element('option', kindLabel(code), { value: code })));
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

const choicesLoaded = graphql('{ supportFunctions { code label labelEn broader { code } } places { key name kind organizationCount } }',
  {}, { view: false })
  .then((data) => {
    taxonomy = data.supportFunctions ?? [];
    places = data.places ?? [];
    fillSelects();
  });

$('support-form').addEventListener('submit', (event) => {
  event.preventDefault();
  go({ support: $('support-function').value, ...($('support-place').value ? { place: $('support-place').value } : {}) });
});

async function showSupport(params) {
  showView('support-finder');
  await choicesLoaded;
  const code = params.get('support') || 'TECHNOLOGY_TRANSFER';
  const place = params.get('place') || null;
  $('support-function').value = code;
  $('support-place').value = place ?? '';
  const { organizations } = await graphql(`query($function: String!, $place: String) {
    organizations(filter: {supportFunction: $function, place: $place}, first: 100) { totalCount edges { node {
      id key name sector address places { name } support { function { code } ${SOURCE_FIELDS} } } } } }`,
  { function: code, place });
  const bodies = organizations?.edges.map((e) => e.node) ?? [];
  $('support-count').textContent = t('bodies')(organizations?.totalCount ?? 0);
  fill($('support-bodies'), bodies, (body) => {
    const item = element('li');
    const where = [body.places.map((p) => p.name).join('・'), body.address].filter(Boolean).join(' ');
    const sources = body.support.filter((s) => narrowerOrSame(s.function.code, code)).flatMap((s) => s.sources);
    item.append(sectorBadge(body.sector), link(body.name, organizationHref(body.key)),
      element('span', where ? ` ${where}` : '', { class: 'muted' }), sourcesDetails(sources));
    return item;
  });
  return $('support-heading');
}

// ---- organization view

const ORGANIZATION = `query($id: ID) { organization(id: $id) {
  id key name legalName nameEn sector kinds address phone description places { name }
  support { function { code label labelEn } ${SOURCE_FIELDS} }
  memberships { role consortium { key name } ${SOURCE_FIELDS} }
  agreements { key title validFrom validTo ${SOURCE_FIELDS} }
  programmes { role programme { id name kind description } ${SOURCE_FIELDS} }
  facilities { id name kind address ${SOURCE_FIELDS} }
  ${SOURCE_FIELDS} } }`;

async function showOrganization(params) {
  const { organization } = await graphql(ORGANIZATION, { id: params.get('org') });
  showView('organization');
  const heading = $('organization-name');
  if (!organization) {
    heading.textContent = t('noHits');
    return heading;
  }
  if (params.get('org') !== organization.key) { // the canonical, readable address: ?org=東北大学
    params.set('org', organization.key);
    history.replaceState(null, '', `?${params}`);
  }
  current = organization;
  heading.replaceChildren(sectorBadge(organization.sector), organization.name);
  const facts = [organization.legalName, language === 'en' ? organization.nameEn : null, organization.kinds.map(kindLabel).join('・'),
    organization.places.map((p) => p.name).join('・'), organization.address, organization.phone, organization.description];
  $('organization-facts').textContent = facts.filter(Boolean).join(' ・ ');
  fill($('functions'), organization.support, (s) => {
    const item = element('li', functionLabel(s.function));
    item.append(sourcesDetails(s.sources));
    return item;
  });
  fill($('memberships'), organization.memberships, (m) => {
    const item = element('li');
    item.append(link(m.consortium.name, consortiumHref(m.consortium.key)), m.role ? `（${m.role}）` : '',
      sourcesDetails(m.sources));
    return item;
  });
  fill($('agreements'), organization.agreements, (a) => {
    const item = element('li');
    item.append(link(a.title, href({ agreement: a.key })), ` ${a.validFrom ?? ''}〜${a.validTo ?? ''}`, sourcesDetails(a.sources));
    return item;
  });
  fill($('programmes'), organization.programmes, (p) => {
    const item = element('li');
    item.append(link(p.programme.name, href({ node: p.programme.id })), `（${t(p.role.toLowerCase())}）`, sourcesDetails(p.sources));
    return item;
  });
  fill($('facilities'), organization.facilities, (f) => {
    const item = element('li');
    item.append(link(f.name, href({ node: f.id })), f.address ? ` ${f.address}` : '', sourcesDetails(f.sources));
    return item;
  });
  fill($('sources'), organization.sources, (s) => {
    const item = element('li');
    item.append(sourcesDetails([s], `${s.document.title} ${s.location ?? ''}`));
    return item;
  });
  await choicesLoaded;
  const consortia = $('partner-consortium');
  consortia.replaceChildren(consortia.options[0], ...organization.memberships.map((m) => element('option', m.consortium.name, { value: m.consortium.key })));
  $('map-hops').value = params.get('hops') === '2' ? '2' : '1';
  const drawing = mapShows === `${organization.id}|${$('map-hops').value}` ? relabelMap() : drawNeighbourhood(organization.id);
  await Promise.all([drawing, showPaths(params), showPartners(params)]);
  if (params.has('partners')) return $('partners-heading');
  if (['paths', 'pathSector', 'pathTo'].some((key) => params.has(key))) return $('paths-heading');
  return heading;
}

// ---- consortium view: members by sector, overlaps with other consortia

async function showConsortium(id) {
  const { consortium } = await graphql(`query($name: String!) { consortium(name: $name) {
    key name memberCount members { role sectorColumn organization { key name sector memberships { consortium { key name } } } } } }`,
  { name: id });
  showView('consortium');
  if (!consortium) {
    $('consortium-name').textContent = t('noHits');
    return $('consortium-name');
  }
  $('consortium-name').replaceChildren(link(consortium.name, organizationHref(consortium.key)));
  $('consortium-facts').textContent = t('membersNamed')(consortium.members.length, consortium.memberCount);
  const bySector = {};
  consortium.members.forEach((m) => (bySector[m.organization.sector] ??= []).push(m));
  $('consortium-sectors').replaceChildren(...SECTORS.filter((s) => bySector[s]).map((sector) => {
    const block = element('div');
    const heading = element('h3');
    heading.append(sectorBadge(sector), ` ${SECTOR_NAMES[language][sector]} ${bySector[sector].length}`);
    const list = element('ul');
    bySector[sector].forEach((m) => {
      const item = element('li');
      item.append(link(m.organization.name, organizationHref(m.organization.key)), m.role ? `（${m.role}）` : '');
      list.append(item);
    });
    block.append(heading, list);
    return block;
  }));
  const overlaps = {};
  consortium.members.forEach((m) => m.organization.memberships
    .filter((other) => other.consortium.key !== consortium.key)
    .forEach((other) => {
      const entry = (overlaps[other.consortium.key] ??= { name: other.consortium.name, shared: 0 });
      entry.shared += 1;
    }));
  fill($('consortium-overlaps'), Object.entries(overlaps).sort((a, b) => b[1].shared - a[1].shared), ([key, { name, shared }]) => {
    const item = element('li');
    item.append(link(name, consortiumHref(key)), language === 'en' ? `: ${t('shared')(shared)}` : `：${t('shared')(shared)}`);
    return item;
  });
  return $('consortium-name');
}

// ---- programmes, facilities and agreements: their own views

function activityView(name, facts, sources) {
  showView('activity');
  $('activity-name').textContent = name;
  $('activity-facts').textContent = facts.filter(Boolean).join(' ・ ');
  $('activity-clauses').replaceChildren();
  fill($('activity-sources'), sources, (s) => {
    const item = element('li');
    item.append(sourcesDetails([s], `${s.document.title} ${s.location ?? ''}`));
    return item;
  });
  return $('activity-name');
}

async function showActivity(id) {
  const { node } = await graphql(`query($id: ID!) { node(id: $id) { __typename
    ... on Programme { name kind description ${SOURCE_FIELDS} }
    ... on Facility { name kind address description ${SOURCE_FIELDS} } } }`, { id });
  if (!node) return activityView(t('noHits'), [], []);
  return activityView(node.name, [named(ACTIVITY_KIND_LABELS, node.kind), node.address, node.description], node.sources);
}

async function showAgreement(key) {
  const { agreements } = await graphql(`{ agreements { key title signedOn validFrom validTo parties { key name sector }
    clauses { number heading text } ${SOURCE_FIELDS} } }`);
  const agreement = (agreements ?? []).find((a) => a.key === key);
  if (!agreement) return activityView(t('noHits'), [], []);
  const heading = activityView(agreement.title, [t('agreement'),
    `${t('validity')} ${agreement.validFrom ?? ''}〜${agreement.validTo ?? ''}`], agreement.sources);
  const parties = element('span');
  parties.append(`${t('parties')}: `, ...agreement.parties.flatMap((p, i) => [i ? '、' : '', sectorBadge(p.sector),
    link(p.name, organizationHref(p.key))]));
  $('activity-facts').append(element('br'), parties);
  $('activity-clauses').replaceChildren(...agreement.clauses.map((c) => element('li',
    `${c.number} ${c.heading ? `【${c.heading}】` : ''}${c.text}`)));
  return heading;
}

// ---- support matrix: the region's support bodies × support functions

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

let inRegion = null; // ids of the organizations located in 東北地域 or below it

// Where a body stands for the matrix: in the region, outside it (every place the documents give lies elsewhere:
// Boston, Paris-Saclay, つくば), or nowhere stated.
function scopeOf(body) {
  if (body.places.length && !inRegion.has(body.id)) return 'outside';
  return body.places.length ? 'region' : 'unstated';
}

const matrixChoice = () => ({ matrix: '', ...($('matrix-sector').value ? { sector: $('matrix-sector').value } : {}),
  ...($('matrix-place').value !== 'region' ? { place: $('matrix-place').value || 'all' } : {}) });
$('matrix-sector').addEventListener('change', () => go(matrixChoice(), { replace: true }));
$('matrix-place').addEventListener('change', () => go(matrixChoice(), { replace: true }));
$('matrix-form').addEventListener('submit', (event) => event.preventDefault());

// The region's bodies by default (those the documents place in 東北 and those they place nowhere), or anywhere, or
// in one place; bodies outside the region, national bodies and bodies without a stated place are labelled so.
async function showMatrix(params) {
  showView('matrix');
  await choicesLoaded;
  const sector = params.get('sector') ?? '';
  const choice = params.get('place') ?? 'region';
  $('matrix-sector').value = sector;
  $('matrix-place').value = choice === 'all' ? '' : choice;
  const place = ['region', 'all'].includes(choice) ? null : choice;
  const [{ supportFunctions }, region, inPlace] = await Promise.all([
    graphql(`{ supportFunctions { code label labelEn broader { code }
      providers { id key name sector kinds places { key } support { function { code } ${SOURCE_FIELDS} } } } }`),
    inRegion ?? organizationsIn(REGION),
    place ? organizationsIn(place) : null]);
  inRegion = region;
  const columns = (supportFunctions ?? []).filter((f) => !f.broader);
  const bodies = new Map();
  columns.forEach((f) => f.providers
    .filter((p) => (!sector || p.sector === sector) && (inPlace ? inPlace.has(p.id) : choice === 'all' || scopeOf(p) !== 'outside'))
    .forEach((p) => bodies.set(p.id, p)));
  $('matrix-count').textContent = t('matrixCount')(bodies.size);
  const table = $('matrix-table');
  const head = element('tr');
  head.append(element('th', t('body'), { scope: 'col' }), ...columns.map((f) => element('th', functionLabel(f), { scope: 'col' })));
  const rows = [...bodies.values()].sort((a, b) => SECTORS.indexOf(a.sector) - SECTORS.indexOf(b.sector) || a.name.localeCompare(b.name))
    .map((body) => {
      const row = element('tr');
      const name = element('th', null, { scope: 'row' });
      name.append(sectorBadge(body.sector), link(body.name, organizationHref(body.key)));
      const scope = scopeOf(body);
      const label = scope === 'outside' ? t('outside')
        : body.kinds.some((k) => NATIONAL_KINDS.includes(k)) ? t('national') : scope === 'unstated' ? t('unstated') : null;
      if (label) name.append(' ', element('span', label, { class: 'scope' }));
      row.append(name, ...columns.map((f) => {
        const cell = element('td');
        const sources = body.support.filter((s) => narrowerOrSame(s.function.code, f.code)).flatMap((s) => s.sources);
        if (sources.length) {
          const mark = button('●', () => {
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
  return $('matrix-heading');
}

// ---- network map (Cytoscape.js): neighbours on a ring grouped by sector, a few at a time

const MAP_CAP = 20; // at most this many nodes drawn at first around the centre; "show more" adds as many again
const LABEL_SPACING = 120; // px of ellipse a label needs at full size
let neighbourhood = null; // what the API returned for the map on show
let drawnCount = 0;
let mapShows = null; // what the map draws: an organization's neighbourhood at some reach, or a path

function shapeOf(node) {
  const found = SHAPES.find(([key]) => node.labels.includes(key) || node.kinds.includes(key));
  return found ? found[1] : 'ellipse';
}

// A map label: at most three lines of nine characters (about 110 px at 12 px), the rest cut with …; Cytoscape wraps
// only at spaces, which Japanese names lack. The whole name shows when the node is chosen.
function mapLabel(name) {
  const characters = [...name];
  const lines = [];
  for (let i = 0; i < characters.length && lines.length < 3; i += 9) lines.push(characters.slice(i, i + 9).join(''));
  if (characters.length > 27) lines[2] = `${[...lines[2]].slice(0, 8).join('')}…`;
  return lines.join('\n');
}

function mapElements(nodes, ties) {
  const ids = new Set(nodes.map((n) => n.id));
  return [
    ...nodes.map((n) => ({ group: 'nodes', data: { id: n.id, name: n.name, label: mapLabel(n.name), colour: SECTOR_COLOURS[n.sector] ?? '#777',
      sector: n.sector ?? '', shape: shapeOf(n), organization: n.labels.includes('Organization') } })),
    ...ties.filter((tie) => ids.has(tie.from) && ids.has(tie.to)).map((tie) => ({ group: 'edges',
      data: { id: `${tie.from}|${tie.type}|${tie.to}`, source: tie.from, target: tie.to, type: tie.type, label: tieLabel(tie.type) } })),
  ];
}

function newMap(elements) {
  if (map) map.destroy();
  map = cytoscape({
    container: $('map'),
    elements,
    minZoom: 0.4,
    maxZoom: 2.5,
    style: [
      { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', shape: 'data(shape)',
        'font-size': 12, color: '#1b1b1b', 'text-wrap': 'wrap', 'text-max-width': 110, 'text-valign': 'bottom',
        'text-margin-y': 3, 'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 1,
        width: 20, height: 20 } },
      { selector: 'node.centre', style: { width: 34, height: 34, 'border-width': 3, 'border-color': '#f9a825', 'font-weight': 'bold' } },
      { selector: 'edge', style: { width: 1.2, 'line-color': '#b0b0b0', 'target-arrow-shape': 'triangle',
        'target-arrow-color': '#b0b0b0', 'curve-style': 'bezier' } },
      { selector: 'edge.chosen', style: { width: 2.5, 'line-color': '#0b4a9e', 'target-arrow-color': '#0b4a9e',
        label: 'data(label)', 'font-size': 11, color: '#0b4a9e', 'text-background-color': '#fff', 'text-background-opacity': 1,
        'text-background-padding': 2 } },
      { selector: 'node.chosen', style: { 'border-width': 3, 'border-color': '#0b4a9e' } },
    ],
  });
  map.on('tap', 'node', (event) => select(event.target));
  legend();
}

function legend() {
  const shapes = Object.entries(SHAPE_LABELS[language]).map(([shape, label]) => `${SHAPE_SYMBOLS[shape]} ${label}`);
  $('legend').replaceChildren(...SECTORS.map((s) => {
    const entry = element('span');
    entry.append(sectorBadge(s), ` ${SECTOR_NAMES[language][s]}`);
    return entry;
  }), element('span', null), element('span', shapes.join('　'), { class: 'muted' }));
  const others = $('legend').children[SECTORS.length];
  others.append(element('span', null, { class: 'swatch' }), ` ${t('otherNodes')}`);
}

// Room for the outer ellipse inside the map, less half a label's width at the sides and a label's height below.
function room() {
  return { rx: Math.max(($('map').clientWidth - 170) / 2, 120), ry: Math.max(($('map').clientHeight - 110) / 2, 80) };
}

// As many neighbours as the map has room for at full label size (20 on a laptop, fewer on a tablet).
function mapCap() {
  const { rx, ry } = room();
  return Math.max(8, Math.min(MAP_CAP, Math.floor((2 * Math.PI * Math.sqrt((rx ** 2 + ry ** 2) / 2)) / LABEL_SPACING)));
}

// Points spread evenly along an ellipse (by arc length, so that the narrow ends are not crowded), from the top.
function alongEllipse(count, rx, ry) {
  const steps = 720;
  const points = [...Array(steps + 1).keys()].map((i) => {
    const angle = (2 * Math.PI * i) / steps - Math.PI / 2;
    return { x: rx * Math.cos(angle), y: ry * Math.sin(angle) };
  });
  const lengths = [0];
  for (let i = 1; i <= steps; i++) lengths.push(lengths[i - 1] + Math.hypot(points[i].x - points[i - 1].x, points[i].y - points[i - 1].y));
  const perimeter = lengths[steps];
  let j = 0;
  return [...Array(count).keys()].map((k) => {
    const wanted = (perimeter * k) / count;
    while (lengths[j] < wanted) j++;
    return points[j];
  });
}

// The centre in the middle; its neighbours on an ellipse that fills the map, sector by sector (産 学 官 金 支援 民,
// then programmes, facilities, agreements), so that each sector sits together; nodes two steps away on an outer
// ellipse. Up to the cap, labels stay full size and about 120 px apart; past it, the map zooms out.
function layout() {
  const centre = map.nodes('.centre');
  const distance = map.elements().dijkstra({ root: centre, directed: false });
  const rings = [[], []];
  map.nodes().not(centre).forEach((node) => rings[distance.distanceTo(node) > 1 ? 1 : 0].push(node));
  const order = (node) => (SECTORS.includes(node.data('sector')) ? SECTORS.indexOf(node.data('sector')) : SECTORS.length);
  const bySector = (a, b) => order(a) - order(b) || a.data('name').localeCompare(b.data('name'));
  const filled = rings.filter((ring) => ring.length);
  const { rx, ry } = room();
  const positions = { [centre.id()]: { x: 0, y: 0 } };
  filled.forEach((ring, r) => {
    ring.sort(bySector);
    const share = filled.length === 2 && r === 0 ? 0.5 : 1;
    const perimeter = 2 * Math.PI * Math.sqrt(((rx * share) ** 2 + (ry * share) ** 2) / 2);
    const grow = Math.max(1, (ring.length * LABEL_SPACING) / perimeter);
    alongEllipse(ring.length, rx * share * grow, ry * share * grow).forEach((point, i) => { positions[ring[i].id()] = point; });
  });
  map.layout({ name: 'preset', positions: (node) => positions[node.id()], fit: true, padding: 30, animate: false }).run();
  if (map.zoom() > 1) map.zoom(1);
  map.center(centre);
}

function relabelMap() {
  if (!map) return;
  map.edges().forEach((edge) => edge.data('label', tieLabel(edge.data('type'))));
  legend();
  moreButton();
}

function select(node) {
  map.elements().removeClass('chosen');
  node.addClass('chosen');
  node.connectedEdges().addClass('chosen');
  const panel = $('map-selection');
  const item = element('p');
  item.append(element('strong', node.data('name')), ' ');
  if (node.data('organization') && node.id() !== current?.id) item.append(link(t('open'), organizationHref(node.id())), ' ');
  if (node.data('organization')) item.append(button(t('expand'), () => expandAround(node.id())));
  const ties = element('ul');
  node.connectedEdges().forEach((edge) => ties.append(element('li',
    `${edge.source().data('name')} —${tieLabel(edge.data('type'))}→ ${edge.target().data('name')}`)));
  panel.replaceChildren(item, ties);
}

function moreButton() {
  const more = $('map-more');
  const left = (neighbourhood?.nodes.length ?? 0) - 1 - Math.min(drawnCount, (neighbourhood?.nodes.length ?? 1) - 1);
  more.hidden = left <= 0;
  more.textContent = left > 0 ? `${t('more')(Math.min(left, mapCap()))}（${t('drawn')(Math.min(drawnCount, neighbourhood.nodes.length - 1), neighbourhood.nodes.length - 1)}）` : '';
}

// The nodes the API ranks first (nearest, best connected), up to the cap, and the centre.
function drawCapped(centreId) {
  const centre = neighbourhood.nodes.filter((n) => n.id === centreId);
  const others = neighbourhood.nodes.filter((n) => n.id !== centreId).slice(0, drawnCount);
  newMap(mapElements([...centre, ...others], neighbourhood.ties));
  map.getElementById(centreId).addClass('centre');
  layout();
  moreButton();
  $('map').setAttribute('aria-label', `${t('map')}: ${map.nodes().map((n) => n.data('name')).join('、')}`);
}

async function drawNeighbourhood(id) {
  const hops = Number($('map-hops').value);
  const data = await graphql(`query($of: String!, $hops: Int) { neighbourhood(of: $of, hops: $hops, limit: 60) {
    nodes { id name labels sector kinds } ties { from to type } } }`, { of: id, hops });
  if (!data.neighbourhood) return;
  neighbourhood = data.neighbourhood;
  mapShows = `${id}|${hops}`;
  drawnCount = mapCap();
  drawCapped(current?.id ?? id);
}

// Expanding adds the node's own neighbours (up to the cap) to what is drawn.
async function expandAround(id) {
  const { neighbourhood: around } = await graphql(`query($of: String!) { neighbourhood(of: $of, hops: 1, limit: ${mapCap()}) {
    nodes { id name labels sector kinds } ties { from to type } } }`, { of: id });
  if (!around) return;
  const known = new Set(neighbourhood.nodes.map((n) => n.id));
  const drawn = new Set(map.nodes().map((n) => n.id()));
  neighbourhood.nodes.push(...around.nodes.filter((n) => !known.has(n.id)));
  neighbourhood.ties.push(...around.ties);
  const centre = current.id;
  const keep = [...neighbourhood.nodes.filter((n) => drawn.has(n.id)), ...around.nodes.filter((n) => !drawn.has(n.id))];
  newMap(mapElements(keep, neighbourhood.ties));
  map.getElementById(centre).addClass('centre');
  layout();
}

$('map-more').addEventListener('click', () => { drawnCount += mapCap(); drawCapped(current.id); });
$('map-hops').addEventListener('change', () => {
  const params = new URLSearchParams(location.search);
  params.set('hops', $('map-hops').value);
  history.replaceState(null, '', `?${params}`);
  if (current) drawNeighbourhood(current.id);
});

// ---- path finder: to an organization, a kind or a sector, hop by hop with sources

$('path-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const params = new URLSearchParams(location.search);
  ['paths', 'pathSector', 'pathTo'].forEach((key) => params.delete(key));
  const to = $('path-to').value.trim();
  if (to) params.set('pathTo', to);
  else if ($('path-kind').value) params.set('paths', $('path-kind').value);
  else if ($('path-sector').value) params.set('pathSector', $('path-sector').value);
  else return;
  go(Object.fromEntries(params));
});

async function showPaths(params) {
  const to = params.get('pathTo');
  const toKind = to ? null : params.get('paths');
  const toSector = to || toKind ? null : params.get('pathSector');
  $('path-to').value = to ?? '';
  $('path-kind').value = toKind ?? (toSector ? '' : 'VENTURE_CAPITAL');
  $('path-sector').value = toSector ?? '';
  const list = $('paths');
  if (!to && !toKind && !toSector) { list.replaceChildren(); return; }
  const { connections } = await graphql(`query($from: String!, $to: String, $toKind: OrganizationKind, $toSector: Sector) {
    connections(from: $from, to: $to, toKind: $toKind, toSector: $toSector, limit: 5) {
      length nodes { id name labels sector kinds } relationships { type forward ${SOURCE_FIELDS} } } }`,
  { from: current.id, to, toKind, toSector });
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
  neighbourhood = { nodes: first.nodes, ties: first.relationships.map((hop, i) => (hop.forward
    ? { from: first.nodes[i].id, to: first.nodes[i + 1].id, type: hop.type }
    : { from: first.nodes[i + 1].id, to: first.nodes[i].id, type: hop.type })) };
  mapShows = 'path';
  newMap(mapElements(neighbourhood.nodes, neighbourhood.ties));
  map.getElementById(current.id).addClass('centre');
  map.layout({ name: 'breadthfirst', roots: [current.id], directed: false, spacingFactor: 1.1, fit: true, padding: 40 }).run();
  if (map.zoom() > 1.2) map.zoom({ level: 1.2, position: map.getElementById(current.id).position() });
  map.center();
  moreButton();
}

// ---- partner finder

$('partner-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const params = new URLSearchParams(location.search);
  const needs = [...document.querySelectorAll('#needs input:checked')].map((box) => box.value);
  params.set('partners', needs.join(','));
  ['partnerPlace', 'partnerConsortium'].forEach((key) => params.delete(key));
  if ($('partner-place').value) params.set('partnerPlace', $('partner-place').value);
  if ($('partner-consortium').value) params.set('partnerConsortium', $('partner-consortium').value);
  go(Object.fromEntries(params));
});

async function showPartners(params) {
  const list = $('partners');
  if (!params.has('partners')) { list.replaceChildren(); return; }
  const needs = params.get('partners').split(',').filter(Boolean);
  document.querySelectorAll('#needs input').forEach((box) => { box.checked = needs.includes(box.value); });
  $('partner-place').value = params.get('partnerPlace') ?? '';
  $('partner-consortium').value = params.get('partnerConsortium') ?? '';
  const { partners } = await graphql(`query($for: String!, $needs: [String!], $place: String, $memberOf: String) {
    partners(for: $for, needs: $needs, place: $place, memberOf: $memberOf, limit: 10) {
      score reasons { label labelEn } organization { key name sector } } }`,
  { for: current.id, needs, place: params.get('partnerPlace'), memberOf: params.get('partnerConsortium') });
  if (!partners?.length) { list.replaceChildren(element('li', t('noPartners'))); return; }
  list.replaceChildren(...partners.map((p) => {
    const item = element('li');
    item.append(sectorBadge(p.organization.sector), link(p.organization.name, organizationHref(p.organization.key)),
      element('span', ` ${p.score}：${p.reasons.map((r) => (language === 'en' ? r.labelEn : r.label)).join(language === 'en' ? '; ' : '、')}`));
    return item;
  }));
}

// ---- language: kept in the address; switching re-renders the view on show

// The static page's Japanese: texts, placeholders and accessible names marked with data-i18n attributes.
const STATIC_TEXTS = [['[data-i18n]', 'i18n', (n) => n.textContent, (n, text) => { n.textContent = text; }],
  ['[data-i18n-placeholder]', 'i18nPlaceholder', (n) => n.placeholder, (n, text) => { n.placeholder = text; }],
  ['[data-i18n-aria]', 'i18nAria', (n) => n.getAttribute('aria-label'), (n, text) => n.setAttribute('aria-label', text)]];
TEXT.ja = { ...Object.fromEntries(STATIC_TEXTS.flatMap(([selector, key, read]) => [...document.querySelectorAll(selector)]
  .map((n) => [n.dataset[key], read(n)]))), ...TEXT.ja };

function setLanguage(chosen) {
  if (chosen === language && document.documentElement.lang === chosen) return;
  language = chosen;
  document.documentElement.lang = language;
  const toggle = $('language');
  toggle.textContent = language === 'ja' ? 'English' : '日本語';
  toggle.lang = language === 'ja' ? 'en' : 'ja';
  STATIC_TEXTS.forEach(([selector, key, , write]) => document.querySelectorAll(selector)
    .forEach((node) => write(node, t(node.dataset[key]))));
  document.querySelectorAll('header nav a').forEach((anchor) => {
    const params = new URLSearchParams(anchor.getAttribute('href'));
    if (language === 'en') params.set('lang', 'en'); else params.delete('lang');
    anchor.setAttribute('href', `?${params}`);
  });
  document.querySelector('header a.home').setAttribute('href', language === 'en' ? '?lang=en' : '?');
  if (taxonomy.length) fillSelects();
}

$('language').addEventListener('click', () => {
  const params = new URLSearchParams(location.search);
  if (language === 'ja') params.set('lang', 'en'); else params.delete('lang');
  history.replaceState(null, '', `?${params}`);
  route();
});

route();
