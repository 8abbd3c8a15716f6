package jo.gov.mol.dwr.sandbox.embassy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.sandbox.CrossingFact;

/**
 * The other embassies' side of the notices (interfaces.md 4b, 4c): the files {@code NOTICES_<yyyyMMdd>_<seq>.csv}
 * that the hub writes into {@code <hub.embassies.outbox>/<ISO3>/}, read as an embassy would pick them up. Files still
 * under a temporary name are left alone; a row that cannot be read is counted as unreadable, not guessed at.
 */
@Component
public class EmbassyOutbox {
    private static final Pattern NOTICES = Pattern.compile("NOTICES_\\d{8}_\\d+\\.csv");
    private static final Pattern EMBASSY = Pattern.compile("[A-Z]{3}");
    private static final List<String> HEADER = List.of("notice_id", "type", "passport_no", "occurred_at", "crossing_point");
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    /**
     * What lies in the outbox, at one moment.
     *
     * @param files      complete notice files by embassy
     * @param rows       rows by embassy and type (ARRIVAL, DEPARTURE)
     * @param repeats    rows whose notice id an earlier row already had
     * @param unreadable rows (or whole files) that do not follow the contract
     * @param facts      the crossings told of, one per distinct notice id
     */
    public record Contents(Map<String, Long> files, Map<String, Map<String, Long>> rows, long repeats, long unreadable,
                           Set<CrossingFact> facts) {
    }

    private final Path outbox;

    EmbassyOutbox(@Value("${hub.embassies.outbox}") Path outbox) {
        this.outbox = outbox;
    }

    public Contents read() {
        Map<String, Long> files = new TreeMap<>();
        Map<String, Map<String, Long>> rows = new TreeMap<>();
        Map<String, CrossingFact> notices = new HashMap<>();
        long repeats = 0;
        long unreadable = 0;
        for (Path file : noticeFiles()) {
            String embassy = file.getParent().getFileName().toString();
            files.merge(embassy, 1L, Long::sum);
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = CSV.parse(in)) {
                if (!parser.getHeaderNames().equals(HEADER)) {
                    unreadable++;
                    continue;
                }
                for (CSVRecord row : parser) {
                    CrossingFact fact;
                    try {
                        fact = CrossingFact.ofNotice(row.get("type"), row.get("passport_no"), embassy,
                                row.get("crossing_point"), instant(row.get("occurred_at")));
                    } catch (RuntimeException e) {
                        unreadable++;
                        continue;
                    }
                    rows.computeIfAbsent(embassy, e -> new TreeMap<>()).merge(row.get("type"), 1L, Long::sum);
                    if (notices.putIfAbsent(row.get("notice_id"), fact) != null) {
                        repeats++;
                    }
                }
            } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
                unreadable++;
            }
        }
        return new Contents(files, rows, repeats, unreadable, new LinkedHashSet<>(notices.values()));
    }

    /**
     * The complete notice files, by name only: the hub renames its {@code .part} files meanwhile, and a walk that
     * looked at their attributes would trip over one that has just gone.
     */
    private List<Path> noticeFiles() {
        if (!Files.isDirectory(outbox)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> embassies = Files.newDirectoryStream(outbox, Files::isDirectory)) {
            for (Path embassy : embassies) {
                if (!EMBASSY.matcher(embassy.getFileName().toString()).matches()) {
                    continue;
                }
                try (DirectoryStream<Path> files = Files.newDirectoryStream(embassy, "NOTICES_*.csv")) {
                    files.forEach(file -> {
                        if (NOTICES.matcher(file.getFileName().toString()).matches()) {
                            found.add(file);
                        }
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the embassy outbox " + outbox, e);
        }
        found.sort(null);
        return found;
    }

    /** ISO-8601 with its offset, as the conventions say; an Amman wall-clock time, as the border's files have it, too. */
    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException notIso) {
            return LocalDateTime.parse(text, LOCAL_TIME).atZone(CanonicalEvent.AMMAN).toInstant();
        }
    }
}
