package io.ticketradar.datasets.world;

import io.ticketradar.datasets.Yaml;
import io.ticketradar.events.Stage;
import io.ticketradar.events.TechnicalDomain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The facts of the world every tenant lives in (catalogue.yaml): cities and their climate, symptoms,
 * faults, product models, parts, teams and the words customers use.
 */
public record Catalogue(
        Map<Region, Double> regionWeights,
        List<City> cities,
        List<Symptom> symptoms,
        List<Fault> faults,
        Map<TechnicalDomain, List<Route>> routes,
        List<Part> parts,
        List<Product> products,
        List<Modification> modifications,
        List<TeamSpec> teams,
        List<String> extraSkills,
        Names names,
        List<CustomerKind> customerKinds,
        Phrases phrases) {

    private static final String RESOURCE = "/io/ticketradar/datasets/world/catalogue.yaml";
    private static final Catalogue STANDARD = Yaml.read(RESOURCE, Catalogue.class);

    /** The built-in catalogue. */
    public static Catalogue standard() {
        return STANDARD;
    }

    public Catalogue {
        Map<String, Symptom> bySymptom = index(symptoms, Symptom::code);
        Map<String, Part> byPart = index(parts, Part::partNo);
        Map<String, Fault> byFault = index(faults, Fault::code);
        for (Fault fault : faults) {
            fault.symptoms().forEach(code -> require(bySymptom, code, "symptom of " + fault.code()));
            fault.parts().forEach(code -> require(byPart, code, "part of " + fault.code()));
        }
        for (Product product : products) {
            product.faults().keySet().forEach(code -> require(byFault, code, "fault of " + product.code()));
        }
    }

    public Fault fault(String code) {
        return faults.stream()
                .filter(f -> f.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fault code " + code + " in the catalogue"));
    }

    public Symptom symptom(String code) {
        return symptoms.stream()
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no symptom " + code + " in the catalogue"));
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity()));
    }

    private static void require(Map<String, ?> index, String code, String what) {
        if (!index.containsKey(code)) {
            throw new IllegalArgumentException("catalogue: unknown " + what + ": " + code);
        }
    }

    /** A city with its climate: monthly means of January and July, day-night swing, day-to-day spread. */
    public record City(
            String zh,
            String en,
            Region region,
            double janMeanC,
            double julMeanC,
            double dailySwingC,
            double weatherSdC,
            double weight,
            List<String> districts) {
        public City {
            districts = districts == null ? List.of("东区", "西区", "南区", "北区", "高新区", "经开区") : List.copyOf(districts);
        }
    }

    public record Symptom(String code, String zh, String en) {}

    public record Fault(
            String code,
            TechnicalDomain domain,
            String zh,
            String en,
            List<String> symptoms,
            List<String> parts,
            List<String> rootCauses,
            List<String> photoLabels,
            String resolution) {}

    /** The stages a ticket passes after customer service. */
    public record Route(List<Stage> stages, double weight) {}

    public record Part(String partNo, String zh, String en) {}

    /** A product model with its firmware versions as shipped and relative fault weights. */
    public record Product(
            String code,
            String zh,
            String en,
            double installedShare,
            Map<String, Double> firmware,
            Map<String, Double> faults) {}

    /** A change customers make to some of their devices of the given models (share of those devices). */
    public record Modification(String code, String zh, String en, List<String> products, double share) {}

    /** A team of one stage; domain and region are null when the team serves all. */
    public record TeamSpec(
            String id, String zh, String en, Stage stage, TechnicalDomain domain, Region region, int size) {
        public TeamSpec {
            Objects.requireNonNull(stage, "team stage");
        }
    }

    public record Names(List<String> surnames, List<String> given) {}

    public record CustomerKind(String kind, String zh, double weight, double devicesMedian) {}

    public record Phrases(
            List<String> openersZh,
            List<String> openersEn,
            List<String> asksZh,
            List<String> asksEn,
            String coldZh,
            String coldEn) {}
}
