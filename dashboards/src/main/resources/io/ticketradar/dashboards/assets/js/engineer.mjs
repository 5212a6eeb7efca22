// The engineer's day, for the field (phones first): the three most urgent open tickets, each with its device's
// last three repairs side by side, and the engineer's first-time-fix rate over 30 days.
import { ApiError, getJson } from './api.mjs';
import { engineerIdOf, firstTimeFixFigures, repairColumns, slaText } from './engineer-view.mjs';
import { h, initPage, loadPanel, requireToken, setState, showAsOf } from './ui.mjs';

const page = initPage();
const { t, fmt } = page;
const engineer = engineerIdOf(location.pathname);
const ticketsPanel = document.getElementById('tickets');
const ftfPanel = document.getElementById('first-time-fix');

function repairCard(r) {
  return h('div', { class: 'repair', 'data-repair': r.repair_id },
    h('div', { class: 'repair-when' }, fmt.instant(r.ts)),
    h('div', { class: `repair-outcome ${r.outcome}` }, t(`outcome.${r.outcome}`)),
    h('div', {}, h('span', { class: 'muted' }, `${t('field.fault_code')} `), r.fault_code ?? '—'),
    h('div', {}, h('span', { class: 'muted' }, `${t('field.root_cause')} `), r.root_cause ?? '—'),
    h('div', {}, h('span', { class: 'muted' }, `${t('field.parts')} `), r.parts?.length ? r.parts.join('、') : '—'),
    h('div', { class: 'muted' }, `${t('field.engineer_id')} ${r.engineer_id ?? '—'}`));
}

function ticketCard(ticket, rank) {
  const repairs = repairColumns(ticket);
  return h('article', { class: `card ticket-card${ticket.overdue ? ' overdue' : ''}`, 'data-ticket': ticket.ticket_id },
    h('h3', {}, h('span', { class: 'rank' }, `${rank}`), ' ', ticket.ticket_id, ' ',
      h('span', { class: `badge priority ${ticket.priority}` }, ticket.priority)),
    h('p', { class: `sla${ticket.overdue ? ' late' : ''}` }, slaText(ticket, t)),
    h('dl', { class: 'facts' },
      h('dt', {}, t('eng.device')), h('dd', {}, ticket.device_sn ?? t('eng.noDevice'),
        ticket.product_model ? ` · ${ticket.product_model}` : ''),
      h('dt', {}, t('col.stage')), h('dd', {}, t(`stage.${ticket.stage}`)),
      h('dt', {}, t('field.region')), h('dd', {}, [ticket.region, ticket.site_id].filter(Boolean).join(' · ') || '—'),
      h('dt', {}, t('field.fault_code')), h('dd', {}, ticket.fault_code ?? t('undiagnosed'))),
    h('h4', {}, t('eng.repairs')),
    repairs.length
      ? h('div', { class: 'repairs' }, repairs.map(repairCard))
      : h('p', { class: 'muted no-repairs' }, t(ticket.device_sn ? 'eng.repairs.none' : 'eng.noDevice')));
}

function showFirstTimeFix(today) {
  const f = firstTimeFixFigures(today.first_time_fix);
  document.getElementById('ftf-rate').textContent = fmt.percent(f.rate);
  document.getElementById('ftf-counts').textContent = f.rate === null
    ? t('eng.ftf.none')
    : t('eng.ftf.counts', { fixed: fmt.number(f.fixed), resolved: fmt.number(f.resolved) });
  document.getElementById('ftf-span').textContent = t('eng.ftf.span', today.first_time_fix);
  setState(ftfPanel, 'ready');
}

/** The day, or {notFound: true} for an engineer the tenant has no record of (a 404 is an answer here, not a fault). */
async function fetchDay() {
  try {
    return await getJson(`/api/v1/engineers/${encodeURIComponent(engineer)}/today`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return { notFound: true };
    throw error;
  }
}

async function show() {
  document.getElementById('engineer-id').textContent = engineer;
  setState(ftfPanel, 'loading', t('loading'));
  const today = await loadPanel(ticketsPanel, t, fetchDay, (answer) => {
    if (answer.notFound) return t('eng.notFound', { id: engineer });
    if (answer.tickets.length === 0) return t('eng.none');
    document.getElementById('ticket-cards').replaceChildren(...answer.tickets.map((x, i) => ticketCard(x, i + 1)));
    return true;
  });
  if (today && !today.notFound) {
    // The page's own figures are as of when the API read them, whether or not live indicators exist.
    showAsOf(t, fmt, today.as_of);
    showFirstTimeFix(today);
  } else {
    // The tickets panel says why; the rate has nothing of its own to add.
    const why = ticketsPanel.querySelector(':scope > .state').textContent;
    setState(ftfPanel, today ? 'empty' : 'error', why);
  }
}

if (engineer === null) {
  setState(ticketsPanel, 'error', t('eng.missing'));
  setState(ftfPanel, 'error', t('eng.missing'));
  document.body.dataset.loaded = 'true';
} else if (requireToken(page)) {
  show().then(() => {
    document.body.dataset.loaded = 'true';
  });
}
