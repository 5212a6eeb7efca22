package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.Rng;
import io.ticketradar.datasets.scenario.Scenario;
import io.ticketradar.datasets.truth.TicketTruth;
import io.ticketradar.datasets.world.Catalogue;
import io.ticketradar.datasets.world.Catalogue.TeamSpec;
import io.ticketradar.datasets.world.Device;
import io.ticketradar.datasets.world.Engineer;
import io.ticketradar.datasets.world.Region;
import io.ticketradar.datasets.world.World;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.RepairOutcome;
import io.ticketradar.events.Stage;
import io.ticketradar.events.TechnicalDomain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells a ticket's life from creation to (last) close: customer service answers, the ticket is handed
 * on through the stages of its route, waits between them, bounces between teams, gets diagnosed,
 * visited, resolved, closed, sometimes reopened and complained about. Durations come from the
 * {@link ServiceModel}; everything else from the world.
 */
final class Lifecycle {
    private static final double MIN_STAGE_H = 0.25;
    private static final double AUTO_ASSIGN_MEDIAN_H = 0.02;
    private static final double AUTO_TECH_DISPATCH_SHARE = 0.4;
    private static final double LABOR_MEDIAN_MIN = 75;
    private static final double SECOND_PART_SHARE = 0.3;
    private static final double RECURRENCE_MIN_DAYS = 5;
    private static final double RECURRENCE_MAX_DAYS = 28;
    private static final List<String> REOPEN_REASONS =
            List.of("故障复现", "客户不认可维修结果", "同一问题再次出现", "维修后出现新报警", "fault came back after the repair");
    private static final String REMOTE_RESOLUTION = "remote_guidance";

    private final World world;
    private final ServiceModel model;
    private final TeamPicker teams;
    private final PatternBook patterns;
    private final ZoneId zone;

    Lifecycle(World world, ServiceModel model, PatternBook patterns, ZoneId zone) {
        this.world = world;
        this.model = model;
        this.teams = new TeamPicker(world);
        this.patterns = patterns;
        this.zone = zone;
    }

    /** @param repeatFault the device had a ticket of this fault in the 30 days before (for the truth) */
    TicketStory tell(TicketSpec spec, boolean repeatFault, Rng rng) {
        return new Run(spec, rng).tell(repeatFault);
    }

    /** One ticket's telling: the events so far and what has been measured on them. */
    private final class Run {
        private final TicketSpec spec;
        private final Rng rng;
        private final Instant t0;
        private final TechnicalDomain domain;
        private final Region region;
        private final Scenario scenario = model.scenario();
        private final List<TicketStory.Timed> events = new ArrayList<>();
        private double maxStay;
        private double coordination;
        private int maxReassignments;
        private int visits;
        private int repairs;
        private String firstFieldEngineer;
        private TeamSpec techTeam;
        private TeamSpec fieldTeam;

        Run(TicketSpec spec, Rng rng) {
            this.spec = spec;
            this.rng = rng;
            this.t0 = spec.createdAt();
            this.domain = spec.fault().domain();
            this.region = spec.device().customer().site().region();
        }

        TicketStory tell(boolean repeatFault) {
            List<Stage> stages = route();
            double total = model.closureHours(spec.priority(), rng);
            double response = model.firstResponseHours(rng);
            boolean diagnostic = model.diagnostic(rng);
            double confirm = Math.min(model.confirmHours(rng), 0.3 * total);
            double[] waits = new double[stages.size()];
            for (int i = 1; i < stages.size(); i++) {
                waits[i] = model.waitHours(rng);
            }
            double minCs = response + 0.05;
            double work =
                    Math.max(total - confirm - Arrays.stream(waits).sum(), minCs + MIN_STAGE_H * (stages.size() - 1));
            double[] stay = split(work, stages, minCs);
            confirm = shapeBreakpoints(stay, waits, response, confirm);
            int[] reassignments = reassignments(stages);
            boolean comesBack = rng.chance(scenario.recurrence().share());

            add(0, created());
            double end = customerService(stay[0], response, diagnostic, reassignments[0], stages.size() == 1);
            for (int i = 1; i < stages.size(); i++) {
                end = laterStage(stages.get(i - 1), stages.get(i), end, waits[i], stay[i], reassignments[i], comesBack);
            }
            add(end, new EventBody.TicketResolved(resolution(stages), visits));
            double closed = end + confirm;
            add(closed, new EventBody.TicketClosed());
            int firstPassVisits = visits;
            boolean reopened = rng.chance(scenario.reopen().share());
            if (reopened) {
                closed = reopen(closed);
            }
            boolean overdue = closed > spec.priority().slaHours();
            boolean complaint = rng.chance(model.complaintProbability(overdue));
            if (complaint) {
                add(complaintAt(overdue, response, closed), new EventBody.CustomerComplaint());
            }
            events.sort(Comparator.comparing(TicketStory.Timed::ts));
            Instant recurrenceAt = comesBack
                    ? at(Math.max(end + confirm + 24, 24 * rng.uniform(RECURRENCE_MIN_DAYS, RECURRENCE_MAX_DAYS)))
                    : null;
            return new TicketStory(
                    spec,
                    List.copyOf(events),
                    truth(response, diagnostic, closed, reopened, complaint, repeatFault, firstPassVisits),
                    recurrenceAt);
        }

        private List<Stage> route() {
            Map<Catalogue.Route, Double> routes = new LinkedHashMap<>();
            world.catalogue().routes().get(domain).forEach(r -> routes.put(r, r.weight()));
            List<Stage> stages = new ArrayList<>();
            stages.add(Stage.CS);
            stages.addAll(rng.weighted(routes).stages());
            return stages;
        }

        /** Work time per stage: gamma shares by stage weight; customer service lasts at least until the first response. */
        private double[] split(double work, List<Stage> stages, double minCs) {
            double[] stay = new double[stages.size()];
            if (stages.size() == 1) {
                stay[0] = work;
                return stay;
            }
            double sum = 0;
            for (int i = 0; i < stay.length; i++) {
                stay[i] = rng.gamma2(model.stageWeight(stages.get(i)));
                sum += stay[i];
            }
            for (int i = 0; i < stay.length; i++) {
                stay[i] = work * stay[i] / sum;
            }
            if (stay[0] < minCs) {
                double others = sum(stay) - stay[0];
                double scale = (work - minCs) / others;
                stay[0] = minCs;
                for (int i = 1; i < stay.length; i++) {
                    stay[i] = Math.max(MIN_STAGE_H, stay[i] * scale);
                }
            }
            return stay;
        }

        /**
         * Makes the ticket have a breakpoint or not, as the scenario's share asks: without one, every stay is
         * cut to under 4 h and the time saved is spent resolved, waiting to be closed; with one, the longest
         * stay is stretched past 4 h if it is not already, paid for by resolved -> closed as far as it goes.
         * Returns the new resolved -> closed time.
         */
        private double shapeBreakpoints(double[] stay, double[] waits, double response, double confirm) {
            boolean natural = response > ServiceModel.STAY_LIMIT_H - 0.05
                    || Arrays.stream(waits).anyMatch(w -> w > ServiceModel.WAIT_LIMIT_H);
            if (natural || model.extraBreakpoint(rng)) {
                int longest = 0;
                for (int i = 1; i < stay.length; i++) {
                    longest = stay[i] + waits[i] > stay[longest] + waits[longest] ? i : longest;
                }
                double missing = 4.05 - (stay[longest] + waits[longest]);
                if (missing <= 0) {
                    return confirm;
                }
                double stretch = missing + rng.logNormal(1.5, 0.8);
                stay[longest] += stretch;
                return confirm - Math.min(stretch, 0.8 * confirm);
            }
            double saved = 0;
            for (int i = 0; i < stay.length; i++) {
                double floor = i == 0 ? response + 0.05 : 0.05;
                double capped = Math.max(floor, Math.min(stay[i], ServiceModel.STAY_LIMIT_H - waits[i]));
                saved += stay[i] - capped;
                stay[i] = capped;
            }
            return confirm + saved;
        }

        /** Reassignments per stage: a bounce is 2-3 in one stage (mostly TECH), else sometimes a single one. */
        private int[] reassignments(List<Stage> stages) {
            int[] count = new int[stages.size()];
            Scenario.Reassignment r = scenario.reassignment();
            if (rng.chance(r.bounceShare())) {
                Map<Integer, Double> where = new LinkedHashMap<>();
                for (int i = 0; i < stages.size(); i++) {
                    where.put(
                            i,
                            switch (stages.get(i)) {
                                case TECH -> 0.6;
                                case FIELD -> 0.2;
                                case CS, PARTS -> 0.1;
                            });
                }
                count[rng.weighted(where)] = rng.chance(0.75) ? 2 : 3;
            } else if (rng.chance(r.singleShare() / (1 - r.bounceShare()))) {
                count[rng.nextInt(stages.size())] = 1;
            }
            return count;
        }

        private EventBody.TicketCreated created() {
            Device device = spec.device();
            return new EventBody.TicketCreated(
                    spec.channel(),
                    device.customer().customerId(),
                    device.customer().phone(),
                    device.sn(),
                    device.product().code(),
                    device.customer().site().siteId(),
                    region.zh(),
                    spec.symptoms(),
                    spec.faultKnown() ? spec.fault().code() : null,
                    spec.description(),
                    spec.reportedAmbientC(),
                    spec.priority());
        }

        private double customerService(
                double stay, double response, boolean diagnostic, int reassignments, boolean diagnoseHere) {
            List<TeamSpec> chain =
                    teams.chain(Stage.CS, teams.owner(Stage.CS, domain, region, rng), reassignments, rng);
            Engineer agent = teams.member(chain.getFirst(), domain, rng);
            add(
                    Math.min(response * 0.5, rng.logNormal(AUTO_ASSIGN_MEDIAN_H, 0.8)),
                    new EventBody.TicketAssigned(
                            agent.engineerId(), chain.getFirst().id(), Stage.CS, true));
            add(response, new EventBody.FirstResponse(agent.engineerId(), diagnostic));
            double last = reassign(Stage.CS, chain, response, stay, agent).at();
            if (diagnoseHere) {
                add(rng.uniform(last, stay), diagnosis());
            }
            stayed(stay, reassignments);
            return stay;
        }

        private double laterStage(
                Stage from, Stage to, double start, double wait, double work, int reassignments, boolean comesBack) {
            add(start, new EventBody.StageChanged(from, to));
            double assigned = start + wait;
            TeamSpec owner = teams.owner(to, domain, region, rng);
            List<TeamSpec> chain = teams.chain(to, owner, reassignments, rng);
            Engineer assignee = teams.member(chain.getFirst(), domain, rng);
            add(
                    assigned,
                    new EventBody.TicketAssigned(
                            assignee.engineerId(),
                            chain.getFirst().id(),
                            to,
                            to == Stage.TECH && rng.chance(AUTO_TECH_DISPATCH_SHARE)));
            double end = assigned + work;
            Handover handover = reassign(to, chain, assigned, assigned + 0.6 * work, assignee);
            double last = handover.at();
            switch (to) {
                case TECH -> {
                    techTeam = owner;
                    add(last + rng.uniform(0.1, 0.8) * (end - last), diagnosis());
                }
                case FIELD -> {
                    fieldTeam = owner;
                    fieldVisits(last, end, handover.assignee(), comesBack);
                }
                case CS, PARTS -> {}
            }
            coordination += wait;
            stayed(wait + work, reassignments);
            return end;
        }

        /** Who holds the ticket after the last hand-over within a stage, and since when. */
        private record Handover(double at, Engineer assignee) {}

        /** Hands the ticket along the chain at times between from and to. */
        private Handover reassign(Stage stage, List<TeamSpec> chain, double from, double to, Engineer first) {
            double[] times = new double[chain.size() - 1];
            for (int i = 0; i < times.length; i++) {
                times[i] = rng.uniform(from, to);
            }
            Arrays.sort(times);
            Handover handover = new Handover(from, first);
            for (int i = 0; i < times.length; i++) {
                TeamSpec team = chain.get(i + 1);
                Engineer assignee = teams.member(team, domain, rng);
                add(times[i], new EventBody.TicketAssigned(assignee.engineerId(), team.id(), stage, false));
                handover = new Handover(times[i], assignee);
            }
            return handover;
        }

        private void fieldVisits(double from, double to, Engineer engineer, boolean temporaryFix) {
            int count = rng.chance(scenario.field().revisitShare()) ? 2 : 1;
            for (int k = 1; k <= count; k++) {
                boolean last = k == count;
                double at = from + (to - from) * (last ? rng.uniform(0.7, 0.95) : rng.uniform(0.25, 0.5));
                RepairOutcome outcome = !last
                        ? (rng.chance(0.5) ? RepairOutcome.TEMPORARY : RepairOutcome.NOT_FIXED)
                        : temporaryFix ? RepairOutcome.TEMPORARY : RepairOutcome.FIXED;
                repair(at, engineer, outcome);
            }
        }

        private void repair(double hours, Engineer engineer, RepairOutcome outcome) {
            Instant at = at(hours);
            Catalogue.Fault fault = spec.fault();
            List<String> parts = new ArrayList<>();
            if (!fault.parts().isEmpty()) {
                parts.add(fault.parts().getFirst());
                if (fault.parts().size() > 1 && rng.chance(SECOND_PART_SHARE)) {
                    parts.add(fault.parts().get(1));
                }
            }
            ActivePattern pattern = spec.pattern();
            String rootCause = pattern != null && pattern.spec().rootCause() != null
                    ? pattern.spec().rootCause()
                    : rng.pick(fault.rootCauses());
            List<String> photos =
                    pattern != null && !pattern.spec().photoLabels().isEmpty()
                            ? pattern.spec().photoLabels()
                            : fault.photoLabels();
            Device device = spec.device();
            visits++;
            if (firstFieldEngineer == null) {
                firstFieldEngineer = engineer.engineerId();
            }
            add(
                    hours,
                    new EventBody.RepairRecorded(
                            spec.ticketId() + "-R" + (++repairs),
                            device.sn(),
                            engineer.engineerId(),
                            fault.code(),
                            rootCause,
                            parts,
                            patterns.firmwareAt(device, at),
                            world.climate()
                                    .temperatureC(device.customer().site().city(), at),
                            (int) Math.round(rng.logNormal(LABOR_MEDIAN_MIN, 0.5)),
                            outcome,
                            photos));
        }

        /** A second pass after the customer reopens: back to the technical group, then one more field visit. */
        private double reopen(double closed) {
            double reopenedAt = closed
                    + Math.min(
                            ServiceModel.REOPEN_MAX_H,
                            rng.logNormal(scenario.reopen().medianDays() * 24, 0.7));
            add(reopenedAt, new EventBody.TicketReopened(rng.pick(REOPEN_REASONS)));
            TeamSpec tech = techTeam != null ? techTeam : world.techTeam(domain);
            double techWait = model.waitHours(rng);
            add(
                    reopenedAt + techWait,
                    new EventBody.TicketAssigned(
                            teams.member(tech, domain, rng).engineerId(), tech.id(), Stage.TECH, false));
            double techWork = rng.logNormal(ServiceModel.REOPEN_TECH_MEDIAN_H, ServiceModel.REOPEN_SIGMA);
            double handOn = reopenedAt + techWait + techWork;
            add(handOn, new EventBody.StageChanged(Stage.TECH, Stage.FIELD));
            TeamSpec field = fieldTeam != null ? fieldTeam : teams.owner(Stage.FIELD, domain, region, rng);
            double fieldWait = model.waitHours(rng);
            Engineer engineer = teams.member(field, domain, rng);
            add(
                    handOn + fieldWait,
                    new EventBody.TicketAssigned(engineer.engineerId(), field.id(), Stage.FIELD, false));
            double fieldWork = rng.logNormal(ServiceModel.REOPEN_FIELD_MEDIAN_H, ServiceModel.REOPEN_SIGMA);
            repair(handOn + fieldWait + 0.7 * fieldWork, engineer, RepairOutcome.FIXED);
            double resolved = handOn + fieldWait + fieldWork;
            add(resolved, new EventBody.TicketResolved(spec.fault().resolution(), visits));
            double closedAgain = resolved + model.confirmHours(rng);
            add(closedAgain, new EventBody.TicketClosed());
            coordination += techWait + fieldWait;
            stayed(techWait + techWork, 0);
            stayed(fieldWait + fieldWork, 0);
            return closedAgain;
        }

        /** Overdue tickets draw complaints after the SLA passes; others at any time while open. */
        private double complaintAt(boolean overdue, double response, double closed) {
            if (overdue) {
                double at = spec.priority().slaHours() + rng.logNormal(4, 0.8);
                if (at < closed) {
                    return at;
                }
            }
            return rng.uniform(response, closed);
        }

        private String resolution(List<Stage> stages) {
            return stages.contains(Stage.FIELD) || (domain == TechnicalDomain.SW && stages.contains(Stage.TECH))
                    ? spec.fault().resolution()
                    : REMOTE_RESOLUTION;
        }

        private EventBody.FaultDiagnosed diagnosis() {
            return new EventBody.FaultDiagnosed(spec.fault().code(), domain);
        }

        private void stayed(double hours, int reassignments) {
            maxStay = Math.max(maxStay, hours);
            maxReassignments = Math.max(maxReassignments, reassignments);
        }

        private void add(double hours, EventBody body) {
            events.add(new TicketStory.Timed(at(hours), body));
        }

        private Instant at(double hours) {
            return t0.plusSeconds(Math.round(hours * 3600));
        }

        private TicketTruth truth(
                double response,
                boolean diagnostic,
                double closed,
                boolean reopened,
                boolean complaint,
                boolean repeatFault,
                int firstPassVisits) {
            Device device = spec.device();
            return new TicketTruth(
                    world.tenant().id(),
                    spec.ticketId(),
                    spec.seed().kind().code(),
                    spec.seed().relatedTicketId(),
                    t0,
                    t0.atZone(zone).toLocalDate(),
                    region,
                    spec.priority(),
                    device.sn(),
                    device.customer().customerId(),
                    device.customer().site().siteId(),
                    device.product().code(),
                    patterns.firmwareAt(device, t0),
                    spec.fault().code(),
                    spec.pattern() == null ? null : spec.pattern().spec().id(),
                    patterns.slicesOf(region, spec.ambientC()),
                    response,
                    diagnostic,
                    maxStay,
                    coordination,
                    maxReassignments,
                    at(closed),
                    reopened,
                    complaint,
                    repeatFault,
                    firstPassVisits,
                    firstFieldEngineer);
        }
    }

    private static double sum(double[] values) {
        return Arrays.stream(values).sum();
    }
}
