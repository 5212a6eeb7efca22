package io.ticketradar.pipelines.duplicates;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.ticketradar.pipelines.duplicates.Tickets.identities;
import static io.ticketradar.pipelines.duplicates.Tickets.ofTenant;
import static io.ticketradar.pipelines.duplicates.Tickets.ticket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DuplicateRuleTest {

    @Test
    void sameCustomerDeviceAndPhone_overlappingSymptoms_within72h_isADuplicateWithItsEvidence() {
        Evidence evidence = DuplicateRule.match(ticket("A", 0, "S01", "S02"), ticket("B", 10.5, "S02", "S03"))
                .orElseThrow();

        assertEquals(List.of("customer_id", "customer_phone", "device_sn"), evidence.matchedKeys());
        assertEquals(List.of("S02"), evidence.sharedSymptoms());
        assertEquals(null, evidence.sharedFaultCode());
        assertEquals(10.5, evidence.hoursApart(), 1e-9);
    }

    @Test
    void anyOneSharedKeySuffices_thePhoneComparedByItsDigits() {
        TicketSnapshot a = ticket("A", 0, "S01");
        assertEquals(
                List.of("customer_id"),
                DuplicateRule.match(a, identities(ticket("B", 1, "S01"), "C-1", null, "SN-2"))
                        .orElseThrow()
                        .matchedKeys());
        assertEquals(
                List.of("customer_phone"),
                DuplicateRule.match(a, identities(ticket("B", 1, "S01"), "C-9", "138-1234 5678", "SN-2"))
                        .orElseThrow()
                        .matchedKeys());
        assertEquals(
                List.of("device_sn"),
                DuplicateRule.match(a, identities(ticket("B", 1, "S01"), "C-9", "", "SN-1"))
                        .orElseThrow()
                        .matchedKeys());
        assertTrue(
                DuplicateRule.match(a, identities(ticket("B", 1, "S01"), "C-9", "139", "SN-2"))
                        .isEmpty(),
                "nothing shared");
        assertTrue(
                DuplicateRule.match(identities(a, null, null, null), identities(ticket("B", 1, "S01"), null, "", null))
                        .isEmpty(),
                "unknown is not the same");
    }

    @Test
    void exactly72hApartIsWithin_aMillisecondMoreIsNot() {
        assertTrue(DuplicateRule.match(ticket("A", 0, "S01"), ticket("B", 72, "S01"))
                .isPresent());
        TicketSnapshot later = new TicketSnapshot(
                Tickets.TENANT,
                "B",
                Tickets.at(72) + 1,
                "C-1",
                "13812345678",
                "SN-1",
                List.of("S01"),
                null,
                Long.MIN_VALUE,
                TicketSnapshot.NEVER,
                TicketSnapshot.NEVER,
                null);
        assertTrue(DuplicateRule.match(ticket("A", 0, "S01"), later).isEmpty());
        assertTrue(DuplicateRule.match(later, ticket("A", 0, "S01")).isEmpty(), "either order");
    }

    @Test
    void theSameFaultCodeMatchesWithoutACommonSymptom_noOverlapAndNoCodeDoesNot() {
        TicketSnapshot a = ticket("A", 0, "S01").withFaultCode("HV-OBC-01", Tickets.at(0));
        TicketSnapshot b = ticket("B", 5, "S07");
        assertTrue(DuplicateRule.match(a, b).isEmpty(), "no common symptom, B not yet diagnosed");

        Evidence evidence = DuplicateRule.match(a, b.withFaultCode("HV-OBC-01", Tickets.at(8)))
                .orElseThrow();
        assertEquals("HV-OBC-01", evidence.sharedFaultCode());
        assertEquals(List.of(), evidence.sharedSymptoms());
        assertTrue(
                DuplicateRule.match(a, b.withFaultCode("LV-CAN-03", Tickets.at(8)))
                        .isEmpty(),
                "different codes");
    }

    @Test
    void anotherTenantsTicketIsNeverADuplicate_evenWithTheSamePhoneAndDevice() {
        assertTrue(DuplicateRule.match(ticket("A", 0, "S01"), ofTenant(ticket("B", 1, "S01"), "tenant-b"))
                .isEmpty());
    }

    @Test
    void aTicketResolvedOrClosedBeforeTheMatchNeverMatches_aMergedOneStillLinks() {
        TicketSnapshot a = ticket("A", 0, "S01");
        TicketSnapshot b = ticket("B", 1, "S01");
        assertTrue(DuplicateRule.match(a.closedAt(Tickets.at(0.5)), b).isEmpty(), "closed before B came");
        assertTrue(DuplicateRule.match(a.closedAt(Tickets.at(1)), b).isEmpty(), "closed as B came");
        assertTrue(DuplicateRule.match(a.closedAt(Tickets.at(2)), b).isPresent(), "closed after: it was open then");
        assertTrue(DuplicateRule.match(a.mergedAt(Tickets.at(0.5), "Z"), b).isPresent());
        assertTrue(DuplicateRule.match(a, a).isEmpty(), "a ticket is not its own duplicate");
    }

    @Test
    void aMatchByFaultCodeHappensAtTheDiagnosis_whenBothMustStillBeOpen() {
        TicketSnapshot a = ticket("A", 0, "S01").withFaultCode("HV-OBC-01", Tickets.at(1));
        TicketSnapshot b = ticket("B", 5, "S07").withFaultCode("HV-OBC-01", Tickets.at(30));
        assertEquals(Tickets.at(30), DuplicateRule.pair(a, b).orElseThrow().matchedAt());
        assertTrue(DuplicateRule.pair(a.closedAt(Tickets.at(20)), b).isEmpty(), "A was resolved before B's diagnosis");
    }

    @Test
    void aPairComesInCreationOrder() {
        DuplicatePair pair =
                DuplicateRule.pair(ticket("B", 3, "S01"), ticket("A", 0, "S01")).orElseThrow();
        assertEquals("A", pair.earlier().ticketId());
        assertEquals("B", pair.later().ticketId());
    }
}
