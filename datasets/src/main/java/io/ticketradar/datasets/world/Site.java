package io.ticketradar.datasets.world;

/** A dealer shop (4S店) or secondary repair station (二级维修站) where customers bring their vehicles. */
public record Site(String siteId, String name, Kind kind, Region region, Catalogue.City city, String district) {

    public enum Kind {
        DEALER_SHOP("dealer_shop", "4S店"),
        REPAIR_STATION("repair_station", "二级维修站");

        private final String code;
        private final String zh;

        Kind(String code, String zh) {
            this.code = code;
            this.zh = zh;
        }

        public String code() {
            return code;
        }

        public String zh() {
            return zh;
        }
    }
}
