package io.ticketradar.pipelines.dispatch;

import io.ticketradar.events.TechnicalDomain;

import java.util.List;
import java.util.Optional;

/**
 * A tenant's dispatch rules in force, one version of them. Build one with {@link RuleSetParser}, which guarantees at
 * most one batch rule per prefix, one fault rule per code, one team per domain and one stock rule per model and fault.
 *
 * @param version 1 for a tenant's first set, then one more per adopted change
 */
public record RuleSet(String tenantId, long version, List<Rule> rules, StreakRule streak) {

    public RuleSet {
        rules = List.copyOf(rules);
    }

    /** Local rules in the tenant's order: the first that matches a ticket applies. */
    List<Rule.Local> localRules() {
        return of(Rule.Local.class).toList();
    }

    Optional<Rule.Batch> batch(String snPrefix) {
        return of(Rule.Batch.class).filter(r -> r.snPrefix().equals(snPrefix)).findFirst();
    }

    Optional<Rule.FaultDomain> faultDomain(String faultCode) {
        return of(Rule.FaultDomain.class)
                .filter(r -> r.faultCode().equals(faultCode))
                .findFirst();
    }

    Optional<Rule.DomainTeam> domainTeam(TechnicalDomain domain) {
        return of(Rule.DomainTeam.class).filter(r -> r.domain() == domain).findFirst();
    }

    Optional<Rule.Stock> stock(String productModel, String faultCode) {
        return of(Rule.Stock.class)
                .filter(r ->
                        r.productModel().equals(productModel) && r.faultCode().equals(faultCode))
                .findFirst();
    }

    private <R extends Rule> java.util.stream.Stream<R> of(Class<R> kind) {
        return rules.stream().filter(kind::isInstance).map(kind::cast);
    }
}
