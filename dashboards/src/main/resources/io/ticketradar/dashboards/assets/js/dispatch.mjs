// Dispatch for the service manager: the rules in force and their version, proposals with their review clock and
// effect once adopted, and the recent decisions, the blocked ones and warnings first.
import { ApiError, getJson } from './api.mjs';
import { blockedFirst, effectLines, reviewClock, ruleText } from './dispatch-view.mjs';
import { fillTable, h, initPage, loadPanel, requireToken, showAsOf } from './ui.mjs';

const page = initPage();
const { t, fmt } = page;
const rulesPanel = document.getElementById('rules');
const proposalsPanel = document.getElementById('proposals');
const decisionsPanel = document.getElementById('decisions');
const RECENT = { limit: '50' };

/** The rules in force, or {none: true} before the first set (a 404 is an answer here, not a fault). */
async function fetchRules() {
  try {
    return await getJson('/api/v1/dispatch/rules');
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return { none: true };
    throw error;
  }
}

function showRules() {
  return loadPanel(rulesPanel, t, fetchRules, (answer) => {
    if (answer.none) return t('dsp.rules.none');
    document.getElementById('rules-version').textContent = t('dsp.rules.version', {
      version: answer.version, at: fmt.instant(answer.adopted_at), by: answer.adopted_by,
    });
    document.getElementById('rule-list').replaceChildren(...answer.rules.map((rule, i) =>
      h('li', { 'data-rule': i }, h('code', {}, `${i}`), ' ', ruleText(rule))));
    return true;
  });
}

function proposalCard(p) {
  const clock = reviewClock(p, t);
  const effect = effectLines(p.effect, t, fmt);
  return h('article', { class: 'card proposal', 'data-proposal': p.proposal_id },
    h('h3', {}, `${t(`dsp.action.${p.action}`)} `, p.rule ? ruleText(p.rule) : `#${p.index}`, ' ',
      h('span', { class: `badge ${p.status}` }, t(`dsp.status.${p.status}`))),
    h('p', { class: 'muted' }, `${p.proposed_by} · ${fmt.instant(p.proposed_at)} · ${p.reason}`),
    h('p', { class: `review-clock${clock.overdue ? ' late' : ''}` }, clock.text),
    effect && h('div', { class: 'effect' },
      h('div', { class: 'effect-routed' }, effect.routed),
      h('div', { class: 'effect-before muted' }, effect.before),
      effect.caution && h('div', { class: 'effect-caution' }, effect.caution)));
}

function showProposals() {
  return loadPanel(proposalsPanel, t, () => getJson('/api/v1/dispatch/proposals'), (answer) => {
    if (answer.proposals.length === 0) return t('dsp.proposals.none');
    document.getElementById('proposal-cards').replaceChildren(...answer.proposals.map(proposalCard));
    return true;
  });
}

function showDecisions() {
  return loadPanel(decisionsPanel, t, () => getJson('/api/v1/dispatch/decisions', RECENT), (answer) => {
    // The page's data is as of the newest decision (the API sends them newest first).
    showAsOf(t, fmt, answer.decisions[0]?.decided_at ?? null);
    if (answer.decisions.length === 0) return t('dsp.decisions.none');
    const columns = [
      { label: t('dsp.col.when'), value: (d) => fmt.instant(d.decided_at) },
      { label: t('dsp.col.ticket'), value: (d) => d.ticket_id },
      { label: t('dsp.col.team'), value: (d) => d.team_id ?? '—' },
      { label: t('dsp.col.engineer'), value: (d) => d.engineer_id ?? '—' },
      { label: t('dsp.col.path'), value: (d) => d.rule_path.join(' → ') },
      { label: t('dsp.col.outcome'), value: (d) => t(d.blocked ? 'dsp.blocked' : d.assigned ? 'dsp.assigned' : 'dsp.open') },
      { label: t('dsp.col.warnings'), value: (d) => d.warnings.join('；') },
      { label: t('dsp.col.hints'), value: (d) => d.hints.map((x) => x.pattern_id).join('、') },
    ];
    const table = document.getElementById('decision-table');
    fillTable(table, columns, blockedFirst(answer.decisions));
    for (const [i, d] of blockedFirst(answer.decisions).entries()) {
      if (d.blocked) table.tBodies[0].rows[i].classList.add('blocked');
    }
    return true;
  });
}

if (requireToken(page)) {
  Promise.all([showRules(), showProposals(), showDecisions()]).then(() => {
    document.body.dataset.loaded = 'true';
  });
}
