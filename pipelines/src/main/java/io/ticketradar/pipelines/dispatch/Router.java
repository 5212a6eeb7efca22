package io.ticketradar.pipelines.dispatch;

import io.ticketradar.events.EventBody.EngineerRegistered;
import io.ticketradar.events.TechnicalDomain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * Routes one ticket by a tenant's rules (DOMAIN.md §7), without state of its own:
 *
 * <ol>
 *   <li>the first local rule whose conditions all match sets the team, the preferred engineer and the skill needed;
 *   <li>without a team yet, the SN prefix's batch rule gives it;
 *   <li>else the fault's domain (a fault_domain rule, else the domain a diagnosis named) and that domain's team;
 *   <li>a stock rule for the product model and fault blocks the dispatch when one of its parts is in no depot;
 *   <li>the engineer is the first of the team by preference (the local rule's engineer, then those with the skill,
 *       then by id) who is not resting after a streak. A fixed preference is how dispatchers work, and is what makes
 *       one engineer take ticket after ticket: the streak rule is there to spread that load.
 * </ol>
 */
public final class Router {

    private Router() {}

    /**
     * @param engineers the tenant's engineers by id (master data)
     * @param stock how many of a part the tenant's depots hold together
     * @param resting engineers resting after a streak, and until when
     */
    public static Routing route(
            RuleSet rules,
            TicketToRoute ticket,
            Map<String, EngineerRegistered> engineers,
            ToLongFunction<String> stock,
            Map<String, Instant> resting) {
        List<String> path = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Rule.Local local = rules.localRules().stream()
                .filter(r -> r.matches(ticket))
                .findFirst()
                .orElse(null);
        String team = null;
        if (local != null) {
            path.add(local.step());
            team = local.team() != null ? local.team() : teamOf(local.engineer(), engineers, warnings);
        }
        if (team == null) {
            team = ruleTeam(rules, ticket, path);
        }
        if (team == null) {
            warnings.add("no rule gives a team for this ticket (batch " + ticket.batch() + ", fault "
                    + ticket.faultCode() + ")");
        }
        List<String> missing = missingParts(rules, ticket, stock, path, warnings);
        boolean blocked = !missing.isEmpty();
        String engineer =
                team == null || blocked ? null : engineer(team, local, engineers, resting, ticket.at(), warnings);
        return new Routing(team, engineer, path, blocked, warnings, missing);
    }

    private static String teamOf(String engineer, Map<String, EngineerRegistered> engineers, List<String> warnings) {
        if (engineer == null) {
            return null;
        }
        EngineerRegistered known = engineers.get(engineer);
        if (known == null) {
            warnings.add("engineer " + engineer + " of the local rule is not among the tenant's engineers");
            return null;
        }
        return known.teamId();
    }

    /** The batch's technical group, else the team of the fault's domain. */
    private static String ruleTeam(RuleSet rules, TicketToRoute ticket, List<String> path) {
        Optional<Rule.Batch> batch = rules.batch(ticket.batch());
        if (batch.isPresent()) {
            path.add(batch.get().step());
            return batch.get().team();
        }
        TechnicalDomain domain = null;
        if (ticket.faultCode() != null) {
            Optional<Rule.FaultDomain> fault = rules.faultDomain(ticket.faultCode());
            if (fault.isPresent()) {
                path.add(fault.get().step());
                domain = fault.get().domain();
            }
        }
        if (domain == null && ticket.diagnosedDomain() != null) {
            path.add("diagnosis:" + ticket.diagnosedDomain());
            domain = ticket.diagnosedDomain();
        }
        if (domain == null) {
            return null;
        }
        Optional<Rule.DomainTeam> owner = rules.domainTeam(domain);
        owner.ifPresent(r -> path.add(r.step()));
        return owner.map(Rule.DomainTeam::team).orElse(null);
    }

    /** The parts of the ticket's stock rule that are in no depot: any blocks the dispatch. */
    private static List<String> missingParts(
            RuleSet rules,
            TicketToRoute ticket,
            ToLongFunction<String> stock,
            List<String> path,
            List<String> warnings) {
        List<String> missing = new ArrayList<>();
        if (ticket.productModel() == null || ticket.faultCode() == null) {
            return missing;
        }
        Optional<Rule.Stock> rule = rules.stock(ticket.productModel(), ticket.faultCode());
        if (rule.isEmpty()) {
            return missing;
        }
        path.add(rule.get().step());
        for (String part : rule.get().parts()) {
            if (stock.applyAsLong(part) <= 0) {
                warnings.add("stock-out: part " + part + " for " + ticket.productModel() + " / " + ticket.faultCode()
                        + " is in no depot; dispatch blocked");
                missing.add(part);
            }
        }
        return missing;
    }

    private static String engineer(
            String team,
            Rule.Local local,
            Map<String, EngineerRegistered> engineers,
            Map<String, Instant> resting,
            long at,
            List<String> warnings) {
        List<EngineerRegistered> members = engineers.values().stream()
                .filter(e -> e.teamId().equals(team))
                .sorted(Comparator.comparing(EngineerRegistered::engineerId))
                .toList();
        if (members.isEmpty()) {
            warnings.add("no engineer of team " + team + " is known");
            return null;
        }
        String skill = local == null ? null : local.skill();
        String preferred = local == null ? null : local.engineer();
        List<EngineerRegistered> candidates = members;
        if (skill != null) {
            candidates =
                    members.stream().filter(e -> e.skills().contains(skill)).toList();
            if (candidates.isEmpty()) {
                warnings.add("no engineer of team " + team + " has skill " + skill + "; any member may take it");
                candidates = members;
            }
        }
        List<EngineerRegistered> ordered = new ArrayList<>(candidates);
        ordered.sort(
                Comparator.comparing((EngineerRegistered e) -> !e.engineerId().equals(preferred)));
        for (EngineerRegistered candidate : ordered) {
            Instant until = resting.get(candidate.engineerId());
            if (until != null && until.toEpochMilli() > at) {
                warnings.add("engineer " + candidate.engineerId() + " skipped: took a streak of tickets, rests until "
                        + until);
                continue;
            }
            return candidate.engineerId();
        }
        warnings.add("every engineer of team " + team + " who may take it is resting after a streak");
        return null;
    }
}
