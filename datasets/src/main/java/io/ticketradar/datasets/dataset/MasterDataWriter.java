package io.ticketradar.datasets.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.datasets.world.Catalogue;
import io.ticketradar.datasets.world.Customer;
import io.ticketradar.datasets.world.Device;
import io.ticketradar.datasets.world.Engineer;
import io.ticketradar.datasets.world.Site;
import io.ticketradar.datasets.world.World;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a tenant's master data (DOMAIN.md §3) as {@code master/<tenant>/<table>.ndjson.gz}: devices,
 * sites, customers, teams, engineers, fault catalogue, symptoms, products and parts stock. What the
 * maker does not know (customers' modifications) stays out.
 */
public final class MasterDataWriter {
    public static final String MASTER_DIR = "master";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private MasterDataWriter() {}

    public static void write(Path dataset, World world) {
        Path dir = dataset.resolve(MASTER_DIR).resolve(world.tenant().id());
        String tenant = world.tenant().id();
        Catalogue catalogue = world.catalogue();
        table(dir, "sites", tenant, world.sites(), MasterDataWriter::site);
        table(dir, "devices", tenant, world.devices(), MasterDataWriter::device);
        table(dir, "customers", tenant, world.customers(), MasterDataWriter::customer);
        table(dir, "teams", tenant, catalogue.teams(), MasterDataWriter::team);
        table(dir, "engineers", tenant, world.engineers(), MasterDataWriter::engineer);
        table(
                dir,
                "fault_catalogue",
                tenant,
                catalogue.faults(),
                f -> F.objectNode()
                        .put("fault_code", f.code())
                        .put("domain", f.domain().name())
                        .put("zh", f.zh())
                        .put("en", f.en())
                        .<ObjectNode>set("symptoms", MAPPER.valueToTree(f.symptoms()))
                        .set("parts", MAPPER.valueToTree(f.parts())));
        table(
                dir,
                "symptoms",
                tenant,
                catalogue.symptoms(),
                s -> F.objectNode().put("code", s.code()).put("zh", s.zh()).put("en", s.en()));
        table(
                dir,
                "products",
                tenant,
                catalogue.products(),
                p -> F.objectNode()
                        .put("product_model", p.code())
                        .put("zh", p.zh())
                        .put("en", p.en())
                        .set("firmware", MAPPER.valueToTree(p.firmware().keySet())));
        table(
                dir,
                "parts_stock",
                tenant,
                world.partsStock(),
                s -> F.objectNode()
                        .put("part_no", s.partNo())
                        .put("depot_id", s.depot().id())
                        .put("depot_zh", s.depot().zh())
                        .put(
                                "region",
                                s.depot().region() == null
                                        ? null
                                        : s.depot().region().zh())
                        .put("quantity", s.quantity()));
    }

    private static ObjectNode site(Site s) {
        return F.objectNode()
                .put("site_id", s.siteId())
                .put("name", s.name())
                .put("kind", s.kind().code())
                .put("kind_zh", s.kind().zh())
                .put("region", s.region().zh())
                .put("city", s.city().zh())
                .put("district", s.district());
    }

    private static ObjectNode device(Device d) {
        return F.objectNode()
                .put("device_sn", d.sn())
                .put("product_model", d.product().code())
                .put("batch", d.batch())
                .put("production_date", d.productionDate().toString())
                .put("firmware", d.firmware())
                .put("customer_id", d.customer().customerId())
                .put("site_id", d.customer().site().siteId());
    }

    private static ObjectNode customer(Customer c) {
        return F.objectNode()
                .put("customer_id", c.customerId())
                .put("kind", c.kind())
                .put("phone", c.phone())
                .put("site_id", c.site().siteId())
                .put("city", c.site().city().zh())
                .put("region", c.site().region().zh())
                .put("devices", c.devices().size());
    }

    private static ObjectNode team(Catalogue.TeamSpec t) {
        return F.objectNode()
                .put("team_id", t.id())
                .put("zh", t.zh())
                .put("en", t.en())
                .put("stage", t.stage().name())
                .put("domain", t.domain() == null ? null : t.domain().name())
                .put("region", t.region() == null ? null : t.region().zh());
    }

    private static ObjectNode engineer(Engineer e) {
        return F.objectNode()
                .put("engineer_id", e.engineerId())
                .put("name", e.name())
                .put("team_id", e.team().id())
                .put("stage", e.team().stage().name())
                .put("region", e.region().zh())
                .set("skills", MAPPER.valueToTree(e.skills()));
    }

    private static <T> void table(Path dir, String name, String tenant, List<T> rows, Function<T, ObjectNode> toJson) {
        try (OutputStream out = GzipFiles.create(dir.resolve(name + ".ndjson.gz"))) {
            for (T row : rows) {
                ObjectNode node = F.objectNode().put("tenant_id", tenant);
                node.setAll(toJson.apply(row));
                out.write(MAPPER.writeValueAsBytes(node));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name + " of " + tenant, e);
        }
    }
}
