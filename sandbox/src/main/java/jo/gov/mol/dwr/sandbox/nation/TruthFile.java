package jo.gov.mol.dwr.sandbox.nation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The ground truth as a JSON file in the data directory ({@code truth.json}), for any tool that judges the registry:
 * {@code persons[]} ({@code personId}, {@code nationality}, {@code passportNos[]}, {@code records[]} of
 * {@code system}, {@code id}, {@code kind}), {@code flags[]} ({@code rule}, {@code personId}, {@code nationality},
 * {@code passportNo}, {@code episode}), {@code badOffices[]} (licence numbers), {@code anomalies} (how many workers
 * carry each), and the {@code seed}, {@code workers}, {@code start} and {@code end} it was drawn with.
 */
public final class TruthFile {
    public static final String NAME = "truth.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TruthFile() {
    }

    public static Path write(Truth truth, Path directory) {
        Path file = directory.resolve(NAME);
        try {
            Files.createDirectories(directory);
            JSON.writeValue(file.toFile(), truth);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the truth to " + file, e);
        }
        return file;
    }

    public static Truth read(Path file) {
        try {
            return JSON.readValue(file.toFile(), Truth.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the truth from " + file, e);
        }
    }
}
