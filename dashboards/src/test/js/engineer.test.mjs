// The engineer page's data shaping, checked against hand-made API answers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  durationParts, engineerIdOf, firstTimeFixFigures, repairColumns, slaText,
} from '../../main/resources/io/ticketradar/dashboards/assets/js/engineer-view.mjs';
import { translator } from '../../main/resources/io/ticketradar/dashboards/assets/js/i18n.mjs';

test('the engineer id comes from the address, decoded; none is null', () => {
  assert.equal(engineerIdOf('/engineer/ENG-0412'), 'ENG-0412');
  assert.equal(engineerIdOf('/engineer/%E7%8E%8B%E5%B7%A5/'), '王工');
  assert.equal(engineerIdOf('/engineer/'), null);
  assert.equal(engineerIdOf('/engineer/%E7%8E'), null);
  assert.equal(engineerIdOf('/engineer/a/b'), null);
  assert.equal(engineerIdOf('/rd'), null);
});

test('durations show their two largest units, overdue ones without a sign', () => {
  assert.deepEqual(durationParts(45), { key: 'eng.duration.m', vars: { m: 45 } });
  assert.deepEqual(durationParts(125), { key: 'eng.duration.hm', vars: { h: 2, m: 5 } });
  assert.deepEqual(durationParts(-1320), { key: 'eng.duration.hm', vars: { h: 22, m: 0 } });
  assert.deepEqual(durationParts(2 * 1440 + 190), { key: 'eng.duration.dh', vars: { d: 2, h: 3 } });
});

test('the SLA line says overdue or time left in both languages', () => {
  const overdue = { overdue: true, sla_left_minutes: -1320 };
  const open = { overdue: false, sla_left_minutes: 120 };
  assert.equal(slaText(overdue, translator('zh-CN')), '已超时 22 小时 0 分钟');
  assert.equal(slaText(open, translator('zh-CN')), 'SLA 剩余 2 小时 0 分钟');
  assert.equal(slaText(overdue, translator('en')), 'overdue by 22 h 0 min');
  assert.equal(slaText(open, translator('en')), '2 h 0 min left on the SLA');
});

test('the first-time-fix rate is fixed / resolved, none without resolved tickets', () => {
  assert.deepEqual(firstTimeFixFigures({ fixed: 7, resolved: 9, rate: 7 / 9 }), { rate: 7 / 9, fixed: 7, resolved: 9 });
  assert.deepEqual(firstTimeFixFigures({ fixed: 0, resolved: 0, rate: null }), { rate: null, fixed: 0, resolved: 0 });
  assert.deepEqual(firstTimeFixFigures(undefined), { rate: null, fixed: 0, resolved: 0 });
});

test('at most three repair columns, in the order the API gives (newest first)', () => {
  const repairs = ['R4', 'R3', 'R2', 'R1'].map((id) => ({ repair_id: id }));
  assert.deepEqual(repairColumns({ repairs }).map((r) => r.repair_id), ['R4', 'R3', 'R2']);
  assert.deepEqual(repairColumns({ repairs: [] }), []);
  assert.deepEqual(repairColumns({}), []);
});
