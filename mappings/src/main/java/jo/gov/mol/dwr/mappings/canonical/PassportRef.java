package jo.gov.mol.dwr.mappings.canonical;

import java.util.Objects;

/** A passport as records name a person by it: the issuing state and the number. */
public record PassportRef(CountryCode issuingState, PassportNo number) {
    public PassportRef {
        Objects.requireNonNull(issuingState, "issuingState");
        Objects.requireNonNull(number, "number");
    }

    /** The key under which events about this passport are kept in order: issuing state and folded number. */
    public String key() {
        return issuingState.value() + ":" + number.folded();
    }
}
