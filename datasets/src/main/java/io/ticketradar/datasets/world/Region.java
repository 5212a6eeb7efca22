package io.ticketradar.datasets.world;

import com.fasterxml.jackson.annotation.JsonValue;

/** The seven dealer regions (区域). On the wire and in files a region is its zh-CN name, as the UI shows it. */
public enum Region {
    EAST("华东", "East China"),
    SOUTH("华南", "South China"),
    NORTH("华北", "North China"),
    CENTRAL("华中", "Central China"),
    SOUTHWEST("西南", "Southwest China"),
    NORTHWEST("西北", "Northwest China"),
    NORTHEAST("东北", "Northeast China");

    private final String zh;
    private final String en;

    Region(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @JsonValue
    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** The region named by its zh-CN name, its English name or its constant. */
    public static Region of(String name) {
        for (Region region : values()) {
            if (region.zh.equals(name)
                    || region.en.equalsIgnoreCase(name)
                    || region.name().equalsIgnoreCase(name)) {
                return region;
            }
        }
        throw new IllegalArgumentException("unknown region " + name + "; expected one of 华东, 华南, 华北, 华中, 西南, 西北, 东北");
    }
}
