package jo.gov.mol.dwr.sandbox.embassy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import jo.gov.mol.dwr.mappings.canonical.ContractAttested;
import jo.gov.mol.dwr.mappings.canonical.WelfareCaseRecorded;
import jo.gov.mol.dwr.mappings.embassy.PhlEvents;
import jo.gov.mol.dwr.mappings.embassy.PhlMessage;
import jo.gov.mol.dwr.mappings.validation.InvalidMessageException;

class PhlEventTests {
    private static final List<PlannedRecord> EVENTS = EmbassyRecordPlanTests.plan().stream()
            .filter(r -> r.embassy().equals("PHL")).toList();

    @Test
    void everyEventIsReadByTheContractAsTheRecordItStandsFor() {
        assertThat(EVENTS).isNotEmpty().allSatisfy(record -> {
            PhlMessage read = PhlEvents.read(PhlEvent.body(record));

            assertThat(read.eventId()).isEqualTo(record.eventId().toString());
            assertThat(read.event().reference()).isEqualTo(record.reference());
            assertThat(read.event().businessTime()).isEqualTo(record.occurredAt().toInstant());
            if (read.event() instanceof ContractAttested attested) {
                assertThat(attested.salary().amount()).isEqualByComparingTo(record.salary());
                assertThat(attested.status()).isEqualTo(record.status());
                assertThat(attested.reason()).isEqualTo(record.reason());
                assertThat(attested.worker().birthDate()).isEqualTo(record.worker().birthDate());
            } else {
                assertThat(((WelfareCaseRecorded) read.event()).category()).isEqualTo(record.category());
            }
        });
    }

    @Test
    void splitsTheNameIntoLastFirstAndMiddleAsTheEmbassyKeepsIt() {
        PlannedRecord withMiddleName = EVENTS.stream().filter(r -> r.middleName() != null).findFirst().orElseThrow();

        var worker = PhlEvent.json(withMiddleName).get("worker");

        assertThat(worker.get("lastName").asText()).isEqualTo(withMiddleName.worker().surname());
        assertThat(worker.get("firstName").asText()).isEqualTo(withMiddleName.worker().givenNames());
        assertThat(worker.get("middleName").asText()).isEqualTo(withMiddleName.middleName());
        assertThat(PhlEvent.json(withMiddleName).get("occurredAt").asText()).endsWith("+03:00");
    }

    @ParameterizedTest
    @EnumSource(PhlDefect.class)
    void aBrokenEventIsRefusedNamingTheDefectsPointerOnly(PhlDefect defect) {
        InvalidMessageException refused = catchThrowableOfType(InvalidMessageException.class,
                () -> PhlEvents.read(PhlEvent.broken(EVENTS.get(0), defect)));

        assertThat(refused.errors()).isNotEmpty().allSatisfy(error -> assertThat(error.field()).isEqualTo(defect.pointer()));
    }
}
