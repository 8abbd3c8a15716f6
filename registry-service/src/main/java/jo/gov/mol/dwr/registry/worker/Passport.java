package jo.gov.mol.dwr.registry.worker;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.PassportNo;
import jo.gov.mol.dwr.mappings.canonical.PassportRef;

/**
 * A passport as a record names it: the issuing state, the number as the source gave it, and the key on which
 * records join their worker (issuing state and folded number, {@link PassportRef#key()}).
 */
@Embeddable
public record Passport(@Column(name = "issuing_state", length = 3, nullable = false) String issuingState,
                       @Column(name = "passport_no", length = 20, nullable = false) String number,
                       @Column(name = "passport_key", length = 30, nullable = false) String key) {

    public static Passport of(PassportRef passport) {
        return new Passport(passport.issuingState().value(), passport.number().value(), passport.key());
    }

    /** The passport as the record named it. */
    public PassportRef ref() {
        return new PassportRef(CountryCode.of(issuingState), PassportNo.of(number));
    }
}
