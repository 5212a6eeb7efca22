// Chart options and data shaping, checked against hand-made API answers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  addDays, backlogSeries, escapeHtml, circuitState, focusOrder, gaugeOption, healthFigures, heatmapGrid, heatmapOption,
  opportunityReason, patternRegions, spanDays, todayIn, topPatterns, trendOption,
} from '../../main/resources/io/ticketradar/dashboards/assets/js/options.mjs';
import { translator } from '../../main/resources/io/ticketradar/dashboards/assets/js/i18n.mjs';

const figures = (value, met) => ({ value, numerator: 0, denominator: 0, unit: 'ratio', healthy_when: '>=',
  healthy_threshold: 0.95, met });

test('days are counted on the calendar, across months and years', () => {
  assert.equal(addDays('2026-03-01', -1), '2026-02-28');
  assert.equal(addDays('2025-12-31', 1), '2026-01-01');
  assert.equal(spanDays('2026-01-01', '2026-12-31'), 365);
  assert.equal(todayIn('Asia/Shanghai', new Date('2026-01-04T16:30:00Z')), '2026-01-05');
});

test('a gauge holds the live value, yesterday and the seven days before today', () => {
  const live = { indicators: { first_response_compliance: figures(0.912, false) } };
  const daily = { days: [
    { day: '2026-01-03', indicators: { first_response_compliance: figures(0.97, true) } },
    { day: '2026-01-04', indicators: { first_response_compliance: figures(0.93, false) } },
    { day: '2026-01-05', indicators: {} },
  ] };
  const f = healthFigures('first_response_compliance', live, daily, '2026-01-05');
  assert.equal(f.value, 0.912);
  assert.equal(f.met, false);
  assert.equal(f.yesterday, 0.93);
  assert.equal(f.threshold, 0.95);
  assert.equal(f.healthyWhen, '>=');
  assert.deepEqual(f.trend.map((p) => p.day), ['2025-12-29', '2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02',
    '2026-01-03', '2026-01-04']);
  assert.deepEqual(f.trend.map((p) => p.value), [null, null, null, null, null, 0.97, 0.93]);

  const option = gaugeOption(f, 20);
  assert.equal(option.series[0].data[0].value, 91.2);
  assert.deepEqual(option.series[0].axisLine.lineStyle.color.map((c) => c[0]), [0.95, 1], 'red below, green above');
});

test('a gauge without a live value shows none and keeps the threshold of the daily rows', () => {
  const daily = { days: [{ day: '2026-01-04', indicators: { breakpoint_rate: { ...figures(0.2, false),
    healthy_when: '<=', healthy_threshold: 0.05 } } }] };
  const f = healthFigures('breakpoint_rate', { indicators: {} }, daily, '2026-01-05');
  assert.equal(f.value, null);
  assert.equal(f.threshold, 0.05);
  assert.equal(f.yesterday, 0.2);
  assert.equal(gaugeOption(f, 20).series[0].axisLine.lineStyle.color[0][1], '#2fc46b', 'green below a <= threshold');

  const nothing = healthFigures('breakpoint_rate', { indicators: {} }, { days: [] }, '2026-01-05');
  assert.equal(nothing.threshold, null);
  assert.deepEqual(gaugeOption(nothing, 20).series[0].axisLine.lineStyle.color.map((c) => c[0]), [1],
    'a tenant without rows gets one neutral band, neither healthy nor not');
});

test('backlog by stage comes from the days that have an end-of-day snapshot', () => {
  const count = (value) => ({ value });
  const daily = { days: [
    { day: '2026-01-03', indicators: { backlog: count(10), backlog_cs: count(4), backlog_tech: count(3),
      backlog_parts: count(2), backlog_field: count(1) } },
    { day: '2026-01-04', indicators: { backlog: count(7), backlog_cs: count(7) } },
    { day: '2026-01-05', indicators: {} },
  ] };
  const series = backlogSeries(daily);
  assert.deepEqual(series.days, ['2026-01-03', '2026-01-04']);
  assert.deepEqual(series.stages, { CS: [4, 7], TECH: [3, 0], PARTS: [2, 0], FIELD: [1, 0] });
  assert.deepEqual(series.totals, [10, 7]);
});

test('the heatmap keeps the faults with most tickets and sizes bubbles by overdue tickets', () => {
  const cell = (x, y, tickets, overdue) => ({ x, y, y_label: y || '未诊断', tickets, overdue, breakpoints: 0 });
  const cells = [cell('华东', 'A', 10, 4), cell('华南', 'A', 5, 0), cell('华东', 'B', 3, 1), cell('华南', 'C', 1, 0),
    cell('华东', '', 2, 2)];
  const grid = heatmapGrid(cells, 3, '未诊断');
  assert.deepEqual(grid.xs, ['华东', '华南']);
  assert.deepEqual(grid.ys, ['', 'B', 'A'], 'most tickets at the top, which the category axis draws last');
  assert.deepEqual(grid.yLabels, ['未诊断', 'B', 'A']);
  assert.equal(grid.hiddenRows, 1);
  assert.equal(grid.cells.length, 4);
  assert.deepEqual(focusOrder(grid.cells, 2).map((c) => [c.x, c.y]), [['华东', 'A'], ['华东', '']]);

  const option = heatmapOption(grid, cells[0], { tickets: 'T', overdue: 'O', breakpoints: 'B' }, 20, true);
  assert.deepEqual(option.series[0].data.map((d) => d.value), [[0, 2, 10], [1, 2, 5], [0, 1, 3], [0, 0, 2]]);
  const size = option.series[1].symbolSize;
  assert.equal(size([1, 2, 0, 5]), 0, 'no bubble without overdue tickets');
  assert.ok(size([0, 2, 4, 10]) > size([0, 1, 1, 3]), 'more overdue, bigger bubble');
  assert.deepEqual(option.series[2].data.map((d) => d.value), [[0, 2]], 'the focused cell is outlined');
  assert.equal(option.tooltip.formatter({ data: { cell: cells[4] } }), '华东 · 未诊断<br>T 2 · O 2 · B 0');
  assert.equal(escapeHtml('<img src=x onerror="a()">'), '&#60;img src=x onerror=&#34;a()&#34;&#62;');
});

test('the circuit is open while the newest circuit alert is an opening', () => {
  const alert = (kind, day) => ({ kind, day, alert_id: `${kind}:${day}` });
  assert.equal(circuitState([]).open, false);
  assert.equal(circuitState([alert('CIRCUIT_OPEN', '2026-01-07')]).open, true);
  assert.equal(circuitState([alert('CIRCUIT_CLOSED', '2026-01-09'), alert('CIRCUIT_OPEN', '2026-01-07')]).open, false);
  assert.equal(circuitState([alert('OTHER', '2026-01-10'), alert('CIRCUIT_OPEN', '2026-01-07')]).alert.day,
    '2026-01-07');
});

test('the wall shows emerging and active patterns, strongest first', () => {
  const patterns = [{ id: 'a', status: 'emerging', ratio: 2 }, { id: 'b', status: 'resolved', ratio: 9 },
    { id: 'c', status: 'active', ratio: 5.4 }, { id: 'd', status: 'fading', ratio: 3 }];
  assert.deepEqual(topPatterns(patterns, 5).map((p) => p.id), ['c', 'a']);
  assert.deepEqual(topPatterns([], 5), []);
});

test('a trend has one line per group and one for the rest', () => {
  const trends = { group_by: 'fault', days: ['2026-01-01', '2026-01-02'],
    series: [{ key: 'A', total: 3, counts: [1, 2] }], other: { total: 4, counts: [4, 0] } };
  const option = trendOption(trends, 'Other', 16);
  assert.deepEqual(option.series.map((s) => [s.name, s.data]), [['A', [1, 2]], ['Other', [4, 0]]]);
  assert.equal(trendOption({ ...trends, other: { total: 0, counts: [0, 0] } }, 'Other', 16).series.length, 1);
});

test('a pattern\'s regions are its defining region, else the co-occurring ones', () => {
  assert.deepEqual(patternRegions({ defining: [{ code: 'region=华南', kind: 'region', value: '华南' }] }), ['华南']);
  assert.deepEqual(patternRegions({ defining: [], co_occurring: [{ code: 'region=华北' }, { code: 'part=X' }] }),
    ['华北']);
});

test("an opportunity's reason is worded in the page's language, a person's as typed, never the raw code", () => {
  const zh = (p) => opportunityReason(p, translator('zh-CN'), 'zh-CN');
  const en = (p) => opportunityReason(p, translator('en'), 'en');
  const byRule = {
    opportunity: true, opportunity_by: 'detector', opportunity_reason: 'aftermarket: photo:non_original_screen',
    opportunity_accessory: { code: 'photo:non_original_screen', kind: 'photo', value: 'non_original_screen' },
    feedback: { opportunity: null, opportunity_reason: null },
  };
  assert.equal(zh(byRule), '售后加装：非原厂屏幕（照片标签）');
  assert.equal(en(byRule), 'aftermarket fit-out: non-original screen (photo label)');

  const words = (kind, value) => ({ ...byRule, opportunity_accessory: { code: `${kind}:${value}`, kind, value } });
  assert.equal(zh(words('word', 'third-party dashcam')), '售后加装：第三方行车记录仪（描述关键词）');
  assert.equal(zh(words('photo', 'aftermarket_roof_box')), '售后加装：后装 roof box（照片标签）', 'unknown words stay words');
  assert.equal(en(words('photo', 'aftermarket_roof_box')), 'aftermarket fit-out: aftermarket roof box (photo label)');
  assert.equal(zh(words('word', '非原厂屏幕')), '售后加装：非原厂屏幕（描述关键词）');
  assert.equal(en(words('part', 'AM-SCREEN_01')), 'aftermarket fit-out: AM-SCREEN_01 (part)', 'a part number as it is');

  const typed = '4S店反馈：客户自行加装的倒车影像';
  const byPerson = { ...byRule, opportunity_by: 'person', feedback: { opportunity: true, opportunity_reason: typed } };
  assert.equal(zh(byPerson), typed);
  assert.equal(en(byPerson), typed);
  const byPersonSilently = { opportunity: true, opportunity_by: 'person', opportunity_reason: 'tagged by hand',
    opportunity_accessory: null, feedback: { opportunity: true, opportunity_reason: null } };
  assert.equal(zh(byPersonSilently), '人工标记为服务机会');
  assert.equal(en(byPersonSilently), 'tagged by a person');
  assert.equal(zh({ opportunity_reason: 'something else', opportunity_accessory: null, feedback: {} }), '—');
});

test('a gauge whose input the tenant never recorded is grey with no pointer, never 0% red', () => {
  const withdrawn = { ...figures(null, null), no_data_reason: "this tenant's events have no first responses",
    missing_events: ['FIRST_RESPONSE'] };
  const f = healthFigures('first_response_compliance', { indicators: { first_response_compliance: withdrawn } },
    { days: [] }, '2026-01-05');
  assert.deepEqual(f.noData, ['FIRST_RESPONSE']);
  const gauge = gaugeOption(f, 20).series[0];
  assert.deepEqual(gauge.axisLine.lineStyle.color, [[1, '#4a5468']]);
  assert.equal(gauge.pointer.show, false);

  const noted = { ...figures(0.57, false), healthy_when: '<=', healthy_threshold: 0.05, note: 'one stage' };
  const b = healthFigures('breakpoint_rate', { indicators: { breakpoint_rate: noted } }, { days: [] }, '2026-01-05');
  assert.equal(b.noData, null);
  assert.equal(b.note, 'one stage');
  assert.equal(gaugeOption(b, 20).series[0].pointer.show, true);
});
