package jo.gov.mol.dwr.mappings.canonical;

import java.util.Objects;

/** An employer as a recruitment request describes them. */
public record Employer(NationalId nationalId, String name, String governorate) {
    public Employer {
        Objects.requireNonNull(nationalId, "nationalId");
    }
}
