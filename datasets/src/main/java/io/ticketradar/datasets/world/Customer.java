package io.ticketradar.datasets.world;

import java.util.ArrayList;
import java.util.List;

/** A fleet, dealer or private owner with one or more devices, served by one home site. */
public final class Customer {
    private final String customerId;
    private final String kind;
    private final String phone;
    private final Site site;
    private final List<Device> devices = new ArrayList<>();

    public Customer(String customerId, String kind, String phone, Site site) {
        this.customerId = customerId;
        this.kind = kind;
        this.phone = phone;
        this.site = site;
    }

    public String customerId() {
        return customerId;
    }

    public String kind() {
        return kind;
    }

    public String phone() {
        return phone;
    }

    public Site site() {
        return site;
    }

    public List<Device> devices() {
        return devices;
    }

    void add(Device device) {
        devices.add(device);
    }
}
