package jo.gov.mol.dwr.sandbox;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One folder of the hub's inbox, as the outside system that drops files into it sees it (interfaces.md conventions,
 * file drops): a file is written as {@code <name>.part} and renamed when complete, so that the hub never reads half
 * of it; the hub then moves it to {@code done/} or, refused whole, to {@code rejected/}, with
 * {@code <name>.report.csv} beside it.
 */
public final class DropFolder {
    private static final String DONE = "done";
    private static final String REJECTED = "rejected";
    private static final String REPORT = ".report.csv";
    private static final CSVFormat REPORT_FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    /** One row of a report: a problem of the record starting at {@code line}, or of the whole file at line 0. */
    public record ReportRow(long line, String field, String code, String reason) {
    }

    private final Path folder;

    public DropFolder(Path folder) {
        this.folder = folder;
    }

    public Path path() {
        return folder;
    }

    /** Drops a complete file: written under {@code <name>.part}, then renamed in one step. */
    public void drop(String name, byte[] content) {
        Path part = folder.resolve(name + ".part");
        try {
            Files.createDirectories(folder);
            Files.write(part, content);
            Files.move(part, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot drop " + name + " into " + folder, e);
        }
    }

    /** Where the hub has put these files so far. */
    public InboxState whereabouts(List<String> names) {
        int loaded = 0;
        int rejected = 0;
        int waiting = 0;
        for (String name : names) {
            if (Files.exists(folder.resolve(DONE).resolve(name))) {
                loaded++;
            } else if (Files.exists(folder.resolve(REJECTED).resolve(name))) {
                rejected++;
            } else {
                waiting++;
            }
        }
        return new InboxState(loaded, rejected, waiting);
    }

    /** Whether the hub has taken the file from the inbox (to {@code done/} or {@code rejected/}). */
    public boolean isTaken(String name) {
        return whereabouts(List.of(name)).waiting() == 0;
    }

    /**
     * The hub's report of a file it has taken, row by row; empty while there is none (the file not yet taken, or a
     * report of its header only).
     */
    public List<ReportRow> report(String name) {
        for (String moved : List.of(DONE, REJECTED)) {
            Path report = folder.resolve(moved).resolve(name + REPORT);
            if (Files.exists(report)) {
                return read(report);
            }
        }
        return List.of();
    }

    private static List<ReportRow> read(Path report) {
        List<ReportRow> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(report, StandardCharsets.UTF_8); CSVParser parser = REPORT_FORMAT.parse(in)) {
            for (CSVRecord row : parser) {
                rows.add(new ReportRow(Long.parseLong(row.get("line")), row.get("field"), row.get("code"), row.get("reason")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report " + report, e);
        }
        return rows;
    }
}
