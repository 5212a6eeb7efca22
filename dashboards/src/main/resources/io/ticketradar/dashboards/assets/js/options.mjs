// Pure functions from API answers to what the charts show: no DOM, no ECharts, so node's test runner checks them.

/** The three health gauges of the wall, in order (DOMAIN.md §4). */
export const HEALTH_CODES = ['first_response_compliance', 'breakpoint_rate', 'recurrence_suppression'];
export const STAGES = ['CS', 'TECH', 'PARTS', 'FIELD'];
export const COLORS = { good: '#2fc46b', bad: '#ff4d4f', neutral: '#8aa4c8', expected: '#f0b429', noData: '#4a5468' };
const STAGE_COLORS = { CS: '#4c9aff', TECH: '#a77bff', PARTS: '#f0b429', FIELD: '#2fc46b' };

/** Text made safe to put into HTML. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** 'YYYY-MM-DD' plus n days. */
export function addDays(day, n) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/** The calendar day in a time zone at an instant, 'YYYY-MM-DD'. */
export function todayIn(zone, now) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(now);
}

/** Days from a to b, both included. */
export function spanDays(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** A ratio as a percentage rounded to 0.1, for chart values. */
export function percent(ratio) {
  return ratio == null ? null : Math.round(ratio * 1000) / 10;
}

/**
 * One health gauge's figures: the rolling 24 h value (/indicators/live), yesterday's and the 7 days before today
 * (/indicators), and the threshold the rows carry. noData lists the event types the tenant's history never had
 * (the API withdrew the value: there is nothing to measure), note says that the indicator's premise does not hold;
 * the API judges the tenant's whole history, so any of its answers for the indicator tells.
 */
export function healthFigures(code, live, daily, today) {
  const now = live?.indicators?.[code] ?? null;
  const byDay = new Map((daily?.days ?? []).map((d) => [d.day, d.indicators?.[code] ?? null]));
  const yesterday = byDay.get(addDays(today, -1)) ?? null;
  const trend = [];
  for (let i = -7; i <= -1; i++) {
    const day = addDays(today, i);
    trend.push({ day, value: byDay.get(day)?.value ?? null });
  }
  const reference = [now, yesterday, ...byDay.values()].find((f) => f && f.healthy_threshold != null) ?? null;
  const judged = [now, yesterday, ...byDay.values()].find((f) => f) ?? null;
  return {
    code,
    value: now?.value ?? null,
    met: now?.met ?? null,
    threshold: reference?.healthy_threshold ?? null,
    healthyWhen: reference?.healthy_when ?? null,
    yesterday: yesterday?.value ?? null,
    trend,
    noData: judged?.missing_events ?? null,
    noDataReason: judged?.no_data_reason ?? null,
    note: judged?.note ?? null,
  };
}

/**
 * Gauge 0..100% with the healthy band green and the rest red; value '—' when there is none. Grey all round, without
 * a pointer, when there is no data: a source that never records the indicator's input must not read as 0% red.
 */
export function gaugeOption(figures, scale) {
  const t = figures.threshold;
  let bands = [[1, '#33415c']]; // no threshold known (no rows yet): nothing to call healthy or not
  if (figures.noData) {
    bands = [[1, COLORS.noData]];
  } else if (t != null) {
    bands = figures.healthyWhen === '<=' ? [[t, COLORS.good], [1, COLORS.bad]] : [[t, COLORS.bad], [1, COLORS.good]];
  }
  const color = figures.met == null ? COLORS.neutral : figures.met ? COLORS.good : COLORS.bad;
  return {
    animationDuration: 600,
    series: [{
      type: 'gauge',
      min: 0,
      max: 100,
      radius: '96%',
      center: ['50%', '60%'],
      startAngle: 200,
      endAngle: -20,
      axisLine: { lineStyle: { width: scale * 0.9, color: bands } },
      pointer: { show: !figures.noData, width: scale * 0.4, length: '62%', itemStyle: { color } },
      anchor: { show: !figures.noData, size: scale * 0.9, itemStyle: { color } },
      axisTick: { show: false },
      splitLine: { show: false },
      axisLabel: { show: false },
      title: { show: false },
      detail: { show: false },
      data: [{ value: figures.value == null ? 0 : percent(figures.value), name: figures.code }],
    }],
  };
}

/** The 7-day trend under a gauge: a small line with the threshold dashed. */
export function sparklineOption(figures, scale) {
  const values = figures.trend.map((p) => percent(p.value));
  return {
    animation: false,
    grid: { left: 4, right: 4, top: scale * 0.4, bottom: 4 },
    xAxis: { type: 'category', data: figures.trend.map((p) => p.day), show: false },
    yAxis: { type: 'value', show: false, scale: true },
    series: [{
      type: 'line',
      data: values,
      symbol: 'circle',
      symbolSize: scale * 0.35,
      lineStyle: { width: scale * 0.15, color: COLORS.neutral },
      itemStyle: { color: COLORS.neutral },
      markLine: figures.threshold == null ? undefined : {
        symbol: 'none',
        silent: true,
        label: { show: false },
        lineStyle: { type: 'dashed', color: COLORS.expected, width: 1.5 },
        data: [{ yAxis: percent(figures.threshold) }],
      },
    }],
  };
}

/** Backlog per stage for the days whose end-of-day snapshot exists (today has none until it ends). */
export function backlogSeries(daily) {
  const days = (daily?.days ?? []).filter((d) => d.indicators?.backlog);
  const stages = {};
  for (const stage of STAGES) {
    stages[stage] = days.map((d) => d.indicators[`backlog_${stage.toLowerCase()}`]?.value ?? 0);
  }
  return { days: days.map((d) => d.day), stages, totals: days.map((d) => d.indicators.backlog.value ?? 0) };
}

/** Stacked areas of the backlog by stage over the days. */
export function backlogOption(series, stageNames, scale) {
  return {
    animationDuration: 500,
    legend: { top: 0, textStyle: { fontSize: scale * 0.8 }, itemWidth: scale, itemHeight: scale * 0.6 },
    tooltip: { trigger: 'axis' },
    grid: { left: scale * 0.5, right: scale, top: scale * 2, bottom: scale * 0.5, containLabel: true },
    xAxis: { type: 'category', data: series.days.map((d) => d.slice(5)), boundaryGap: false,
      axisLabel: { fontSize: scale * 0.75 } },
    yAxis: { type: 'value', axisLabel: { fontSize: scale * 0.75 }, splitLine: { lineStyle: { opacity: 0.2 } } },
    series: STAGES.map((stage) => ({
      type: 'line',
      name: stageNames[stage],
      stack: 'backlog',
      areaStyle: { opacity: 0.55 },
      symbol: 'none',
      lineStyle: { width: 1.5 },
      color: STAGE_COLORS[stage],
      data: series.stages[stage],
    })),
  };
}

/**
 * The heatmap's axes: regions in order, at most maxRows fault rows (most tickets first, so the rows that matter
 * are the ones a room reads) and the cells on them.
 */
export function heatmapGrid(cells, maxRows, undiagnosedLabel) {
  const xs = [...new Set(cells.map((c) => c.x))].sort();
  const perFault = new Map();
  for (const c of cells) perFault.set(c.y, (perFault.get(c.y) ?? 0) + c.tickets);
  const ranked = [...perFault.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([y]) => y);
  const ys = ranked.slice(0, maxRows).reverse(); // the category axis draws its first entry at the bottom
  const shown = cells.filter((c) => ys.includes(c.y));
  return {
    xs,
    ys,
    yLabels: ys.map((y) => (y === '' ? undiagnosedLabel : y)),
    cells: shown,
    hiddenRows: ranked.length - ys.length,
    maxTickets: Math.max(1, ...shown.map((c) => c.tickets)),
    maxOverdue: Math.max(1, ...shown.map((c) => c.overdue)),
  };
}

/** Cells a wall focuses on in turn: the most overdue first, then the most tickets. */
export function focusOrder(cells, count) {
  return [...cells].sort((a, b) => b.overdue - a.overdue || b.tickets - a.tickets).slice(0, count);
}

/** Tickets as tile colour, overdue tickets as bubble size, the focused cell outlined. */
export function heatmapOption(grid, focus, names, scale, dark) {
  const at = (c) => [grid.xs.indexOf(c.x), grid.ys.indexOf(c.y)];
  const bubble = (overdue) => (overdue <= 0 ? 0 : scale * 0.6 + Math.sqrt(overdue / grid.maxOverdue) * scale * 2.2);
  const focused = focus ? grid.cells.filter((c) => c.x === focus.x && c.y === focus.y) : [];
  return {
    animation: false,
    tooltip: {
      formatter: (p) => {
        const c = p.data.cell;
        // ECharts renders a tooltip string as HTML, and region and fault names come from tenants' data.
        const cell = escapeHtml(`${c.x} · ${grid.yLabels[grid.ys.indexOf(c.y)]}`);
        return `${cell}<br>${names.tickets} ${c.tickets} · ${names.overdue} ${c.overdue}`
          + ` · ${names.breakpoints} ${c.breakpoints}`;
      },
    },
    grid: { left: scale * 0.5, right: scale * 0.5, top: scale * 0.5, bottom: scale * 1.2, containLabel: true },
    xAxis: { type: 'category', data: grid.xs, position: 'top', axisLabel: { fontSize: scale * 0.9 },
      splitArea: { show: false }, axisTick: { show: false } },
    yAxis: { type: 'category', data: grid.yLabels, axisLabel: { fontSize: scale * 0.85 }, axisTick: { show: false } },
    visualMap: { show: false, min: 0, max: grid.maxTickets, seriesIndex: 0, dimension: 2,
      inRange: { color: dark ? ['#13233f', '#1f5fa8', '#38a3ff'] : ['#eef4fb', '#7fb3e8', '#1f5fa8'] } },
    series: [
      {
        type: 'heatmap',
        name: 'tickets',
        data: grid.cells.map((c) => ({ value: [...at(c), c.tickets], cell: c })),
        itemStyle: { borderColor: dark ? '#0b1220' : '#ffffff', borderWidth: 2 },
      },
      {
        type: 'scatter',
        name: 'overdue',
        data: grid.cells.map((c) => ({ value: [...at(c), c.overdue, c.tickets], cell: c })),
        symbolSize: (v) => bubble(v[2]),
        itemStyle: { color: 'rgba(255, 77, 79, 0.75)' },
        label: { show: true, formatter: (p) => String(p.value[3]), fontSize: scale * 0.9, color: '#ffffff',
          textBorderColor: '#000000', textBorderWidth: 2 },
        z: 3,
      },
      {
        type: 'scatter',
        name: 'focus',
        silent: true,
        data: focused.map((c) => ({ value: at(c), cell: c })),
        symbol: 'rect',
        symbolSize: [scale * 3.2, scale * 1.6],
        itemStyle: { color: 'rgba(0,0,0,0)', borderColor: '#ffd666', borderWidth: 3 },
        z: 4,
      },
    ],
  };
}

/** The circuit is open when the newest circuit alert is a CIRCUIT_OPEN (alerts come newest first). */
export function circuitState(alerts) {
  const newest = (alerts ?? []).find((a) => a.kind === 'CIRCUIT_OPEN' || a.kind === 'CIRCUIT_CLOSED');
  return { open: newest?.kind === 'CIRCUIT_OPEN', alert: newest ?? null };
}

/** The patterns a wall shows: emerging and active ones, strongest growth first. */
export function topPatterns(patterns, count) {
  return (patterns ?? [])
    .filter((p) => p.status === 'emerging' || p.status === 'active')
    .sort((a, b) => (b.ratio ?? 0) - (a.ratio ?? 0) || (b.observed ?? 0) - (a.observed ?? 0))
    .slice(0, count);
}

/** A pattern's headline in the page's language (the other one when that is missing). */
export function patternTitle(pattern, lang) {
  const title = pattern.title ?? {};
  return (lang === 'en' ? title.en || title.zh : title.zh || title.en) || pattern.id;
}

/** Trend lines per group (top N) and the rest as one "other" line, days on x. */
export function trendOption(trends, otherLabel, scale) {
  const series = (trends.series ?? []).map((s) => ({ type: 'line', name: s.key, data: s.counts, symbol: 'none',
    lineStyle: { width: 2 } }));
  if (trends.other && trends.other.total > 0) {
    series.push({ type: 'line', name: otherLabel, data: trends.other.counts, symbol: 'none',
      lineStyle: { width: 1.5, type: 'dashed' }, color: COLORS.neutral });
  }
  return {
    animation: false,
    tooltip: { trigger: 'axis', confine: true },
    legend: { type: 'scroll', top: 0, textStyle: { fontSize: scale * 0.8 } },
    grid: { left: scale, right: scale * 2, top: scale * 2.5, bottom: scale * 3, containLabel: true },
    dataZoom: [{ type: 'inside' }, { type: 'slider', height: scale * 1.2, bottom: scale * 0.5 }],
    xAxis: { type: 'category', data: trends.days ?? [], axisLabel: { fontSize: scale * 0.75 } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: scale * 0.75 } },
    series,
  };
}

/** A pattern's daily observed tickets as bars and the expected count as a line; compact: a sparkline of it. */
export function patternDailyOption(daily, names, scale, compact = false) {
  const days = daily ?? [];
  return {
    animation: false,
    tooltip: { trigger: 'axis', confine: true },
    legend: { show: !compact, top: 0, textStyle: { fontSize: scale * 0.8 } },
    grid: compact ? { left: 2, right: 2, top: 4, bottom: 2 }
      : { left: scale, right: scale, top: scale * 2.2, bottom: scale, containLabel: true },
    xAxis: { type: 'category', data: days.map((d) => d.day), show: !compact, axisLabel: { fontSize: scale * 0.7 } },
    yAxis: { type: 'value', minInterval: 1, show: !compact, axisLabel: { fontSize: scale * 0.75 } },
    series: [
      { type: 'bar', name: names.observed, data: days.map((d) => d.observed), color: COLORS.bad },
      { type: 'line', name: names.expected, data: days.map((d) => d.expected), color: COLORS.expected,
        symbol: 'none', lineStyle: { width: 2, type: 'dashed' } },
    ],
  };
}

/** The regions a pattern is about: a defining region, else the regions among its co-occurring attributes. */
export function patternRegions(pattern) {
  const defining = (pattern.defining ?? []).filter((d) => d.kind === 'region').map((d) => d.value);
  if (defining.length) return defining;
  return (pattern.co_occurring ?? [])
    .map((c) => /^region[=:](.+)$/.exec(c.code ?? ''))
    .filter(Boolean)
    .map((m) => m[1]);
}

/** A code kind's name (fault, region, part...), or the kind itself when the dictionary has none. */
export function codeKindName(kind, t) {
  const name = t(`dim.${kind}`);
  return name === `dim.${kind}` ? kind : name;
}

/** Code kinds whose values are words (photo labels, description words), worded through the dictionary's terms. */
const WORDED_KINDS = new Set(['photo', 'word']);
const MOST_WORDS_PER_TERM = 3;

/**
 * An accessory code's value in the page's language: its words through the dictionary's 'term.*' entries, longest
 * first (non_original_screen: 非原厂 + 屏幕), words it does not know kept as words. Other kinds' values (a part
 * number) are identifiers people use as they are.
 */
export function accessoryWords(code, t, lang) {
  if (!WORDED_KINDS.has(code.kind)) return code.value;
  const words = code.value.toLowerCase().split(/[_\-\s]+/).filter(Boolean);
  const known = (term) => t(`term.${term}`) !== `term.${term}`;
  const parts = [];
  for (let i = 0; i < words.length;) {
    let j = Math.min(words.length, i + MOST_WORDS_PER_TERM);
    while (j > i + 1 && !known(words.slice(i, j).join('_'))) j -= 1;
    const term = words.slice(i, j).join('_');
    parts.push(known(term) ? t(`term.${term}`) : words.slice(i, j).join(' '));
    i = j;
  }
  if (lang === 'en') return parts.join(' ');
  // Chinese runs on without spaces; a Latin word keeps a space on each side
  return parts.reduce((text, part) => (text && (/[a-z0-9]$/i.test(text) || /^[a-z0-9]/i.test(part))
    ? `${text} ${part}` : text + part), '');
}

/**
 * Why a pattern is a service opportunity, in the page's words: a person's reason as they typed it; else the accessory
 * the detector's rule found, with its kind; else that a person tagged it. The detector's reason as it wrote it
 * (opportunity_reason) is for machines and never shown.
 */
export function opportunityReason(pattern, t, lang) {
  const typed = pattern.feedback?.opportunity_reason;
  if (typed) return typed;
  const accessory = pattern.opportunity_accessory;
  if (accessory) {
    const kind = codeKindName(accessory.kind, t).toLocaleLowerCase(lang);
    return t('opp.aftermarket', { what: accessoryWords(accessory, t, lang), kind });
  }
  return pattern.opportunity_by === 'person' ? t('opp.byHand') : '—';
}

/** Opportunities side by side: observed and expected tickets in the window, biggest first. */
export function opportunityOption(patterns, lang, names, scale) {
  const sorted = [...patterns].sort((a, b) => (b.observed ?? 0) - (a.observed ?? 0));
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
    legend: { top: 0, textStyle: { fontSize: scale * 0.8 } },
    grid: { left: scale, right: scale * 2, top: scale * 2.2, bottom: scale, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: sorted.map((p) => patternTitle(p, lang)),
      axisLabel: { width: scale * 22, overflow: 'truncate', fontSize: scale * 0.75 } },
    series: [
      { type: 'bar', name: names.observed, data: sorted.map((p) => p.observed ?? 0), color: COLORS.bad },
      { type: 'bar', name: names.expected, data: sorted.map((p) => Math.round((p.expected ?? 0) * 10) / 10),
        color: COLORS.expected },
    ],
  };
}
