package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.Rng;
import io.ticketradar.datasets.scenario.Scenario;
import io.ticketradar.datasets.world.Catalogue;
import io.ticketradar.events.Priority;
import io.ticketradar.events.Stage;
import io.ticketradar.events.TechnicalDomain;

import java.util.EnumMap;
import java.util.Map;

/**
 * A scenario's targets turned into the parameters of the distributions a lifecycle draws from. The
 * scenario speaks in shares and means (41% late first responses, 5.8-day closure, 37% overdue); this
 * class solves for the log-normal medians and shapes that produce them, so that the generated data
 * hits the targets by construction rather than by hand-tuning.
 */
final class ServiceModel {
    private static final double FIRST_RESPONSE_LIMIT_H = 2;
    static final double REOPEN_TECH_MEDIAN_H = 6;
    static final double REOPEN_FIELD_MEDIAN_H = 18;
    static final double REOPEN_SIGMA = 0.8;
    static final double REOPEN_MAX_H = 25 * 24;
    /** Tickets without a breakpoint stay at most this long in any stage (a breakpoint is more than 4 h). */
    static final double STAY_LIMIT_H = 3.9;

    static final double WAIT_LIMIT_H = 3.8;

    private final Scenario scenario;
    private final double responseMedianH;
    private final double waitMedianH;
    private final double closureMedianH;
    private final double closureSigma;
    private final double complaintOnTime;
    private final double expectedHandoffs;
    private final double breakpointTopUp;

    ServiceModel(Scenario scenario, Catalogue catalogue) {
        this.scenario = scenario;
        Scenario.FirstResponse fr = scenario.firstResponse();
        this.responseMedianH = FIRST_RESPONSE_LIMIT_H * Math.exp(-fr.sigma() * Normal.quantile(1 - fr.timeoutShare()));
        this.expectedHandoffs =
                expectedHandoffs(catalogue) + 2 * scenario.reopen().share();
        double meanWait = scenario.coordination().meanHours() / expectedHandoffs;
        this.waitMedianH = median(meanWait, scenario.coordination().sigma());
        double[] closure = solveClosure();
        this.closureMedianH = closure[0];
        this.closureSigma = closure[1];
        Scenario.Complaints complaints = scenario.complaints();
        this.complaintOnTime = complaints.share()
                / (1 + (complaints.overdueFactor() - 1) * scenario.closure().overdueShare());
        this.breakpointTopUp = breakpointTopUp();
    }

    /**
     * A late first response, a long wait or a reopen makes a breakpoint by itself; this is the chance, for the
     * other tickets, of a breakpoint on top, so that all together hit the target share.
     */
    private double breakpointTopUp() {
        double target = scenario.breakpoints().share();
        double responseFits = Normal.cdf(Math.log((STAY_LIMIT_H - 0.05) / responseMedianH)
                / scenario.firstResponse().sigma());
        double waitFits = Normal.cdf(
                Math.log(WAIT_LIMIT_H / waitMedianH) / scenario.coordination().sigma());
        // A reopened ticket's second pass takes hours in TECH: nearly always a breakpoint.
        double natural = 1
                - responseFits
                        * Math.pow(waitFits, expectedHandoffs)
                        * (1 - scenario.reopen().share());
        return Math.max(0, (target - natural) / (1 - natural));
    }

    /** Mean number of stage hand-offs per ticket: the routes of each fault's domain, weighted by how often it occurs. */
    private double expectedHandoffs(Catalogue catalogue) {
        Map<TechnicalDomain, Double> routeLength = new EnumMap<>(TechnicalDomain.class);
        catalogue.routes().forEach((domain, routes) -> {
            double total = routes.stream().mapToDouble(Catalogue.Route::weight).sum();
            routeLength.put(
                    domain,
                    routes.stream()
                                    .mapToDouble(r -> r.weight() * r.stages().size())
                                    .sum()
                            / total);
        });
        double expected = 0;
        // Installed shares are weights: a catalogue that adds a product need not rescale the others.
        double installed = catalogue.products().stream()
                .mapToDouble(Catalogue.Product::installedShare)
                .sum();
        for (Catalogue.Product product : catalogue.products()) {
            double total = product.faults().values().stream()
                    .mapToDouble(Double::doubleValue)
                    .sum();
            for (Map.Entry<String, Double> fault : product.faults().entrySet()) {
                TechnicalDomain domain = catalogue.fault(fault.getKey()).domain();
                expected += product.installedShare() / installed * fault.getValue() / total * routeLength.get(domain);
            }
        }
        return expected;
    }

    /**
     * Median and shape of created -> first close such that, with the priority mix and speeds, the
     * cap, and reopened tickets closing again later, the mean and the overdue share hit the targets.
     */
    private double[] solveClosure() {
        Scenario.Closure c = scenario.closure();
        double reopen = scenario.reopen().share();
        double capH = c.maxDays() * 24;
        double targetMeanH = c.meanDays() * 24 - reopen * reopenExtraHours();
        double targetOverdue = (c.overdueShare() - reopen) / (1 - reopen);
        double best = Double.MAX_VALUE;
        double[] answer = null;
        // The overdue share can rise and fall again with the shape: take the narrowest shape that fits.
        for (double sigma = 0.2; sigma <= 3.0; sigma += 0.002) {
            double median = medianForMean(targetMeanH, sigma, capH);
            double miss = Math.abs(overdueShare(median, sigma) - targetOverdue);
            if (miss < best) {
                best = miss;
                answer = new double[] {median, sigma};
            }
            if (miss < 0.002) {
                break;
            }
        }
        return answer;
    }

    /** What a reopen adds to a ticket's life: the time until it is reopened, and the second pass through TECH and FIELD. */
    private double reopenExtraHours() {
        double lift = Math.exp(REOPEN_SIGMA * REOPEN_SIGMA / 2);
        return scenario.reopen().medianDays() * 24 * Math.exp(0.7 * 0.7 / 2)
                + 2 * scenario.coordination().meanHours() / expectedHandoffs
                + (REOPEN_TECH_MEDIAN_H + REOPEN_FIELD_MEDIAN_H) * lift
                + scenario.closure().confirmMedianHours()
                        * Math.exp(scenario.closure().confirmSigma()
                                * scenario.closure().confirmSigma()
                                / 2);
    }

    private double medianForMean(double meanH, double sigma, double capH) {
        double lo = Math.log(0.01);
        double hi = Math.log(capH);
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            double mean = 0;
            for (Priority p : Priority.values()) {
                mean += mix(p) * Normal.cappedLogNormalMean(mid + Math.log(speed(p)), sigma, capH);
            }
            if (mean < meanH) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Math.exp((lo + hi) / 2);
    }

    private double overdueShare(double medianH, double sigma) {
        double share = 0;
        for (Priority p : Priority.values()) {
            share += mix(p) * (1 - Normal.cdf((Math.log(p.slaHours()) - Math.log(medianH * speed(p))) / sigma));
        }
        return share;
    }

    private double mix(Priority p) {
        double total = scenario.tickets().priorityMix().values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
        return scenario.tickets().priorityMix().getOrDefault(p.name(), 0.0) / total;
    }

    private double speed(Priority p) {
        return scenario.tickets().prioritySpeed().getOrDefault(p.name(), 1.0);
    }

    private static double median(double mean, double sigma) {
        return mean * Math.exp(-sigma * sigma / 2);
    }

    double firstResponseHours(Rng rng) {
        return rng.logNormal(responseMedianH, scenario.firstResponse().sigma());
    }

    boolean diagnostic(Rng rng) {
        return rng.chance(scenario.firstResponse().diagnosticShare());
    }

    /** Created -> first close, hours. */
    double closureHours(Priority priority, Rng rng) {
        return Math.min(
                scenario.closure().maxDays() * 24, rng.logNormal(closureMedianH * speed(priority), closureSigma));
    }

    double confirmHours(Rng rng) {
        return rng.logNormal(
                scenario.closure().confirmMedianHours(), scenario.closure().confirmSigma());
    }

    /** Handed on to a stage -> assigned there. */
    double waitHours(Rng rng) {
        return rng.logNormal(waitMedianH, scenario.coordination().sigma());
    }

    double stageWeight(Stage stage) {
        return scenario.stageWeights().get(stage);
    }

    /** Whether a ticket that has no breakpoint by itself gets one. */
    boolean extraBreakpoint(Rng rng) {
        return rng.chance(breakpointTopUp);
    }

    double complaintProbability(boolean overdue) {
        return overdue ? Math.min(1, complaintOnTime * scenario.complaints().overdueFactor()) : complaintOnTime;
    }

    Scenario scenario() {
        return scenario;
    }

    /** The solved parameters, for ground_truth.json: what the targets became. */
    Map<String, Double> parameters() {
        return Map.of(
                "first_response_median_h",
                responseMedianH,
                "closure_median_h",
                closureMedianH,
                "closure_sigma",
                closureSigma,
                "wait_median_h",
                waitMedianH,
                "expected_handoffs",
                expectedHandoffs,
                "complaint_probability_on_time",
                complaintOnTime,
                "breakpoint_top_up",
                breakpointTopUp);
    }
}
