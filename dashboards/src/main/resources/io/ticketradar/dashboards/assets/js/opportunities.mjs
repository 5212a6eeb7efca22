// Service opportunities for product managers: patterns tagged as opportunities, their size, growth and regions.
import { getJson } from './api.mjs';
import { showChart } from './charts.mjs';
import {
  opportunityOption, opportunityReason, patternDailyOption, patternRegions, patternTitle,
} from './options.mjs';
import { h, initPage, loadAsOf, loadPanel, requireToken, wireExports } from './ui.mjs';

const page = initPage();
const { t, fmt, lang } = page;
const SCALE = 16;
const QUERY = { opportunity: 'true' };
const panel = document.getElementById('opportunities');
const names = { observed: t('pattern.observed'), expected: t('pattern.expected') };

function card(p) {
  const regions = patternRegions(p);
  return h('article', { class: 'card', 'data-pattern': p.id },
    h('h3', {}, patternTitle(p, lang), ' ', h('span', { class: `badge ${p.status}` }, t(`status.${p.status}`))),
    h('div', { class: 'figures' },
      h('span', {}, `${t('opp.size')} `, h('b', { class: 'size' }, fmt.number(p.observed))),
      h('span', {}, `${t('opp.growth')} `, h('b', { class: 'growth' }, `×${fmt.number(p.ratio)}`)),
      h('span', {}, `${t('opp.regions')} `, h('b', { class: 'regions' }, regions.length ? regions.join('、') : '—'))),
    h('p', { class: 'muted reason' }, `${t('opp.reason')}: ${opportunityReason(p, t, lang)}`),
    h('div', { class: 'spark', id: `spark-${p.id}` }));
}

async function show() {
  await loadPanel(panel, t, () => getJson('/api/v1/patterns', QUERY), (answer) => {
    const patterns = (answer.patterns ?? answer).filter((p) => p.opportunity);
    if (patterns.length === 0) return t('opp.none');
    const chart = document.getElementById('opportunity-chart');
    chart.style.height = `${Math.min(600, 90 + 48 * patterns.length)}px`; // bars of one height, however many
    showChart('opportunities', chart, opportunityOption(patterns, lang, names, SCALE));
    document.getElementById('opportunity-cards').replaceChildren(...patterns.map(card));
    for (const p of patterns) {
      showChart(`spark.${p.id}`, document.getElementById(`spark-${p.id}`), patternDailyOption(p.daily, names, 12, true));
    }
    return true;
  });
}

if (requireToken(page)) {
  wireExports(panel, t, () => ({ path: '/api/v1/patterns', params: QUERY, name: 'opportunities' }));
  Promise.all([loadAsOf(page), show()]).then(() => {
    document.body.dataset.loaded = 'true';
  });
}
