package io.ticketradar.datasets.scenario;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.ticketradar.datasets.world.Region;

import java.util.List;
import java.util.Objects;

/**
 * Something that moves a whole group of tickets together and is NOT a failure pattern (DOMAIN.md §8): a
 * detector that reports one has raised a false alarm. Each is recorded in ground_truth.json under
 * {@code decoys}. Days are written as in {@link DayRef}: a date, days after the start (+21d), or for the
 * seasonal ones a recurring month-day (11-15).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = DecoySpec.SeasonalRise.class, name = "seasonal_rise"),
    @JsonSubTypes.Type(value = DecoySpec.HolidayDip.class, name = "holiday_dip"),
    @JsonSubTypes.Type(value = DecoySpec.NewSite.class, name = "new_site"),
    @JsonSubTypes.Type(value = DecoySpec.FirmwareRollout.class, name = "firmware_rollout")
})
public sealed interface DecoySpec {
    String id();

    String nameZh();

    String nameEn();

    /** The code of the kind, as in the scenario file and ground_truth.json. */
    String kind();

    /**
     * Winter: every fault's arrival rate rises to {@code factor}, ramping up over {@code rampDays} from onset and
     * down again over as many days before {@code until}.
     *
     * @param onset   a month-day (11-15) for a rise every year, or a date or +Nd for one rise
     * @param until   same form; null for a rise that lasts to the end of the data
     * @param regions the regions whose tickets rise; null or empty for all
     */
    record SeasonalRise(
            String id,
            String nameZh,
            String nameEn,
            String onset,
            String until,
            Double rampDays,
            Double factor,
            List<Region> regions)
            implements DecoySpec {
        public SeasonalRise {
            Objects.requireNonNull(id, "decoy id");
            Objects.requireNonNull(onset, "decoy " + id + ": onset");
            rampDays = rampDays == null ? 21 : rampDays;
            regions = regions == null ? List.of() : List.copyOf(regions);
            positive(id, factor);
        }

        @Override
        public String kind() {
            return "seasonal_rise";
        }
    }

    /**
     * The Spring Festival (春节): tickets drop to {@code factor} from {@code beforeDays} before Chinese New Year to
     * {@code afterDays} after it, easing in and out over {@code rampDays}.
     *
     * @param dates the new-year days; null or empty for the real ones of 2024-2032 ({@link ChineseNewYear})
     */
    record HolidayDip(
            String id,
            String nameZh,
            String nameEn,
            List<String> dates,
            Integer beforeDays,
            Integer afterDays,
            Double rampDays,
            Double factor,
            List<Region> regions)
            implements DecoySpec {
        public HolidayDip {
            Objects.requireNonNull(id, "decoy id");
            dates = dates == null ? List.of() : List.copyOf(dates);
            beforeDays = beforeDays == null ? 7 : beforeDays;
            afterDays = afterDays == null ? 10 : afterDays;
            rampDays = rampDays == null ? 3 : rampDays;
            regions = regions == null ? List.of() : List.copyOf(regions);
            positive(id, factor);
        }

        @Override
        public String kind() {
            return "holiday_dip";
        }
    }

    /**
     * A dealer site opens at onset with customers of its own, {@code deviceShare} of the tenant's installed base:
     * their devices fail with the ordinary fault mix, and their tickets ramp up over {@code rampDays} as the
     * customers start coming.
     *
     * @param city     zh name of a city of the region; null for the region's busiest
     * @param siteKind dealer_shop (default) or repair_station
     */
    record NewSite(
            String id,
            String nameZh,
            String nameEn,
            Region region,
            String city,
            String siteKind,
            String onset,
            Double rampDays,
            Double deviceShare)
            implements DecoySpec {
        public NewSite {
            Objects.requireNonNull(id, "decoy id");
            Objects.requireNonNull(region, "decoy " + id + ": region");
            Objects.requireNonNull(onset, "decoy " + id + ": onset");
            siteKind = siteKind == null ? "dealer_shop" : siteKind;
            rampDays = rampDays == null ? 28 : rampDays;
            deviceShare = deviceShare == null ? 0.03 : deviceShare;
            if (deviceShare <= 0 || deviceShare > 0.5) {
                throw new IllegalArgumentException("decoy " + id + ": device_share must be in (0, 0.5]");
            }
        }

        @Override
        public String kind() {
            return "new_site";
        }
    }

    /**
     * A new firmware version goes out over the air to {@code share} of a product's fleet, each chosen device
     * taking it at a uniformly drawn time within {@code rolloutDays} of onset. Tickets keep their fault mix: the
     * new version's tickets grow with its installed base, nothing else.
     *
     * @param fromFirmware only devices running one of these versions at onset; null or empty for all
     */
    record FirmwareRollout(
            String id,
            String nameZh,
            String nameEn,
            String product,
            String version,
            List<String> fromFirmware,
            String onset,
            Double rolloutDays,
            Double share)
            implements DecoySpec {
        public FirmwareRollout {
            Objects.requireNonNull(id, "decoy id");
            Objects.requireNonNull(product, "decoy " + id + ": product");
            Objects.requireNonNull(version, "decoy " + id + ": version");
            Objects.requireNonNull(onset, "decoy " + id + ": onset");
            fromFirmware = fromFirmware == null ? List.of() : List.copyOf(fromFirmware);
            rolloutDays = rolloutDays == null ? 14 : rolloutDays;
            share = share == null ? 0.5 : share;
            if (share <= 0 || share > 1) {
                throw new IllegalArgumentException("decoy " + id + ": share must be in (0, 1]");
            }
        }

        @Override
        public String kind() {
            return "firmware_rollout";
        }
    }

    private static void positive(String id, Double factor) {
        if (factor == null || factor <= 0) {
            throw new IllegalArgumentException("decoy " + id + ": give a factor above 0");
        }
    }
}
