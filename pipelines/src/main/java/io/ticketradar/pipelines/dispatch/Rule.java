package io.ticketradar.pipelines.dispatch;

import io.ticketradar.events.TechnicalDomain;

import java.util.List;

/**
 * One dispatch rule of a tenant's rule set (DOMAIN.md §7). {@code index} is the rule's position in the set as the
 * tenant wrote it: validation messages and a decision's rule path name rules by it.
 */
public sealed interface Rule {

    int index();

    /** The rule's step in a decision's rule path, such as {@code batch:A7K2} or {@code local:3}. */
    String step();

    /** (1) A device SN prefix (the production batch) goes to the batch's technical group. */
    record Batch(int index, String snPrefix, String team) implements Rule {
        @Override
        public String step() {
            return "batch:" + snPrefix;
        }
    }

    /** (2) A fault code belongs to a technical domain. */
    record FaultDomain(int index, String faultCode, TechnicalDomain domain) implements Rule {
        @Override
        public String step() {
            return "fault:" + faultCode;
        }
    }

    /** (2) The team that owns a technical domain. */
    record DomainTeam(int index, TechnicalDomain domain, String team) implements Rule {
        @Override
        public String step() {
            return "domain:" + domain;
        }
    }

    /**
     * (4) A local rule: when every condition given matches the ticket, the ticket goes to the team, preferably to the
     * engineer, and only to engineers with the skill. Null conditions and outcomes are not part of the rule.
     */
    record Local(
            int index,
            String region,
            String site,
            String customer,
            String productModel,
            String skill,
            String team,
            String engineer)
            implements Rule {
        @Override
        public String step() {
            return "local:" + index;
        }

        boolean matches(TicketToRoute ticket) {
            return condition(region, ticket.region())
                    && condition(site, ticket.siteId())
                    && condition(customer, ticket.customerId())
                    && condition(productModel, ticket.productModel());
        }

        private static boolean condition(String wanted, String actual) {
            return wanted == null || wanted.equals(actual);
        }
    }

    /** (5) A ticket of this product model and fault code needs these parts: without stock, dispatch is blocked. */
    record Stock(int index, String productModel, String faultCode, List<String> parts) implements Rule {
        public Stock {
            parts = List.copyOf(parts);
        }

        @Override
        public String step() {
            return "stock:" + index;
        }
    }
}
