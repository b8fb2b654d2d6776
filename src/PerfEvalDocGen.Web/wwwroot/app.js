// The page for finance staff: a form built from the data format's JSON Schema, checked by the server's own
// validator as the user types, with the computed figures beside it. Plain JavaScript, no build step.
'use strict';

const DRAFT_KEY = 'perfeval.draft.v1';
const LONG_TEXT = new Set(['text', 'achieved', 'expected', 'summary', 'frugalityMeasures', 'intro', 'closing',
  'changeReason', 'deviation', 'purpose', 'paragraphs']);
// In a table a cell is narrow: names and indicator wording wrap there too.
const LONG_CELL = new Set([...LONG_TEXT, 'level3', 'name', 'office', 'title']);

const state = {
  schema: null,     // the JSON Schema from /api/schema
  data: null,       // the unit's data being edited (null until one is started or opened)
  raw: null,        // the text of a file that is not valid JSON, being fixed by hand
  name: 'data.json',
  templates: '',    // the template set chosen in the toolbar
  section: null,    // the top-level property whose section is shown
  diagnostics: [],
  seq: 0,
  timer: 0,
};

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

// ---- schema helpers ----

function resolve(node) {
  if (!node) return {};
  if (node.$ref) return resolve(state.schema.$defs[node.$ref.split('/').pop()]);
  const alternatives = node.anyOf || node.oneOf;
  if (alternatives) {
    const real = alternatives.find((a) => a.$ref || (a.type && a.type !== 'null'));
    return { ...resolve(real), title: node.title, description: node.description };
  }
  return node;
}

function kindOf(node) {
  const types = [].concat(node.type || (node.properties ? 'object' : 'string'));
  return types.find((t) => t !== 'null') || 'string';
}

const nullable = (node) => [].concat(node.type || []).includes('null') || !!(node.anyOf || node.oneOf);

function unitOf(node, kind) {
  const text = node.description || '';
  // Only a unit the description states as the field's own, e.g. "（万元）", "（%）", not one inside an example.
  if (/万元/.test(text)) return '万元';
  if (/（%）/.test(text)) return '%';
  if (/（m²）|m²）/.test(text)) return 'm²';
  if (kind === 'integer' && /人/.test((node.title || '') + text)) return '人';
  return '';
}

const isScalar = (node) => !['object', 'array'].includes(kindOf(resolve(node)));

// ---- paths: the same notation as the diagnostics' JSON paths (unit.name, indicators[2].weight) ----

function pathText(segments) {
  return segments.reduce((text, s) => (typeof s === 'number' ? `${text}[${s}]` : text ? `${text}.${s}` : s), '');
}

function getAt(segments) {
  let node = state.data;
  for (const s of segments) {
    if (node === null || node === undefined) return undefined;
    node = node[s];
  }
  return node;
}

function setAt(segments, value) {
  let node = state.data;
  segments.forEach((s, i) => {
    if (i === segments.length - 1) {
      node[s] = value;
      return;
    }
    // A container of the wrong kind (a text where a list belongs, a list where an object belongs) is replaced: a
    // name set on a list, or an item set on an object, would be lost when the data is written as JSON.
    const wantList = typeof segments[i + 1] === 'number';
    const current = node[s];
    const fits = current !== null && typeof current === 'object' && Array.isArray(current) === wantList;
    if (!fits) node[s] = wantList ? [] : {};
    node = node[s];
  });
}

// What the user typed, as the data file would hold it: numbers as numbers, a blank as null; anything else is kept
// as typed, so the server's check names the mistake (e.g. "950万" in a number field).
function parseInput(text, node) {
  const kind = kindOf(node);
  const trimmed = text.trim();
  if (kind === 'number' || kind === 'integer') {
    if (trimmed === '') return null;
    const normalised = trimmed.replace(/,/g, '');
    return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : trimmed;
  }
  if (trimmed === '' && nullable(node)) return null;
  return text;
}

const shown = (value) => (value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));

// ---- the form ----

function sections() {
  return Object.entries(state.schema.properties).filter(([key]) => key !== '$schema' && key !== 'templateSet');
}

// The section a diagnostic's path belongs to, or null for a path outside every section (an unknown top-level field,
// templateSet, the whole file "$").
function sectionOf(path) {
  const key = (path || '').split(/[.[]/)[0];
  return sections().some(([k]) => k === key) ? key : null;
}

function renderOutline() {
  const outline = $('outline');
  outline.replaceChildren(...sections().map(([key, node]) => el('a', {
    href: `#${key}`, 'data-section': key, class: key === state.section ? 'current' : null,
    onclick: (e) => { e.preventDefault(); showSection(key); },
  }, el('span', {}, node.title || key), el('span', { class: 'badge' }))));
  markOutline();
}

function showSection(key, then) {
  state.section = key;
  renderForm();
  if (then) then();
}

function renderForm() {
  $('welcome').hidden = state.data !== null || state.raw !== null;
  $('raw').hidden = state.raw === null;
  document.querySelectorAll('#form > .data-section').forEach((n) => n.remove());
  if (state.data === null) {
    renderOutline();
    return;
  }
  // A section kept in a draft may no longer exist (or never did): show the first one rather than nothing.
  if (!sections().some(([k]) => k === state.section)) state.section = sections()[0][0];
  const [key, node] = sections().find(([k]) => k === state.section);
  const section = el('section', { class: 'data-section', id: `section-${key}` },
    el('h2', {}, node.title || key),
    // Diagnostics about the file as a whole or a field outside every section, shown whichever section is open.
    el('div', { class: 'msgs', id: 'form-msgs', 'data-path': '$' }),
    node.description ? el('p', { class: 'note' }, node.description) : null,
    renderNode([key], node, true));
  $('form').append(section);
  renderOutline();
  placeDiagnostics();
}

function renderNode(segments, schemaNode, top) {
  const node = resolve(schemaNode);
  const kind = kindOf(node);
  if (kind === 'object') {
    const children = Object.entries(node.properties || {}).map(([k, child]) => renderNode([...segments, k], child, false));
    if (top) return el('div', { 'data-path': pathText(segments) }, children);
    // Its own box for a diagnostic about the group as a whole (an unknown field in it, a duplicated card).
    return el('fieldset', { 'data-path': pathText(segments), title: schemaNode.description || null },
      el('legend', {}, schemaNode.title || segments[segments.length - 1]), el('div', { class: 'msgs' }), children);
  }
  if (kind === 'array') return renderArray(segments, schemaNode, node);
  return renderField(segments, schemaNode, node);
}

function renderField(segments, schemaNode, node) {
  const path = pathText(segments);
  const id = `f-${path.replace(/[^\w]/g, '_')}`;
  const key = segments[segments.length - 1];
  const kind = kindOf(node);
  const long = kind === 'string' && LONG_TEXT.has(key);
  const input = el(long ? 'textarea' : 'input', {
    id, name: path, 'data-input': path, title: schemaNode.description || null,
    inputmode: kind === 'number' ? 'decimal' : kind === 'integer' ? 'numeric' : null,
    type: long ? null : 'text',
    oninput: (e) => changed(segments, e.target.value, node),
  });
  input.value = shown(getAt(segments));
  return el('div', { class: 'field', 'data-path': path },
    el('label', { for: id }, schemaNode.title || key),
    el('div', { class: 'control' }, input, el('span', { class: 'unit' }, unitOf(node, kind))),
    el('div', { class: 'msgs' }));
}

function renderArray(segments, schemaNode, node) {
  const path = pathText(segments);
  // A value that is not a list (a text typed where a list belongs) shows as an empty list; its PE104 stands beside it.
  const value = getAt(segments);
  const items = Array.isArray(value) ? value : [];
  const itemNode = resolve(node.items);
  const title = schemaNode.title || segments[segments.length - 1];
  const add = el('button', { type: 'button', onclick: () => { addItem(segments, itemNode); } }, `添加一行`);
  const container = el('fieldset', { 'data-path': path, title: schemaNode.description || null }, el('legend', {}, title));
  if (kindOf(itemNode) !== 'object') {
    // A list of texts (paragraphs, member names): one input a row.
    const rows = items.map((_, i) => el('tr', { 'data-path': pathText([...segments, i]) },
      el('td', {}, cellInput([...segments, i], itemNode, LONG_TEXT.has(segments[segments.length - 1])), el('div', { class: 'msgs' })),
      el('td', { class: 'row-tools' }, removeButton(segments, i))));
    container.append(el('div', { class: 'table-wrap' }, el('table', {}, el('tbody', {}, rows))));
  } else if (Object.values(itemNode.properties || {}).every(isScalar)) {
    // Rows of plain values (内设机构, 指标, 三公经费 rows…): an editable table, the units in the column heads.
    const columns = Object.entries(itemNode.properties);
    const head = el('tr', {}, el('th', {}, '#'), columns.map(([k, c]) => {
      const resolved = resolve(c);
      const unit = unitOf(resolved, kindOf(resolved));
      return el('th', { title: c.description || null }, (c.title || k) + (unit ? `（${unit}）` : ''));
    }), el('th', {}, ''));
    const rows = items.map((_, i) => el('tr', { 'data-path': pathText([...segments, i]) },
      el('td', {}, String(i + 1)),
      columns.map(([k, c]) => {
        const cellPath = [...segments, i, k];
        return el('td', { 'data-path': pathText(cellPath) },
          cellInput(cellPath, resolve(c), LONG_CELL.has(k), c), el('div', { class: 'msgs' }));
      }),
      el('td', { class: 'row-tools' }, removeButton(segments, i))));
    container.append(el('div', { class: 'table-wrap' }, el('table', {}, el('thead', {}, head), el('tbody', {}, rows))));
  } else {
    // Rows with sections of their own (项目, 小节): one card each.
    items.forEach((_, i) => {
      const card = renderNode([...segments, i], { ...itemNode, title: `第 ${i + 1} 项` }, false);
      card.classList.add('card');
      card.querySelector('legend').append(' ', removeButton(segments, i));
      container.append(card);
    });
  }
  container.append(el('div', { class: 'msgs' }), el('div', { class: 'array-tools' }, add));
  return container;
}

function cellInput(segments, node, long, schemaNode) {
  const path = pathText(segments);
  const input = el(long ? 'textarea' : 'input', {
    id: `f-${path.replace(/[^\w]/g, '_')}`, 'data-input': path, type: long ? null : 'text',
    'aria-label': (schemaNode && schemaNode.title) || path, title: (schemaNode && schemaNode.description) || null,
    oninput: (e) => changed(segments, e.target.value, node),
  });
  input.value = shown(getAt(segments));
  return input;
}

function removeButton(segments, index) {
  return el('button', {
    type: 'button', title: '删除这一行',
    onclick: () => { getAt(segments).splice(index, 1); shiftDiagnostics(pathText(segments), index); edited(); renderForm(); },
  }, '删除');
}

// After row `index` of the list at `listPath` is removed, until the server's next check: the row's own diagnostics go,
// and those of the rows below move up with them, so no message stands beside the wrong row meanwhile.
function shiftDiagnostics(listPath, index) {
  const prefix = `${listPath}[`;
  state.diagnostics = state.diagnostics.flatMap((d) => {
    if (!d.path || !d.path.startsWith(prefix)) return [d];
    const match = /^(\d+)\]/.exec(d.path.slice(prefix.length));
    if (!match) return [d];
    const row = Number(match[1]);
    if (row === index) return [];
    if (row < index) return [d];
    return [{ ...d, path: `${prefix}${row - 1}]${d.path.slice(prefix.length + match[0].length)}` }];
  });
  showDiagnostics();
}

function addItem(segments, itemNode) {
  let item = null;
  if (kindOf(itemNode) === 'object') {
    item = {};
    for (const [k, c] of Object.entries(itemNode.properties || {})) {
      const resolved = resolve(c);
      item[k] = kindOf(resolved) === 'string' && !nullable(c) ? '' : null;
    }
  } else if (kindOf(itemNode) === 'string') {
    item = '';
  }
  if (!Array.isArray(getAt(segments))) setAt(segments, []);
  getAt(segments).push(item);
  edited();
  renderForm();
}

function changed(segments, text, node) {
  setAt(segments, parseInput(text, node));
  edited();
}

// ---- drafts, checks and figures ----

function dataText() {
  return state.data !== null ? JSON.stringify(state.data, null, 2) + '\n' : state.raw;
}

function edited() {
  saveDraft();
  clearTimeout(state.timer);
  state.timer = setTimeout(check, 250);
}

function saveDraft() {
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ text: dataText(), name: state.name, templates: state.templates, section: state.section }));
  } catch (e) {
    status('浏览器存储已满，草稿未能保存；请先“保存数据”。', true);
  }
}

function query() {
  const params = new URLSearchParams({ name: state.name });
  if (state.templates) params.set('templates', state.templates);
  return params.toString();
}

async function post(url, text) {
  return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: text });
}

async function check() {
  const text = dataText();
  if (text === null) return;
  const seq = ++state.seq;
  try {
    const [validation, figures] = await Promise.all([post(`/api/validate?${query()}`, text), post(`/api/figures?${query()}`, text)]);
    const report = await validation.json();
    const figureBody = await figures.json();
    if (seq !== state.seq) return; // a newer check is under way
    state.diagnostics = validation.ok ? report[0].diagnostics : report.diagnostics;
    showFigures(figures.ok ? figureBody : null);
    showDiagnostics();
    document.body.dataset.checked = String(seq);
  } catch (e) {
    status('无法连接本机服务，请确认 perfeval serve 仍在运行。', true);
  }
}

const FIGURES = {
  executionRate: (f) => percent(f.executionRate),
  executionScore: (f) => number(f.executionScore),
  totalScore: (f) => number(f.totalScore),
  grade: (f) => f.grade || '—',
  threePublicTotal: (f) => money(f.threePublicTotal && f.threePublicTotal.currentActual),
  basicShare: (f) => percent(f.basicShare),
  projectShare: (f) => percent(f.projectShare),
  personnelShare: (f) => percent(f.personnelShare),
  publicFundsShare: (f) => percent(f.publicFundsShare),
};
const fixed2 = (v) => Number(v).toFixed(2);
const number = (v) => (v === null || v === undefined ? '—' : fixed2(v));
const percent = (v) => (v === null || v === undefined ? '—' : `${fixed2(v)}%`);
const money = (v) => (v === null || v === undefined ? '—' : `${fixed2(v)} 万元`);

function showFigures(figures) {
  $('figures').classList.toggle('stale', figures === null);
  $('figures-note').textContent = figures === null ? '数据中有错误，改正后显示计算结果。' : '由服务端按 perfeval 的同一套公式计算。';
  if (figures === null) return;
  for (const [key, format] of Object.entries(FIGURES)) $(`fig-${key}`).textContent = format(figures);
}

function showDiagnostics() {
  const list = $('problems');
  const errors = state.diagnostics.filter((d) => d.severity === 'error').length;
  $('problem-count').textContent = state.diagnostics.length === 0 ? '（未发现问题）' : `（${errors} 个错误，${state.diagnostics.length - errors} 个警告）`;
  list.replaceChildren(...state.diagnostics.map((d) => el('li', {
    class: d.severity, 'data-code': d.code, 'data-path': d.path || null, onclick: () => jumpTo(d),
  }, el('span', { class: 'code' }, d.code), ' ', el('span', { class: 'text' }, d.message),
  d.suggestion ? el('div', { class: 'note' }, `建议：${d.suggestion}`) : null,
  el('div', { class: 'where' }, [d.path, d.line ? `第 ${d.line} 行第 ${d.column} 列` : null].filter(Boolean).join(' · ')))));
  placeDiagnostics();
  markOutline();
}

// The element a diagnostic belongs beside: its own field, else the nearest enclosing row or section; a path outside
// every section belongs to the form as a whole.
function holderOf(path) {
  if (sectionOf(path) === null) return document.querySelector('#form-msgs');
  let current = path;
  while (current) {
    const node = document.querySelector(`#form [data-path="${CSS.escape(current)}"]`);
    if (node) return node;
    const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
    current = cut > 0 ? current.slice(0, cut) : '';
  }
  return null;
}

function placeDiagnostics() {
  document.querySelectorAll('#form .msgs').forEach((n) => n.replaceChildren());
  document.querySelectorAll('#form .has-error, #form .has-warning').forEach((n) => n.classList.remove('has-error', 'has-warning'));
  for (const d of state.diagnostics) {
    if (!d.path) continue;
    const holder = holderOf(d.path);
    if (!holder) continue;
    const msgs = msgsOf(holder);
    if (!msgs) continue;
    holder.classList.add(d.severity === 'error' ? 'has-error' : 'has-warning');
    msgs.append(el('div', { class: `msg ${d.severity}`, 'data-code': d.code }, `${d.code} ${d.message}`));
  }
}

// Where a holder's messages go: its own box, one inside it, else the box of the nearest enclosing element that has one.
function msgsOf(holder) {
  if (holder.matches('.msgs')) return holder;
  // A section as a whole (or a field of it the form does not show): the box at the section's top.
  if (holder.parentElement && holder.parentElement.classList.contains('data-section')) return document.querySelector('#form-msgs');
  const inside = holder.querySelector(':scope > .msgs') || holder.querySelector('.msgs');
  if (inside) return inside;
  for (let up = holder.parentElement; up && up.id !== 'form'; up = up.parentElement) {
    const own = up.querySelector(':scope > .msgs');
    if (own) return own;
  }
  return document.querySelector('#form-msgs');
}

function markOutline() {
  document.querySelectorAll('#outline a').forEach((a) => {
    const key = a.dataset.section;
    const mine = state.diagnostics.filter((d) => d.path && (d.path === key || d.path.startsWith(`${key}.`) || d.path.startsWith(`${key}[`)));
    const badge = a.querySelector('.badge');
    badge.textContent = mine.length ? String(mine.length) : '';
    badge.className = `badge ${mine.some((d) => d.severity === 'error') ? 'error' : mine.length ? 'warning' : ''}`;
  });
}

function jumpTo(d) {
  if (!d.path || state.data === null) {
    if (state.raw !== null && d.line) selectLine($('raw-text'), d.line, d.column);
    return;
  }
  // A path outside every section stays in the open section and goes to the box at its top.
  const key = sectionOf(d.path) || state.section;
  showSection(key, () => {
    const holder = holderOf(d.path);
    if (!holder) return;
    holder.scrollIntoView({ block: 'center' });
    holder.classList.add('flash');
    setTimeout(() => holder.classList.remove('flash'), 1300);
    const input = holder.matches('[data-input]') ? holder : holder.querySelector('[data-input]');
    if (input) input.focus({ preventScroll: true });
  });
}

function selectLine(area, line, column) {
  const lines = area.value.split('\n');
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + Math.max(0, column - 1);
  area.focus();
  area.setSelectionRange(start, start + 1);
}

// ---- opening, starting, saving, downloading ----

function load(text, name) {
  state.name = name || 'data.json';
  try {
    const parsed = JSON.parse(text);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
    state.data = parsed;
    state.raw = null;
    if (parsed.templateSet && [...$('template-set').options].some((o) => o.value === parsed.templateSet)) {
      state.templates = parsed.templateSet;
      $('template-set').value = parsed.templateSet;
    }
  } catch (e) {
    // Not JSON: the server's check says where and why, in the same words as `perfeval validate`.
    state.data = null;
    state.raw = text;
    if ($('raw-text').value !== text) $('raw-text').value = text;
  }
  renderForm();
  edited();
}

async function newData() {
  if (state.data !== null && !confirm('新建会替换当前填写的内容（请先“保存数据”）。继续吗？')) return;
  const response = await fetch(`/api/starter?year=${new Date().getFullYear() - 1}`);
  state.section = null;
  load(await response.text(), 'data.json');
  status('已新建：按问题清单逐项填写【请填写…】处和各项金额。');
}

function download(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: fileName });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function fileNameFrom(response, fallback) {
  const header = response.headers.get('Content-Disposition') || '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain ? plain[1] : fallback;
}

async function generate(format) {
  const text = dataText();
  if (text === null) {
    status('请先新建或打开数据。', true);
    return;
  }
  status(format === 'pdf' ? '正在生成 PDF（需要几秒）…' : '正在生成报告…');
  const params = new URLSearchParams(query());
  if (format === 'pdf') params.set('format', 'pdf');
  const response = await post(`/api/generate?${params}`, text);
  if (response.ok) {
    const name = fileNameFrom(response, format === 'pdf' ? 'report.pdf' : 'report.docx');
    download(await response.blob(), name);
    status(`已下载：${name}`);
    return;
  }
  const report = await response.json();
  if (report.diagnostics && report.diagnostics.some((d) => d.path)) {
    state.diagnostics = report.diagnostics;
    showDiagnostics();
  }
  const first = report.diagnostics && report.diagnostics[0];
  status(response.status === 422 ? '数据有错误，未生成报告：见右侧问题清单。' : `未生成：${first ? first.message : response.statusText}`, true);
}

function saveJson() {
  const text = dataText();
  if (text === null) return;
  let name = state.name;
  if (state.data && state.data.unit && state.data.unit.name && name === 'data.json') name = `${state.data.unit.name}${state.data.unit.year || ''}.json`;
  download(new Blob([text], { type: 'application/json' }), name.replace(/[\\/:*?"<>|]/g, '_'));
  status(`已保存：${name}`);
}

function status(text, error) {
  $('status').textContent = text;
  $('status').classList.toggle('error', !!error);
}

async function start() {
  const [schema, templates, about] = await Promise.all([
    fetch('/api/schema').then((r) => r.json()),
    fetch('/api/templates').then((r) => r.json()),
    fetch('/api/about').then((r) => r.json()),
  ]);
  state.schema = schema;
  const select = $('template-set');
  select.replaceChildren(...templates.map((t) => el('option', { value: t.name, selected: t.default || null, title: t.description }, `${t.name}（${t.source}）`)));
  state.templates = select.value;
  select.addEventListener('change', () => {
    state.templates = select.value;
    if (state.data !== null) state.data.templateSet = select.value;
    edited();
  });
  $('download-pdf').hidden = !about.pdf;
  $('new-data').addEventListener('click', newData);
  $('open-file').addEventListener('change', async (e) => {
    const file = e.target.files[0];
    if (!file) return;
    state.section = null;
    load(await file.text(), file.name);
    e.target.value = '';
    status(`已打开：${file.name}`);
  });
  $('raw-text').addEventListener('input', (e) => load(e.target.value, state.name));
  $('save-json').addEventListener('click', saveJson);
  $('download-docx').addEventListener('click', () => generate('docx'));
  $('download-pdf').addEventListener('click', () => generate('pdf'));

  const draft = (() => { try { return JSON.parse(localStorage.getItem(DRAFT_KEY)); } catch (e) { return null; } })();
  if (draft && typeof draft.text === 'string') {
    if (draft.templates && [...select.options].some((o) => o.value === draft.templates)) select.value = state.templates = draft.templates;
    state.section = draft.section || null;
    load(draft.text, draft.name);
    status('已恢复上次未保存的填写内容。');
  } else {
    renderForm();
  }
  document.body.dataset.ready = 'true';
}

start();
