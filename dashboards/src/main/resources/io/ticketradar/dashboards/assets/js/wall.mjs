// The morning-meeting wall screen: health gauges, heatmap with a focused cell, backlog, patterns and alerts,
// refreshed by the live stream. Settings in the address: ?cycle=SECONDS (rotation, 0 = off, default 15),
// ?window=7d|day (heatmap), ?rows=N (fault rows shown, default 10), ?lang=en.
import { EMPTY, getJson } from './api.mjs';
import { showChart, wallScale } from './charts.mjs';
import {
  HEALTH_CODES, STAGES, addDays, backlogOption, backlogSeries, circuitState, focusOrder, gaugeOption, healthFigures,
  heatmapGrid, heatmapOption, patternTitle, sparklineOption, todayIn, topPatterns,
} from './options.mjs';
import { openStream } from './stream.mjs';
import { h, initPage, loadPanel, requireToken, setState, showAsOf, showSignIn } from './ui.mjs';

const page = initPage();
const { t, fmt, lang } = page;
const params = new URLSearchParams(location.search);
const config = {
  cycleMs: Math.max(0, Number.parseInt(params.get('cycle') ?? '15', 10) || 0) * 1000,
  window: params.get('window') === 'day' ? 'day' : '7d',
  rows: Math.max(3, Number.parseInt(params.get('rows') ?? '10', 10) || 10),
  backlogDays: 14,
  focusCells: 5,
  pollMs: 60_000,
};
/** What the wall shows and why it last refreshed; window.__wall for tests and for a look in the console. */
const state = {
  today: null,
  grid: null,
  focus: null,
  focusIndex: -1,
  manualFocusUntil: 0,
  live: 'connecting',
  sseEvents: 0,
  refreshes: {},
};
window.__wall = state;
const panels = Object.fromEntries(['gauges', 'heatmap', 'cell', 'backlog', 'patterns', 'alerts']
  .map((id) => [id, document.getElementById(id)]));
const stageNames = Object.fromEntries(STAGES.map((s) => [s, t(`stage.${s}`)]));

function noted(panel, cause) {
  state.refreshes[panel] = { cause, at: new Date().toISOString() };
}

// ---- heatmap and its focused cell

async function fetchHeatmap() {
  const base = { x: 'region', y: 'fault' };
  const sevenDays = await getJson('/api/v1/heatmap', { ...base, window: '7d' });
  state.today = sevenDays.to; // the tenant's today, as the server counts days
  return config.window === '7d' ? sevenDays : getJson('/api/v1/heatmap', { ...base, window: 'day', date: state.today });
}

async function loadHeatmap(cause) {
  await loadPanel(panels.heatmap, t, fetchHeatmap, (heatmap) => {
    noted('heatmap', cause);
    state.grid = heatmapGrid(heatmap.cells, config.rows, t('undiagnosed'));
    const more = document.getElementById('heatmap-more');
    more.textContent = state.grid.hiddenRows > 0 ? t('wall.heatmap.more', { n: state.grid.hiddenRows }) : '';
    if (state.focus && !state.grid.cells.some((c) => c.x === state.focus.x && c.y === state.focus.y)) {
      state.focus = null;
    }
    if (!state.focus) advanceFocus();
    drawHeatmap();
    return state.grid.cells.length > 0;
  });
  await loadCell(cause);
}

function drawHeatmap() {
  if (!state.grid) return;
  const names = { tickets: t('heatmap.tickets'), overdue: t('heatmap.overdue'), breakpoints: t('heatmap.breakpoints') };
  const chart = showChart('heatmap', document.getElementById('heatmap-chart'),
    heatmapOption(state.grid, state.focus, names, wallScale(), true), 'dark');
  chart.off('click');
  chart.on('click', (event) => {
    if (!event.data?.cell) return;
    state.focus = event.data.cell;
    state.manualFocusUntil = Date.now() + Math.max(config.cycleMs * 4, 60_000);
    drawHeatmap();
    loadCell('click');
  });
}

function advanceFocus() {
  const order = focusOrder(state.grid?.cells ?? [], config.focusCells);
  if (order.length === 0) {
    state.focus = null;
    return;
  }
  state.focusIndex = (state.focusIndex + 1) % order.length;
  state.focus = order[state.focusIndex];
}

async function loadCell(cause) {
  const title = document.getElementById('cell-title');
  const list = document.getElementById('cell-tickets');
  const focus = state.focus;
  if (!focus) {
    title.textContent = t('wall.cell.pick');
    list.replaceChildren();
    panels.cell.dataset.state = 'ready';
    return;
  }
  const cellName = `${focus.x} · ${focus.y === '' ? t('undiagnosed') : focus.y}`;
  title.textContent = cellName;
  await loadPanel(panels.cell, t, () => getJson('/api/v1/heatmap/tickets', {
    window: config.window, date: state.today, x: 'region', y: 'fault', x_value: focus.x, y_value: focus.y === '' ? EMPTY : focus.y, limit: 8,
  }), (answer) => {
    noted('cell', cause);
    title.textContent = `${cellName} · ${t('wall.cell.total', { n: answer.total })}`;
    list.replaceChildren(...answer.tickets.map((ticket) => h('li', { 'data-ticket': ticket.ticket_id },
      h('span', { class: 'id' }, ticket.ticket_id),
      h('span', { class: `prio ${ticket.priority}` }, ticket.priority),
      h('span', { class: 'stage' }, stageNames[ticket.stage] ?? ticket.stage),
      h('span', { class: 'flags' },
        ticket.overdue ? h('span', { class: 'flag bad' }, t('ticket.overdue')) : null,
        ticket.breakpoint ? h('span', { class: 'flag warn' }, t('ticket.breakpoint')) : null,
        ticket.closed ? h('span', { class: 'flag' }, t('ticket.closed')) : null))));
    return answer.tickets.length > 0;
  });
}

// ---- health gauges and backlog (one pair of calls feeds both)

async function loadHealth(cause) {
  if (!state.today) return;
  const daily = getJson('/api/v1/indicators', { from: addDays(state.today, -config.backlogDays), to: state.today });
  const answers = loadPanel(panels.gauges, t, async () => ({ live: await getJson('/api/v1/indicators/live'),
    daily: await daily }), ({ live, daily: days }) => {
    noted('gauges', cause);
    drawGauges(live, days);
    showAsOf(t, fmt, live.computed_at ?? days.days.map((d) => d.as_of).filter(Boolean).at(-1) ?? null);
    return true;
  });
  await Promise.all([answers, loadPanel(panels.backlog, t, () => daily, (days) => {
    noted('backlog', cause);
    const series = backlogSeries(days);
    if (series.days.length === 0) return false;
    showChart('backlog', document.getElementById('backlog-chart'), backlogOption(series, stageNames, wallScale()),
      'dark');
    return true;
  })]);
}

function drawGauges(live, daily) {
  const row = panels.gauges.querySelector('.gauge-row');
  for (const code of HEALTH_CODES) {
    const figures = healthFigures(code, live, daily, state.today);
    let card = row.querySelector(`[data-code="${code}"]`);
    if (!card) {
      card = h('div', { class: 'gauge-card', 'data-code': code },
        h('div', { class: 'gauge-chart' }),
        h('div', { class: 'gauge-text' },
          h('div', { class: 'gauge-name' }, t(`ind.${code}`)),
          h('div', { class: 'gauge-value' }),
          h('div', { class: 'gauge-meta' }, h('span', { class: 'threshold' }), h('span', { class: 'yesterday' })),
          h('div', { class: 'gauge-reason' }),
          h('div', { class: 'gauge-trend' }, h('span', { class: 'trend-label' }, t('gauge.trend')),
            h('div', { class: 'spark' }))));
      row.append(card);
    }
    card.dataset.met = String(figures.met);
    card.dataset.value = figures.value ?? '';
    card.dataset.noData = String(Boolean(figures.noData));
    const value = card.querySelector('.gauge-value');
    if (figures.noData) {
      value.textContent = t('gauge.noData');
      value.title = figures.noDataReason ?? '';
    } else {
      value.textContent = figures.value == null ? '—' : fmt.percent(figures.value);
      value.title = figures.value == null ? t('gauge.noValue') : '';
    }
    card.querySelector('.gauge-reason').textContent = figures.noData
      ? t('gauge.noDataReason', { what: figures.noData.map((e) => t(`event.${e}`)).join(t('gauge.and')) })
      : figures.note ? t('gauge.oneStage') : '';
    card.querySelector('.threshold').textContent = figures.threshold == null ? ''
      : t('gauge.threshold', { op: figures.healthyWhen === '<=' ? '≤' : '≥',
        value: fmt.percent(figures.threshold) });
    card.querySelector('.yesterday').textContent = t('gauge.yesterday', { value: fmt.percent(figures.yesterday) });
    showChart(`gauge.${code}`, card.querySelector('.gauge-chart'), gaugeOption(figures, wallScale()), 'dark');
    showChart(`trend.${code}`, card.querySelector('.spark'), sparklineOption(figures, wallScale()), 'dark');
  }
}

// ---- alerts: the ticker, and a banner while the circuit is open

async function loadAlerts(cause) {
  await loadPanel(panels.alerts, t, () => getJson('/api/v1/alerts'), ({ alerts }) => {
    noted('alerts', cause);
    const circuit = circuitState(alerts);
    const banner = document.getElementById('banner');
    banner.hidden = !circuit.open;
    document.body.dataset.circuit = circuit.open ? 'open' : 'closed';
    if (circuit.open) {
      const threshold = circuit.alert.payload?.threshold;
      banner.textContent = t('banner.circuitOpen', {
        threshold: threshold == null ? '—' : fmt.percent(threshold), day: circuit.alert.day });
    }
    const ticker = document.getElementById('ticker');
    // The API words an alert's detail in zh-CN only; in English the kind and day say it.
    const items = alerts.slice(0, 10).map((alert) => h('span', { class: `tick ${alert.kind}` },
      h('b', {}, t(`alert.${alert.kind}`)), ` ${alert.day} `, lang === 'zh-CN' ? alert.detail : ''));
    if (items.length === 0) {
      ticker.replaceChildren();
      ticker.classList.remove('moving');
      return t('wall.alerts.none');
    }
    // Twice, so the scrolling line wraps around without a gap.
    ticker.replaceChildren(h('div', { class: 'ticker-run' }, items),
      h('div', { class: 'ticker-run', 'aria-hidden': 'true' }, items.map((i) => i.cloneNode(true))));
    ticker.classList.add('moving');
    return true;
  });
}

// ---- emerging patterns: "none yet" until the detector flags one

async function loadPatterns(cause) {
  await loadPanel(panels.patterns, t, () => getJson('/api/v1/patterns'), (answer) => {
    noted('patterns', cause);
    const top = topPatterns(answer.patterns ?? answer, 5);
    const list = document.getElementById('pattern-list');
    list.replaceChildren(...top.map((p) => h('li', { 'data-pattern': p.id },
      h('div', { class: 'pattern-title' }, patternTitle(p, lang)),
      h('div', { class: 'pattern-figures' },
        h('span', { class: 'ratio' }, `×${fmt.number(p.ratio)}`),
        h('span', {}, t('pattern.observedExpected', { observed: p.observed, expected: fmt.number(p.expected) })),
        h('span', { class: 'muted' }, t('pattern.since', { day: p.detected_on }))))));
    return top.length > 0 ? true : t('wall.patterns.none');
  });
}

// ---- rotation, live stream and the fallback poll

function startRotation() {
  const slides = [...document.querySelectorAll('#rotator .slide')];
  const dots = document.getElementById('rotator-dots');
  if (config.cycleMs === 0) {
    document.getElementById('rotator').classList.add('static');
    return;
  }
  let current = 0;
  const show = () => {
    slides.forEach((slide, i) => slide.classList.toggle('active', i === current));
    dots.replaceChildren(...slides.map((_, i) => h('span', { class: i === current ? 'on' : '' })));
    document.getElementById('rotator').dataset.active = slides[current].id;
  };
  show();
  setInterval(() => {
    current = (current + 1) % slides.length;
    show();
    if (Date.now() > state.manualFocusUntil && state.grid) {
      advanceFocus();
      drawHeatmap();
      loadCell('rotation');
    }
  }, config.cycleMs);
}

const loaders = { heatmap: loadHeatmap, live: loadHealth, indicators: loadHealth, alerts: loadAlerts,
  patterns: loadPatterns };
const pending = new Map();

/** Several events in a burst cause one refresh of what they touch. */
function refreshSoon(name, cause) {
  const loader = loaders[name];
  if (!loader || pending.has(loader)) return;
  pending.set(loader, setTimeout(() => {
    pending.delete(loader);
    loader(cause);
  }, 250));
}

function refreshAll(cause) {
  for (const name of ['heatmap', 'live', 'alerts', 'patterns']) refreshSoon(name, cause);
}

function startStream() {
  const live = document.getElementById('live');
  let wasOpen = false;
  openStream({
    onEvent: (name) => {
      state.sseEvents += 1;
      if (name === 'resync') refreshAll('sse');
      else refreshSoon(name, 'sse');
    },
    onStatus: (status) => {
      state.live = status;
      live.dataset.live = status;
      live.textContent = t(`wall.live.${status}`);
      if (status === 'open' && wasOpen) refreshAll('reconnect'); // events while away may be gone: catch up
      if (status === 'open') wasOpen = true;
    },
    onUnauthorized: () => showSignIn(t, 'signin.expired'),
  });
  setInterval(() => {
    if (state.live !== 'open') refreshAll('poll');
  }, config.pollMs);
}

async function start() {
  document.getElementById('heatmap-title').textContent = t(`wall.heatmap.${config.window}`);
  for (const panel of Object.values(panels)) setState(panel, 'loading', t('loading'));
  startRotation();
  await loadHeatmap('load');
  // Without the heatmap's answer, count days in the zone the product defaults to (DOMAIN.md §4).
  state.today ??= todayIn('Asia/Shanghai', new Date());
  await Promise.all([loadHealth('load'), loadAlerts('load'), loadPatterns('load')]);
  startStream();
  document.body.dataset.loaded = 'true';
}

if (requireToken(page)) start();
