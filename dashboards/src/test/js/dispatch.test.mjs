// The dispatch page's data shaping, checked against hand-made API answers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  blockedFirst, effectLines, reviewClock, ruleText,
} from '../../main/resources/io/ticketradar/dashboards/assets/js/dispatch-view.mjs';
import { formats, translator } from '../../main/resources/io/ticketradar/dashboards/assets/js/i18n.mjs';

test('each rule kind reads as what it matches and what it decides', () => {
  assert.equal(ruleText({ kind: 'batch', sn_prefix: 'A7K2', team: 'T-QA' }), 'batch · A7K2 → T-QA');
  assert.equal(ruleText({ kind: 'fault_domain', fault_code: 'HV-1', domain: 'HV' }), 'fault_domain · HV-1 → HV');
  assert.equal(ruleText({ kind: 'stock', product_model: 'OBC', fault_code: 'HV-1', parts: ['P-1', 'P-2'] }),
    'stock · OBC / HV-1 → P-1、P-2');
  assert.equal(ruleText({ kind: 'local', region: '华东', skill: 'german_vehicle_protocols' }),
    'local · 华东 → german_vehicle_protocols');
});

test('the review clock says waited or took, and late beyond 48 h', () => {
  const zh = translator('zh-CN');
  assert.deepEqual(reviewClock({ status: 'pending', review_hours: 60, review_overdue: true }, zh),
    { text: '已等待 60 小时（目标 48 小时）', overdue: true });
  assert.deepEqual(reviewClock({ status: 'approved', review_hours: 36, review_overdue: false }, translator('en')),
    { text: 'reviewed in 36 h (target 48 h)', overdue: false });
});

test('an effect shows both sides with their counts, and a caution when few', () => {
  const side = (tickets, resolved, rate) => ({
    tickets, resolved, first_time_fixed: 0, first_time_fix_rate: rate, closed: 1, closure_hours_mean: 20,
  });
  const effect = { routed: side(3, 2, 0.5), before: side(3, 3, 1 / 3), enough_to_compare: false };
  const lines = effectLines(effect, translator('en'), formats('en'));
  assert.equal(lines.routed,
    'Since adopted: 3 tickets routed, 2 resolved, first-time fix 50.0%; 1 closed, 20 h to close on average');
  assert.ok(lines.before.includes('33.3%'), lines.before);
  assert.ok(lines.caution.startsWith('Too few tickets'));
  assert.equal(effectLines({ ...effect, enough_to_compare: true }, translator('en'), formats('en')).caution, null);
  assert.equal(effectLines(null, translator('en'), formats('en')), null);
});

test('blocked decisions come first, each group in the order given', () => {
  const d = (id, blocked) => ({ decision_id: id, blocked });
  assert.deepEqual(blockedFirst([d('a', false), d('b', true), d('c', false), d('d', true)]).map((x) => x.decision_id),
    ['b', 'd', 'a', 'c']);
});
