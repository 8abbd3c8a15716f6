package jo.gov.mol.dwr.registry.employer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.canonical.NationalId;
import jo.gov.mol.dwr.registry.source.Provenance;

class EmployerTests {
    static final Instant SENT = Instant.parse("2026-03-01T06:00:00Z");
    static final NationalId NATIONAL_ID = NationalId.of("9871234567");

    @Test
    void leavesTheRowAsItIsForALaterRequestThatDescribesTheEmployerAlike() {
        Provenance first = sent(SENT);
        Employer employer = Employer.describedBy(described("KHALED AL-MASRI"), first);

        employer.describe(described("KHALED AL-MASRI"), sent(SENT.plusSeconds(60)));

        assertThat(employer.describedBy()).isEqualTo(first);
    }

    @Test
    void takesTheDescriptionSentLast() {
        Employer employer = Employer.describedBy(described("KHALED AL-MASRI"), sent(SENT));
        Provenance renamed = sent(SENT.plusSeconds(60));

        employer.describe(described("KHALED AL MASRI"), renamed);
        employer.describe(described("KHALED"), sent(SENT.plusSeconds(30)));

        assertThat(employer.describedBy()).isEqualTo(renamed);
    }

    private static jo.gov.mol.dwr.mappings.canonical.Employer described(String name) {
        return new jo.gov.mol.dwr.mappings.canonical.Employer(NATIONAL_ID, name, "AMMAN");
    }

    private static Provenance sent(Instant sentAt) {
        return new Provenance(UUID.randomUUID(), sentAt, sentAt.plusMillis(250));
    }
}
