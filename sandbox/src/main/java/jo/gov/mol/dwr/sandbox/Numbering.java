package jo.gov.mol.dwr.sandbox;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jo.gov.mol.dwr.sandbox.embassy.EmbassyRecordPlan;
import jo.gov.mol.dwr.sandbox.mol.MolNames;

/**
 * The simulated systems' registers of numbers: every system numbers its own business ids per year, in the forms of
 * interfaces.md, and no two people share a passport number or a national number. The MoL stream and the nation
 * both draw from one, each with its own seeded random.
 */
public final class Numbering {
    private final Random random;
    private final Set<String> used = new HashSet<>();
    private final Map<String, Integer> sequences = new HashMap<>();

    public Numbering(Random random) {
        this.random = random;
    }

    public String messageId() {
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb).toString();
    }

    public String requestId(int year) {
        return "MOL-REQ-%d-%06d".formatted(year, next("REQ" + year));
    }

    public String approvalNo(int year) {
        return "MOI-APR-%d-%06d".formatted(year, next("APR" + year));
    }

    public String permitNo(int year) {
        return "WP-%d-%07d".formatted(year, next("WP" + year));
    }

    public String transferId(int year) {
        return "TRF-%d-%06d".formatted(year, next("TRF" + year));
    }

    public String complaintId(int year) {
        return "CMP-%d-%06d".formatted(year, next("CMP" + year));
    }

    public String reportId(int year) {
        return "ABS-%d-%06d".formatted(year, next("ABS" + year));
    }

    public String embassyReference(String embassy, boolean attestation, int year) {
        return EmbassyRecordPlan.reference(embassy, attestation, year, next(embassy + attestation + year));
    }

    public String licenceNo() {
        return unique(() -> "RO-%04d".formatted(1 + random.nextInt(9999)));
    }

    public String passportNo(String nationality) {
        return unique(() -> MolNames.passportNo(random, nationality));
    }

    public String nationalId() {
        return unique(() -> (random.nextInt(100) < 75 ? "9" : "2") + "%09d".formatted(random.nextInt(1_000_000_000)));
    }

    public String personId() {
        return "N-%06d".formatted(next("person"));
    }

    private String unique(Supplier<String> candidate) {
        String value;
        do {
            value = candidate.get();
        } while (!used.add(value));
        return value;
    }

    private int next(String sequence) {
        return sequences.merge(sequence, 1, Integer::sum);
    }
}
