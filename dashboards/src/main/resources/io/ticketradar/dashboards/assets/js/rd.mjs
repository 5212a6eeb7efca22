// The R&D explorer: trends by any attribute over up to a year, the patterns and one pattern's detail, a device's
// history; every view exports as CSV or Excel through the API (?format=csv|xlsx of the same query).
import { ApiError, getJson } from './api.mjs';
import { showChart } from './charts.mjs';
import {
  addDays, codeKindName, patternDailyOption, patternTitle, spanDays, todayIn, trendOption,
} from './options.mjs';
import { fillTable, h, initPage, loadAsOf, loadPanel, requireToken, wireExports } from './ui.mjs';

const page = initPage();
const { t, fmt, lang } = page;
const DIMENSIONS = ['fault', 'model', 'batch', 'firmware', 'region', 'site', 'temp_band'];
const MAX_DAYS = 366;
const SCALE = 16;
const panels = Object.fromEntries(['trends', 'patterns', 'pattern-detail', 'device']
  .map((id) => [id, document.getElementById(id)]));
let trendQuery = null;
let selectedPattern = null;
let deviceSn = null;
const DEVICE_SECTION = { tickets: 'rd.device.tickets', repairs: 'rd.device.repairs', events: 'rd.device.events' };

// ---- trends

function setUpTrendForm() {
  const groupBy = document.getElementById('group-by');
  const filter = document.getElementById('filter-dim');
  groupBy.replaceChildren(...DIMENSIONS.map((d) => h('option', { value: d }, t(`dim.${d}`))));
  filter.replaceChildren(h('option', { value: '' }, t('rd.filter.none')),
    ...DIMENSIONS.map((d) => h('option', { value: d }, t(`dim.${d}`))));
  const today = todayIn('Asia/Shanghai', new Date());
  document.getElementById('to').value = today;
  document.getElementById('from').value = addDays(today, -89);
  for (const button of document.querySelectorAll('[data-range]')) {
    button.addEventListener('click', () => {
      const to = document.getElementById('to').value || today;
      document.getElementById('from').value = addDays(to, -(Number(button.dataset.range) - 1));
      showTrends();
    });
  }
  document.getElementById('trend-form').addEventListener('submit', (event) => {
    event.preventDefault();
    showTrends();
  });
  wireExports(document.getElementById('trend-form'), t, () => trendQuery && {
    path: '/api/v1/trends', params: trendQuery, name: `trends-${trendQuery.group_by}-${trendQuery.from}-${trendQuery.to}`,
  });
}

/** The query the form describes, or the reason it cannot be asked. */
function trendQueryFromForm() {
  const form = new FormData(document.getElementById('trend-form'));
  const from = form.get('from');
  const to = form.get('to');
  if (!from || !to || from > to) return { error: t('rd.range.order') };
  if (spanDays(from, to) > MAX_DAYS) return { error: t('rd.range.tooLong') };
  const query = { group_by: form.get('group_by'), from, to, top: form.get('top') };
  const filter = form.get('filter');
  const value = String(form.get('filter_value') ?? '').trim();
  if (filter && value) query[filter] = value;
  return { query };
}

async function showTrends() {
  const { query, error } = trendQueryFromForm();
  document.getElementById('trend-error').textContent = error ?? '';
  if (error) return;
  trendQuery = query;
  await loadPanel(panels.trends, t, () => getJson('/api/v1/trends', query), (trends) => {
    if ((trends.series ?? []).length === 0) return false;
    showChart('trends', document.getElementById('trend-chart'), trendOption(trends, t('rd.other'), SCALE));
    const rows = [...trends.series];
    if (trends.other?.total > 0) rows.push({ key: t('rd.other'), total: trends.other.total, other: true });
    fillTable(document.getElementById('trend-table'), [
      { label: t(`dim.${trends.group_by}`), value: (r) => r.key },
      { label: t('rd.total'), value: (r) => fmt.number(r.total), numeric: true },
    ], rows, (row) => {
      if (row.other) return;
      // Drill in: filter on the picked item and group by the next attribute.
      document.getElementById('filter-dim').value = trends.group_by;
      document.getElementById('filter-value').value = row.key;
      const next = DIMENSIONS[(DIMENSIONS.indexOf(trends.group_by) + 1) % DIMENSIONS.length];
      document.getElementById('group-by').value = next;
      showTrends();
    });
    return true;
  });
}

// ---- patterns and a pattern's detail

async function showPatterns() {
  await loadPanel(panels.patterns, t, () => getJson('/api/v1/patterns'), (answer) => {
    const patterns = answer.patterns ?? answer;
    if (patterns.length === 0) return t('wall.patterns.none');
    fillTable(document.getElementById('pattern-table'), [
      { label: t('col.pattern'), value: (p) => patternTitle(p, lang) },
      { label: t('col.status'), value: (p) => h('span', { class: `badge ${p.status}` }, t(`status.${p.status}`)) },
      { label: t('col.ratio'), value: (p) => `×${fmt.number(p.ratio)}`, numeric: true },
      { label: t('pattern.detected'), value: (p) => p.detected_on },
    ], patterns, (p, tr) => {
      for (const row of tr.parentElement.children) row.classList.toggle('selected', row === tr);
      showPattern(p.id);
    });
    return true;
  });
}


function list(items, render) {
  return items?.length ? h('div', { class: 'chips' }, items.map((i) => h('span', { class: 'chip' }, render(i))))
    : h('p', { class: 'muted' }, '—');
}

async function showPattern(id) {
  selectedPattern = id;
  const body = document.getElementById('pattern-body');
  await loadPanel(panels['pattern-detail'], t, () => getJson(`/api/v1/patterns/${encodeURIComponent(id)}`), (p) => {
    const description = (lang === 'en' ? p.description?.en : p.description?.zh) ?? '';
    const hints = p.hints ?? {};
    const co = h('table', {}, h('thead'), h('tbody'));
    fillTable(co, [
      { label: t('rd.key'), value: (c) => c.code },
      { label: t('pattern.share'), value: (c) => fmt.percent(c.share), numeric: true },
      { label: t('pattern.baseline'), value: (c) => fmt.percent(c.baseline_share), numeric: true },
      { label: t('pattern.lift'), value: (c) => fmt.number(c.lift), numeric: true },
    ], p.co_occurring ?? []);
    body.replaceChildren(
      h('h2', { class: 'panel-title', id: 'pattern-title' }, patternTitle(p, lang), ' ',
        h('span', { class: `badge ${p.status}` }, t(`status.${p.status}`))),
      h('p', {}, description),
      h('div', { class: 'figures' },
        h('span', {}, h('b', {}, `×${fmt.number(p.ratio)}`)),
        h('span', {}, t('pattern.observedExpected', { observed: p.observed, expected: fmt.number(p.expected) })),
        h('span', {}, `${t('pattern.detected')} ${p.detected_on}`),
        h('span', {}, `${t('pattern.onset')} ${p.onset_estimate ?? '—'}`),
        h('span', {}, `${t('pattern.pvalue')} ${p.p_value == null ? '—' : Number(p.p_value).toExponential(1)}`),
        h('span', {}, `${t('pattern.support')} ${p.support ?? '—'}`)),
      h('h3', {}, t('pattern.daily')),
      h('div', { class: 'chart', id: 'pattern-chart' }),
      h('div', { class: 'detail-grid' },
        h('div', {}, h('h3', {}, t('pattern.defining')),
          list(p.defining, (d) => `${codeKindName(d.kind, t)}: ${d.value}`)),
        h('div', {}, h('h3', {}, t('pattern.examples')), list(p.example_tickets, (e) => e.ticket_id ?? e)),
        h('div', {}, h('h3', {}, t('pattern.cooccurring')), co),
        h('div', {}, h('h3', {}, t('pattern.hints')),
          ...['teams', 'parts', 'root_causes'].map((k) => h('p', {}, h('b', {}, t(`hints.${k}`)), ' ',
            (hints[k] ?? []).join(', ') || '—')),
          h('p', {}, h('b', {}, t('hints.resolution')), ' ', hints.resolution ?? '—'))));
    showChart('pattern', document.getElementById('pattern-chart'), patternDailyOption(p.daily,
      { observed: t('pattern.observed'), expected: t('pattern.expected') }, SCALE));
    return true;
  });
}

// ---- a device's history

/** A field's name in the page's language, or the API's own name for a field the dictionary does not know. */
function fieldName(key) {
  const name = t(`field.${key}`);
  return name === `field.${key}` ? key : name;
}

function historyTable(rows) {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const table = h('table', {}, h('thead'), h('tbody'));
  fillTable(table, keys.map((k) => ({
    label: fieldName(k),
    value: (r) => (Array.isArray(r[k]) ? r[k].join(', ') : r[k] !== null && typeof r[k] === 'object'
      ? JSON.stringify(r[k]) : r[k]),
  })), rows);
  return table;
}

async function showDevice(sn) {
  deviceSn = sn;
  const body = document.getElementById('device-body');
  await loadPanel(panels.device, t, async () => {
    try {
      return await getJson(`/api/v1/devices/${encodeURIComponent(sn)}/history`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  }, (history) => {
    const sections = Object.entries(history ?? {}).filter(([, v]) => Array.isArray(v) && v.length > 0);
    if (sections.length === 0) return t('rd.device.notFound');
    const master = Object.entries(history.device ?? {}).filter(([, v]) => v != null);
    body.replaceChildren(
      h('p', { class: 'chips' }, h('b', {}, history.device_sn ?? deviceSn),
        master.map(([k, v]) => h('span', { class: 'chip' }, `${fieldName(k)}: ${v}`))),
      ...sections.map(([key, rows]) => h('div', { class: 'device-section', 'data-section': key },
        h('h3', {}, `${DEVICE_SECTION[key] ? t(DEVICE_SECTION[key]) : key} (${history[`${key}_total`] ?? rows.length})`),
        historyTable(rows))));
    return true;
  });
}

function setUpDevice() {
  const form = document.getElementById('device-form');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const sn = document.getElementById('device-sn').value.trim();
    if (sn) showDevice(sn);
  });
  wireExports(form, t, () => deviceSn && {
    path: `/api/v1/devices/${encodeURIComponent(deviceSn)}/history`, params: {}, name: `device-${deviceSn}`,
  });
}

if (requireToken(page)) {
  setUpTrendForm();
  setUpDevice();
  wireExports(panels.patterns, t, () => ({ path: '/api/v1/patterns', params: {}, name: 'patterns' }));
  const sn = new URLSearchParams(location.search).get('sn');
  if (sn) {
    document.getElementById('device-sn').value = sn;
    showDevice(sn);
  }
  window.__rd = { showTrends, showPattern, showDevice, get selectedPattern() { return selectedPattern; } };
  Promise.all([loadAsOf(page), showTrends(), showPatterns()]).then(() => {
    document.body.dataset.loaded = 'true';
  });
}
