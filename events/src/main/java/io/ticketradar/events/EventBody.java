package io.ticketradar.events;

import java.util.List;

/**
 * The type-specific fields of an event (DOMAIN.md §3), typed. Components are camelCase here and
 * snake_case on the wire ({@code ambientTempC} is {@code ambient_temp_c}); nullable fields are boxed
 * and null when absent. Read one with {@link EventCodec#body(Event)}, write one with
 * {@link EventCodec#newEvent}.
 */
public sealed interface EventBody {

    /** The event type this body belongs to. */
    default EventType type() {
        return EventType.of(this);
    }

    /**
     * @param symptoms    symptom codes from the catalogue
     * @param faultCode   null until diagnosed
     * @param description free text, zh or en; never null (an absent description reads as "")
     */
    record TicketCreated(
            Channel channel,
            String customerId,
            String customerPhone,
            String deviceSn,
            String productModel,
            String siteId,
            String region,
            List<String> symptoms,
            String faultCode,
            String description,
            Double ambientTempC,
            Priority priority)
            implements EventBody {
        public TicketCreated {
            symptoms = List.copyOf(symptoms);
            description = description == null ? "" : description;
        }
    }

    /** @param auto true when the dispatch rules assigned it, false when a person did */
    record TicketAssigned(String assigneeId, String teamId, Stage stage, boolean auto) implements EventBody {}

    /** @param diagnostic true when the response contained a diagnostic action, not just "received" */
    record FirstResponse(String responderId, boolean diagnostic) implements EventBody {}

    record StageChanged(Stage fromStage, Stage toStage) implements EventBody {}

    record FaultDiagnosed(String faultCode, TechnicalDomain domain) implements EventBody {}

    record TicketResolved(String resolutionCode, int fieldVisits) implements EventBody {}

    record TicketClosed() implements EventBody {}

    record TicketReopened(String reason) implements EventBody {}

    /** A secondary complaint about a ticket. */
    record CustomerComplaint() implements EventBody {}

    /** Written by the product when it merges a duplicate into another ticket. */
    record TicketMerged(String intoTicketId) implements EventBody {}

    /** @param ambientTempC null when not measured */
    record RepairRecorded(
            String repairId,
            String deviceSn,
            String engineerId,
            String faultCode,
            String rootCause,
            List<String> parts,
            String firmware,
            Double ambientTempC,
            int laborMin,
            RepairOutcome outcome,
            List<String> photoLabels)
            implements EventBody {
        public RepairRecorded {
            parts = List.copyOf(parts);
            photoLabels = List.copyOf(photoLabels);
        }
    }

    /**
     * A device of the maker's installed base (master data): what it is, from which batch and when it was built,
     * and the firmware it runs as far as the maker knows. Re-sent whenever that changes; the newest wins.
     *
     * @param batch          the production batch; when null, the first 4 characters of the SN name it
     * @param productionDate ISO date, null when unknown
     * @param firmware       null when unknown
     */
    record DeviceRegistered(
            String deviceSn,
            String productModel,
            String batch,
            String productionDate,
            String firmware,
            String customerId,
            String siteId)
            implements EventBody {}

    /**
     * A code of the maker's catalogues (master data) and what it is called: a fault code with its technical domain,
     * a symptom, a part or a product model. Descriptions of patterns use the names.
     *
     * @param domain HV, LV or SW for a fault; null otherwise
     */
    record CodeDefined(CatalogueKind kind, String code, String zh, String en, TechnicalDomain domain)
            implements EventBody {}

    /**
     * An engineer of the tenant (master data): the team they belong to and what they know, which dispatch matches
     * against its rules. Re-sent whenever that changes; the newest wins.
     *
     * @param skills free codes such as {@code HV} or {@code german-vehicle-protocols}
     * @param region null when the engineer serves every region
     */
    record EngineerRegistered(String engineerId, String teamId, List<String> skills, String region)
            implements EventBody {
        public EngineerRegistered {
            skills = List.copyOf(skills);
        }
    }

    /**
     * How many of a spare part a depot holds now (master data {@code parts_stock}): the level, not a change, so the
     * newest record per part and depot is the whole truth. Dispatch blocks a ticket whose part no depot holds.
     *
     * @param region the depot's region, null for a central depot
     */
    record PartStocked(String partNo, String depotId, int quantity, String region) implements EventBody {}
}
