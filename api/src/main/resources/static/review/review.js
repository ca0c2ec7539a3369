// The review page: upload a document, see its text with each candidate at its line, accept, edit, reject or merge
// the candidates, save the reviewed dataset and import it. Writes carry the operator's login (HTTP Basic).
'use strict';

const $ = (selector) => document.querySelector(selector);
const api = '/review/api';
const SECTOR_LABELS = { INDUSTRY: '産', ACADEMIA: '学', GOVERNMENT: '官', FINANCE: '金', SUPPORT: '支援', CIVIL: '市民' };

let vocabulary = { sectors: Object.keys(SECTOR_LABELS), kinds: [] };
let draft = null;
let organizations = [];
let relations = [];

function element(tag, properties = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, properties);
  children.forEach((child) => node.append(child));
  return node;
}

function status(text) {
  $('#status').textContent = text;
}

function problems(list) {
  $('#problems').replaceChildren(...(list || []).map((problem) => element('li', { textContent: problem })));
}

function authorization() {
  const login = `${$('#user').value}:${$('#password').value}`;
  return 'Basic ' + btoa(String.fromCharCode(...new TextEncoder().encode(login)));
}

async function call(path, options = {}) {
  const response = await fetch(api + path, {
    ...options,
    headers: { Accept: 'application/json', ...(options.headers || {}) },
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = new Error(`${response.status}`);
    error.problems = body.problems || [`the server answered ${response.status}`];
    throw error;
  }
  return body;
}

async function start() {
  const login = await call('/login');
  $('#user').value = login.user;
  if (login.password) {
    $('#password').value = login.password;
    $('#login-note').textContent = 'この端末で開いたので、組み込みデータベースのパスワードが入力済みです。';
    $('#login').open = false;
  } else {
    $('#login-note').textContent = 'データベースのユーザーとパスワードを入力してください（書き込みに必要です）。';
  }
  vocabulary = await call('/vocabulary');
  await listDrafts();
}

/** The documents read before, to open again: a review can be left and taken up later. */
async function listDrafts() {
  const drafts = await call('/documents');
  $('#earlier').hidden = drafts.length === 0;
  $('#earlier').open = !draft; // open until a document is shown
  $('#drafts').replaceChildren(...drafts.map((listed) => element('li', {},
    element('button', {
      type: 'button',
      textContent: `${listed.title}（${listed.id}）${listed.saved ? ' — 保存済み' : ''}`,
      onclick: async () => {
        problems([]);
        try {
          show(await call(`/documents/${encodeURIComponent(listed.id)}`));
          status(`${listed.id} を開きました。`);
        } catch (error) {
          problems(error.problems);
        }
      },
    }))));
}

async function upload(event) {
  event.preventDefault();
  const file = $('#file').files[0];
  if (!file) return;
  const form = new FormData();
  form.append('file', file);
  if ($('#document-id').value) form.append('id', $('#document-id').value);
  status(`${file.name} を読み込んでいます…`);
  problems([]);
  try {
    show(await call('/documents', { method: 'POST', body: form, headers: { Authorization: authorization() } }));
    status(`${file.name}: 組織 ${organizations.length} 件、関係 ${relations.length} 件の候補。グラフにはまだ書き込んでいません。`);
  } catch (error) {
    status('読み込めませんでした。');
    problems(error.problems);
  }
}

function show(loaded) {
  draft = loaded;
  const dataset = loaded.dataset;
  organizations = dataset.organizations.map((organization) => ({
    record: organization,
    accepted: true,
    name: organization.name,
    sector: organization.sector,
    kind: (organization.kinds || [])[0] || '',
    sameAs: '',
    suggestions: loaded.suggestions[organization.name] || [],
  }));
  relations = [];
  const add = (kind, record, text, source) => relations.push({ kind, record, text, source, accepted: true });
  dataset.memberships.forEach((m) => add('membership', m, `${m.member} — 会員 → ${m.consortium}${m.role ? `（${m.role}）` : ''}`, m.source));
  dataset.provides.forEach((p) => add('provides', p, `${p.organization} — 提供 → ${p.function}`, p.source));
  dataset.relations.forEach((r) => add('relation', r, `${r.from} — ${r.type === 'SPUN_OFF_FROM' ? '発スタートアップ' : r.type === 'INVESTS_IN' ? '出資' : r.type} → ${r.to}`, r.source));
  dataset.agreements.forEach((a) => {
    a.parties.forEach((party) => add('party', { agreement: a, party }, `協定の当事者: ${party}`, a.source));
    a.clauses.forEach((c) => add('clause', { agreement: a, clause: c }, `条項 ${c.number}: ${c.text}`, c.source));
  });
  dataset.plans.forEach((plan) => plan.kpis.forEach((k) => add('kpi', { plan, kpi: k }, `KPI: ${k.indicator} ${k.target}${k.unit || ''}${k.targetYear ? `（${k.targetYear}）` : ''}`, k.source)));
  const agreement = dataset.agreements[0];
  $('#agreement').hidden = $('#agreement-heading').hidden = !agreement;
  if (agreement) {
    $('#agreement-title').value = agreement.title || '';
    $('#agreement-signed').value = agreement.signedOn || '';
  }
  $('#document-title').textContent = `${loaded.title}（${loaded.id}）`;
  $('#resolutions-heading').hidden = loaded.resolutions.length === 0;
  $('#resolutions').replaceChildren(...loaded.resolutions.map((line) => element('li', { textContent: line })));
  $('#review').hidden = false;
  $('#import').disabled = !loaded.saved;
  renderCandidates();
  renderText();
}

function options(select, values, labels, chosen) {
  select.replaceChildren(...values.map((value) => element('option', { value, textContent: labels(value), selected: value === chosen })));
  return select;
}

function lineLink(source) {
  if (!source) return element('span');
  const first = Number(String(source.lines).split('-')[0]);
  return element('a', {
    href: `#L${first}`,
    textContent: `L${source.lines}`,
    onclick: (event) => {
      event.preventDefault();
      focusLine(first);
    },
  });
}

function focusLine(number) {
  document.querySelectorAll('.lines li.focused').forEach((li) => li.classList.remove('focused'));
  const line = document.getElementById(`L${number}`);
  if (line) {
    line.classList.add('focused');
    line.scrollIntoView({ block: 'center' });
  }
}

function renderCandidates() {
  $('#organizations tbody').replaceChildren(...organizations.map((candidate) => {
    const accept = element('input', { type: 'checkbox', className: 'accept', checked: candidate.accepted });
    accept.setAttribute('aria-label', `${candidate.record.name} を採用`);
    accept.onchange = () => { candidate.accepted = accept.checked; refresh(); };
    const name = element('input', { className: 'name', value: candidate.name });
    name.setAttribute('aria-label', '名前');
    name.oninput = () => { candidate.name = name.value.trim(); };
    const sector = options(element('select', { className: 'sector' }), vocabulary.sectors, (s) => `${SECTOR_LABELS[s] || s} ${s}`, candidate.sector);
    sector.setAttribute('aria-label', '部門');
    sector.onchange = () => { candidate.sector = sector.value; };
    const kind = options(element('select', { className: 'kind' }), ['', ...vocabulary.kinds], (k) => k || '—', candidate.kind);
    kind.setAttribute('aria-label', '種別');
    kind.onchange = () => { candidate.kind = kind.value; };
    const sameAs = element('select', { className: 'same-as' },
      element('option', { value: '', textContent: candidate.suggestions.length ? '新しい組織' : '—' }),
      ...candidate.suggestions.map((s) => element('option', { value: s.name, textContent: `${s.name}（${s.reason}）` })));
    sameAs.setAttribute('aria-label', '既存の組織');
    sameAs.disabled = candidate.suggestions.length === 0;
    sameAs.onchange = () => { candidate.sameAs = sameAs.value; };
    const row = element('tr', {},
      element('td', {}, accept), element('td', {}, name), element('td', {}, sector), element('td', {}, kind),
      element('td', {}, sameAs), element('td', {}, lineLink(candidate.record.source)));
    row.dataset.name = candidate.record.name;
    row.classList.toggle('rejected', !candidate.accepted);
    return row;
  }));
  $('#relations tbody').replaceChildren(...relations.map((candidate, index) => {
    const accept = element('input', { type: 'checkbox', className: 'accept', checked: candidate.accepted });
    accept.setAttribute('aria-label', `${candidate.text} を採用`);
    accept.onchange = () => { candidate.accepted = accept.checked; refresh(); };
    const row = element('tr', {}, element('td', {}, accept), element('td', { textContent: candidate.text }),
      element('td', {}, lineLink(candidate.source)));
    row.dataset.kind = candidate.kind;
    row.dataset.index = index;
    row.classList.toggle('rejected', !candidate.accepted);
    return row;
  }));
}

function refresh() {
  renderCandidates();
  renderText();
}

function renderText() {
  const cited = new Set();
  const marks = new Map();
  const cite = (source, quote, accepted) => {
    if (!source) return;
    const [first, last] = String(source.lines).split('-').map(Number);
    for (let n = first; n <= (last || first); n++) cited.add(n);
    if (quote) marks.set(first, [...(marks.get(first) || []), { quote, accepted }]);
  };
  organizations.forEach((c) => cite(c.record.source, c.record.source && c.record.source.quote, c.accepted));
  relations.forEach((c) => cite(c.source, null, c.accepted));
  $('#lines').replaceChildren(...draft.lines.map((text, i) => {
    const number = i + 1;
    const line = element('li', { id: `L${number}`, value: number });
    line.classList.toggle('cited', cited.has(number));
    let rest = text;
    for (const mark of marks.get(number) || []) {
      const at = rest.indexOf(mark.quote);
      if (at < 0) continue;
      line.append(rest.slice(0, at), element('mark', { textContent: mark.quote, className: mark.accepted ? '' : 'rejected' }));
      rest = rest.slice(at + mark.quote.length);
    }
    line.append(rest);
    return line;
  }));
}

/** The dataset as reviewed: rejected candidates out, edits in, merged names taken as the known organization's. */
function reviewed() {
  const finalName = new Map();
  const rejected = new Set();
  const records = new Map();
  for (const c of organizations) {
    if (!c.accepted || !c.name) {
      rejected.add(c.record.name);
      continue;
    }
    const name = c.sameAs || c.name;
    finalName.set(c.record.name, name);
    const suggestion = c.suggestions.find((s) => s.name === c.sameAs);
    const earlier = records.get(name);
    const aliases = new Set([...(earlier ? earlier.aliases : []), ...(c.sameAs ? [] : c.record.aliases || [])]);
    if (c.sameAs) aliases.add(c.record.name);
    records.set(name, {
      ...(earlier || c.record),
      name,
      legalForm: c.sameAs ? null : c.record.legalForm,
      aliases: [...aliases].filter((alias) => alias !== name),
      sector: suggestion ? suggestion.sector : c.sector,
      kinds: suggestion ? suggestion.kinds : c.kind ? [c.kind] : [],
    });
  }
  const named = (n) => !rejected.has(n);
  const rename = (n) => finalName.get(n) || n;
  const kept = (kind) => relations.filter((r) => r.kind === kind && r.accepted).map((r) => r.record);
  const dataset = draft.dataset;
  return {
    document: draft.id,
    organizations: [...records.values()],
    memberships: kept('membership').filter((m) => named(m.member) && named(m.consortium))
      .map((m) => ({ ...m, member: rename(m.member), consortium: rename(m.consortium) })),
    provides: kept('provides').filter((p) => named(p.organization)).map((p) => ({ ...p, organization: rename(p.organization) })),
    relations: kept('relation').filter((r) => named(r.from) && named(r.to)).map((r) => ({ ...r, from: rename(r.from), to: rename(r.to) })),
    agreements: dataset.agreements.map((a) => ({
      ...a,
      title: $('#agreement-title').value || a.title,
      signedOn: $('#agreement-signed').value || null,
      parties: kept('party').filter((p) => p.agreement === a && named(p.party)).map((p) => rename(p.party)),
      clauses: kept('clause').filter((c) => c.agreement === a).map((c) => c.clause),
    })),
    plans: dataset.plans.map((plan) => ({ ...plan, kpis: kept('kpi').filter((k) => k.plan === plan).map((k) => k.kpi) }))
      .filter((plan) => plan.kpis.length > 0),
  };
}

async function save() {
  problems([]);
  try {
    const saved = await call(`/documents/${draft.id}/dataset`, {
      method: 'PUT',
      body: JSON.stringify(reviewed()),
      headers: { 'Content-Type': 'application/json', Authorization: authorization() },
    });
    $('#import').disabled = !saved.saved;
    status(`保存しました: datasets/${draft.id}.yaml。取り込むまでグラフは変わりません。`);
    await listDrafts();
  } catch (error) {
    status('保存できませんでした。');
    problems(error.problems);
  }
}

async function importIntoGraph() {
  problems([]);
  status('グラフに取り込んでいます…');
  try {
    const report = await call(`/documents/${draft.id}/import`, { method: 'POST', headers: { Authorization: authorization() } });
    status(`取り込みました: ${report.documents.join(', ')}`);
    const held = Object.entries(report.nodesInGraph).map(([label, count]) => `${label} ${count}`).join(' · ');
    $('#result').textContent = [...report.resolutions, `グラフにあるもの: ${held}`].join('\n');
  } catch (error) {
    status('取り込めませんでした（グラフは変わっていません）。');
    problems(error.problems);
  }
}

$('#upload-form').addEventListener('submit', upload);
$('#save').addEventListener('click', save);
$('#import').addEventListener('click', importIntoGraph);
start().catch((error) => problems(error.problems || [String(error)]));
