package jo.gov.mol.dwr.registry.linkage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The name parts of each nationality, from {@code names-by-nationality.txt}. */
record NameParts(List<String> female, List<String> male, List<String> surnames) {

    static Map<String, NameParts> load() {
        Map<String, Map<String, List<String>>> parts = new HashMap<>();
        try (var in = new BufferedReader(new InputStreamReader(
                NameParts.class.getResourceAsStream("names-by-nationality.txt"), StandardCharsets.UTF_8))) {
            in.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                String[] cells = line.split(";");
                parts.computeIfAbsent(cells[0], any -> new HashMap<>()).put(cells[1], Arrays.asList(cells[2].split(",")));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, NameParts> byNationality = new HashMap<>();
        parts.forEach((nationality, part) -> byNationality.put(nationality,
                new NameParts(part.get("female"), part.get("male"), part.get("surname"))));
        return byNationality;
    }
}
