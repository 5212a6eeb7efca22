package io.ticketradar.datasets.world;

/**
 * How big a tenant's world is. The model customer has 86 dealer shops and 237 repair stations; the
 * installed base is sized from the ticket rate so that a device sees about two tickets a year.
 */
public record WorldSize(int dealerShops, int repairStations, int devicesPerDailyTicket) {
    public static final WorldSize MODEL_CUSTOMER = new WorldSize(86, 237, 400);

    public WorldSize {
        if (dealerShops < 1 || repairStations < 0 || devicesPerDailyTicket < 10) {
            throw new IllegalArgumentException(
                    "world size: need at least 1 dealer shop, 0 repair stations, 10 devices per daily ticket");
        }
    }
}
