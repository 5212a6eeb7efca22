// The dispatch page's data shaping (rules, proposals, decisions): no DOM here, so node's test runner checks it.

/** A rule as one line: its kind and what it matches and decides, e.g. "batch · A7K2 → T-TECH-QA". */
export function ruleText(rule) {
  const when = {
    batch: [rule.sn_prefix],
    fault_domain: [rule.fault_code],
    domain_team: [rule.domain],
    stock: [rule.product_model, rule.fault_code],
    local: [rule.region, rule.site, rule.customer, rule.product_model],
  }[rule.kind] ?? [];
  const then = {
    batch: [rule.team],
    fault_domain: [rule.domain],
    domain_team: [rule.team],
    stock: [(rule.parts ?? []).join('、')],
    local: [rule.team, rule.engineer, rule.skill],
  }[rule.kind] ?? [];
  const shown = (values) => values.filter((v) => v !== undefined && v !== null && v !== '').join(' / ');
  return `${rule.kind} · ${shown(when)} → ${shown(then)}`;
}

/** The review clock: hours taken (or waited so far) against the 48 h target. */
export function reviewClock(proposal, t) {
  const key = proposal.status === 'pending' ? 'dsp.clock.waiting' : 'dsp.clock.took';
  const text = t(key, { hours: proposal.review_hours });
  return { text, overdue: Boolean(proposal.review_overdue) };
}

/**
 * An approved proposal's effect as two lines (routed, before) and whether it is trustworthy, or null before approval.
 * Rates as fractions, closure in hours; counts always shown so a reader weighs them.
 */
export function effectLines(effect, t, fmt) {
  if (!effect) return null;
  const side = (key, s) => t(key, {
    tickets: fmt.number(s.tickets),
    resolved: fmt.number(s.resolved),
    ftf: fmt.percent(s.first_time_fix_rate),
    closed: fmt.number(s.closed),
    hours: fmt.number(s.closure_hours_mean),
  });
  return {
    routed: side('dsp.effect.routed', effect.routed),
    before: side('dsp.effect.before', effect.before),
    caution: effect.enough_to_compare ? null : t('dsp.effect.few'),
  };
}

/** Blocked decisions first among the recent ones, each group newest first as the API sends them. */
export function blockedFirst(decisions) {
  return [...decisions.filter((d) => d.blocked), ...decisions.filter((d) => !d.blocked)];
}
