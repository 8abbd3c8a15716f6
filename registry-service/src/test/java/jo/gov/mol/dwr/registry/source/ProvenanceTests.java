package jo.gov.mol.dwr.registry.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ProvenanceTests {
    private static final Instant NOON = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void aVersionSentLaterSupersedesWhateverItsArrival() {
        Provenance current = sent(NOON, NOON.plusSeconds(60));

        assertThat(sent(NOON.plusSeconds(1), NOON).supersedes(current)).isTrue();
        assertThat(sent(NOON.minusSeconds(1), NOON.plusSeconds(3600)).supersedes(current)).isFalse();
    }

    @Test
    void aTieOnSentAtGoesToTheLaterArrival() {
        Provenance current = sent(NOON, NOON.plusSeconds(60));

        assertThat(sent(NOON, NOON.plusSeconds(61)).supersedes(current)).isTrue();
        assertThat(sent(NOON, NOON.plusSeconds(59)).supersedes(current)).isFalse();
        assertThat(sent(NOON, NOON.plusSeconds(60)).supersedes(current)).as("arrived here later").isTrue();
    }

    @Test
    void takesEffectOnTheAmmanDateOfItsSentAt() {
        assertThat(sent(Instant.parse("2026-03-01T21:30:00Z"), NOON).effectiveOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(sent(Instant.parse("2026-03-01T20:59:59Z"), NOON).effectiveOn()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    private static Provenance sent(Instant sentAt, Instant receivedAt) {
        return new Provenance(UUID.randomUUID(), sentAt, receivedAt);
    }
}
