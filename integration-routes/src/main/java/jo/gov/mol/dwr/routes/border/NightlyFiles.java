package jo.gov.mol.dwr.routes.border;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.BorderCrossed;
import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.mappings.validation.InvalidMessageException;
import jo.gov.mol.dwr.mappings.validation.ValidationError;
import jo.gov.mol.dwr.routes.intake.Acceptance;
import jo.gov.mol.dwr.routes.intake.IntakeRoutes;
import jo.gov.mol.dwr.routes.intake.Submission;
import jo.gov.mol.dwr.routes.refusal.DeadLetterStore;
import jo.gov.mol.dwr.routes.refusal.Origin;

/**
 * Loads a nightly crossings file: each good row into intake (a row whose crossing came in real time already is a
 * duplicate and changes nothing), each bad row (a row of another crossing point among them) reported with its line
 * and kept as a dead letter, the whole file
 * refused when its trailer does not count its rows. Writes {@code <name>.report.csv} into the folder the file is
 * moved to: {@code done/}, or {@code rejected/} for a file refused whole (interfaces.md, file drops).
 */
@Component
class NightlyFiles {
    static final String FOLDER = "dwrFolder";
    static final String ACCOUNT = "border-files";
    private static final Logger LOG = LoggerFactory.getLogger(NightlyFiles.class);

    private final ProducerTemplate producer;
    private final DeadLetterStore deadLetters;

    NightlyFiles(ProducerTemplate producer, DeadLetterStore deadLetters) {
        this.producer = producer;
        this.deadLetters = deadLetters;
    }

    void load(Exchange exchange) {
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        Path inbox = Path.of(exchange.getMessage().getHeader(Exchange.FILE_PARENT, String.class));
        String content = exchange.getMessage().getBody(String.class);
        List<String[]> report = new ArrayList<>();
        NightlyFile file;
        try {
            file = NightlyFile.parse(name, content);
        } catch (InvalidMessageException refused) {
            refused.errors().forEach(e -> report.add(line(0, e)));
            deadLetters.keep(SourceSystem.BORDER, ACCOUNT, null, Origin.file(name), refused.errors(),
                    content.getBytes(StandardCharsets.UTF_8));
            finish(exchange, inbox, name, "rejected", report);
            return;
        }
        int accepted = 0;
        int duplicates = 0;
        for (NightlyFile.Row row : file.rows()) {
            try {
                BorderCrossed crossing = file.crossingOf(row);
                Submission submission = new Submission(SourceSystem.BORDER, ACCOUNT, crossing.reference(), null, crossing,
                        row.text().getBytes(StandardCharsets.UTF_8));
                Acceptance acceptance = producer.requestBody(IntakeRoutes.ACCEPT, submission, Acceptance.class);
                if (acceptance.status() == Acceptance.Status.ACCEPTED) {
                    accepted++;
                } else {
                    duplicates++;
                }
            } catch (InvalidMessageException refused) {
                refused.errors().forEach(e -> report.add(line(row.line(), e)));
                deadLetters.keep(SourceSystem.BORDER, ACCOUNT, row.columns().eventId(), Origin.row(name, row.line()),
                        refused.errors(), row.text().getBytes(StandardCharsets.UTF_8));
            }
        }
        LOG.info("border file={} rows={} accepted={} duplicate={} refused={}", name, file.rows().size(), accepted,
                duplicates, file.rows().size() - accepted - duplicates);
        finish(exchange, inbox, name, "done", report);
    }

    private static String[] line(long line, ValidationError error) {
        return new String[] {Long.toString(line), error.field(), error.code().code(), error.reason()};
    }

    private static void finish(Exchange exchange, Path inbox, String name, String folder, List<String[]> report) {
        Path directory = inbox.resolve(folder);
        try {
            Files.createDirectories(directory);
            try (Writer out = Files.newBufferedWriter(directory.resolve(name + ".report.csv"), StandardCharsets.UTF_8);
                 CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader("line", "field", "code", "reason").get().print(out)) {
                for (String[] row : report) {
                    printer.printRecord((Object[]) row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report of " + name, e);
        }
        exchange.setProperty(FOLDER, folder);
    }
}
