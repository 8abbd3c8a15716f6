package jo.gov.mol.dwr.registry.linkage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One record of the Febrl benchmark. {@code soc_sec_id} is not read at all (it stands for a renewed document number);
 * {@code recId} is the truth and only {@link #person()} reads it, for scoring.
 */
record FebrlRecord(String recId, String givenName, String surname, String streetNumber, String address1,
                   String address2, String suburb, String postcode, String state, String dateOfBirth) {

    static List<FebrlRecord> read(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.skip(1).filter(line -> !line.isBlank()).map(FebrlRecord::parse).toList();
        }
    }

    /** Febrl writes no quotes and no commas inside values, only ", " between them. */
    private static FebrlRecord parse(String line) {
        String[] v = line.split(",", -1);
        for (int i = 0; i < v.length; i++) {
            v[i] = v[i].strip();
        }
        return new FebrlRecord(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9]);
    }

    /** The person behind the record: {@code rec-N-org} and {@code rec-N-dup-K} are one. */
    String person() {
        return recId.substring(0, recId.indexOf('-', 4));
    }
}
