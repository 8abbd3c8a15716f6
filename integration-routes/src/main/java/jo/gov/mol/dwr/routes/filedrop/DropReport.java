package jo.gov.mol.dwr.routes.filedrop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import jo.gov.mol.dwr.mappings.validation.ValidationError;

/**
 * A file's report (interfaces.md, file drops): {@code line,field,code,reason}, one row per problem of a refused
 * record, or the problems of a file refused whole on line 0. A file without problems has a report of its header.
 */
final class DropReport {
    static final String SUFFIX = ".report.csv";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader("line", "field", "code", "reason").get();

    private final List<Object[]> rows = new ArrayList<>();

    void add(long line, List<ValidationError> errors) {
        errors.forEach(e -> rows.add(new Object[] {line, e.field(), e.code().code(), e.reason()}));
    }

    /** Writes {@code <name>.report.csv} into the folder, creating the folder when needed. */
    void writeInto(Path folder, String name) {
        try {
            Files.createDirectories(folder);
            try (Writer out = Files.newBufferedWriter(folder.resolve(name + SUFFIX), StandardCharsets.UTF_8);
                 CSVPrinter printer = FORMAT.print(out)) {
                printer.printRecords(rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report of " + name, e);
        }
    }
}
