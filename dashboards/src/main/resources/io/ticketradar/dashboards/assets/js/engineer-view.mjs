// The engineer's day, shaped for the page: no DOM here, so node's test runner checks it.

/** The engineer id of an address /engineer/{id}, or null when the address has none. */
export function engineerIdOf(pathname) {
  const match = /^\/engineer\/([^/]+)\/?$/.exec(pathname);
  if (!match) return null;
  try {
    const id = decodeURIComponent(match[1]).trim();
    return id || null;
  } catch {
    return null; // a broken %-escape: no id rather than a guess
  }
}

/** Minutes as the largest two units a person reads at a glance: "2 d 3 h", "5 h 20 min", "45 min". */
export function durationParts(minutes) {
  const total = Math.abs(Math.trunc(minutes));
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const mins = total % 60;
  if (days > 0) return { key: 'eng.duration.dh', vars: { d: days, h: hours } };
  if (hours > 0) return { key: 'eng.duration.hm', vars: { h: hours, m: mins } };
  return { key: 'eng.duration.m', vars: { m: mins } };
}

/** The SLA line of a ticket: overdue by, or time left, in the page's words. */
export function slaText(ticket, t) {
  const d = durationParts(ticket.sla_left_minutes);
  const time = t(d.key, d.vars);
  return ticket.overdue ? t('eng.overdue', { time }) : t('eng.left', { time });
}

/** The first-time-fix panel's figures: the rate, or null with the reason when nothing was resolved. */
export function firstTimeFixFigures(ftf) {
  if (!ftf || !ftf.resolved) return { rate: null, fixed: 0, resolved: 0 };
  return { rate: ftf.fixed / ftf.resolved, fixed: ftf.fixed, resolved: ftf.resolved };
}

/** Up to three repair columns, newest first as the API gives them; empty slots are not invented. */
export function repairColumns(ticket, count = 3) {
  return (ticket.repairs ?? []).slice(0, count);
}
