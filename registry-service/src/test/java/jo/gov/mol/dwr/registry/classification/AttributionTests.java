package jo.gov.mol.dwr.registry.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;

/** Events count for the office named on them, or else for the office of the worker's latest request before them. */
class AttributionTests {
    private static final Attribution REQUESTS = new Attribution(List.of(
            request("PHL:P1", "RO-0001", LocalDate.of(2025, 1, 10)),
            request("PHL:P1", "RO-0002", LocalDate.of(2026, 3, 1)),
            request("PHL:P2", "RO-0003", LocalDate.of(2026, 5, 1))));

    @Test
    void anEventCountsForTheOfficeNamedOnIt() {
        assertThat(REQUESTS.officeOf(new OfficeEvent("RO-0009", "PHL:P1", LocalDate.of(2026, 4, 1), true)))
                .contains("RO-0009");
    }

    @Test
    void anEventNamingNoOfficeCountsForTheOfficeOfTheWorkersLatestRequestBeforeIt() {
        assertThat(REQUESTS.officeOf(event("PHL:P1", LocalDate.of(2026, 2, 28)))).contains("RO-0001");
        assertThat(REQUESTS.officeOf(event("PHL:P1", LocalDate.of(2026, 3, 1)))).as("a request of the same day")
                .contains("RO-0002");
        assertThat(REQUESTS.officeOf(event("PHL:P1", LocalDate.of(2026, 9, 1)))).contains("RO-0002");
    }

    @Test
    void anEventBeforeAnyRequestOfTheWorkerCountsForNoOffice() {
        assertThat(REQUESTS.officeOf(event("PHL:P2", LocalDate.of(2026, 4, 30)))).isEmpty();
        assertThat(REQUESTS.officeOf(event("PHL:P7", LocalDate.of(2026, 4, 30)))).isEmpty();
    }

    private static OfficeEvent event(String passportKey, LocalDate on) {
        return new OfficeEvent(null, passportKey, on, true);
    }

    private static RequestOnRecord request(String passportKey, String licenceNo, LocalDate on) {
        return new RequestOnRecord(passportKey, licenceNo, on.atTime(9, 30).atZone(CanonicalEvent.AMMAN).toInstant());
    }
}
