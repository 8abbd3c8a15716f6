package jo.gov.mol.dwr.routes.filedrop;

import java.nio.file.Path;
import java.util.List;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.InvalidMessageException;
import jo.gov.mol.dwr.mappings.validation.ValidationError;
import jo.gov.mol.dwr.routes.intake.Acceptance;
import jo.gov.mol.dwr.routes.intake.Intake;
import jo.gov.mol.dwr.routes.intake.MessageIdConflictException;
import jo.gov.mol.dwr.routes.intake.Submission;
import jo.gov.mol.dwr.routes.refusal.DeadLetterStore;
import jo.gov.mol.dwr.routes.refusal.Origin;

/**
 * Loads one dropped file (interfaces.md, file drops): each record read into intake, each bad one reported with its
 * line and kept as a dead letter while the others count; a file over its channel's size or refused by its reader is
 * refused whole, and nothing of it is loaded. The report goes beside the file in the folder it is moved to:
 * {@code done/}, or {@code rejected/} for a file refused whole. One log line per file tells what came of it.
 *
 * <p>When the hub cannot make a record durable the load fails and the file stays in the inbox, to be read again:
 * the records accepted before are then duplicates, and change nothing.
 */
@Component
public class FileDrops {
    private static final String FOLDER = "dwrDropFolder";
    private static final String DONE = "done";
    private static final String REJECTED = "rejected";
    private static final Logger LOG = LoggerFactory.getLogger(FileDrops.class);

    private final Intake intake;
    private final DeadLetterStore deadLetters;

    FileDrops(Intake intake, DeadLetterStore deadLetters) {
        this.intake = intake;
        this.deadLetters = deadLetters;
    }

    /**
     * The endpoint that picks up the complete files of a folder. A sender writes {@code <name>.part} and renames it
     * when complete; the pattern must not match {@code .part}. Once loaded, a file is moved where {@link #load} says.
     * The folder is looked at every {@code hub.files.poll-delay-millis} (half a second unless configured).
     *
     * @param folder  the inbox folder, placeholders allowed
     * @param include the regular expression a complete file's name matches
     */
    public static String endpoint(String folder, String include) {
        return "file:" + folder + "?include=RAW(" + include + ")&delay={{hub.files.poll-delay-millis:500}}"
                + "&move=${exchangeProperty." + FOLDER + "}/${file:name}";
    }

    /** Loads the file the exchange holds, as picked up by an {@link #endpoint}. */
    public void load(Exchange exchange, DropChannel channel, DropReader reader) {
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        Path inbox = Path.of(exchange.getMessage().getHeader(Exchange.FILE_PARENT, String.class));
        long size = exchange.getMessage().getHeader(Exchange.FILE_LENGTH, 0L, Long.class);
        if (size > channel.maxFileSize().toBytes()) {
            // not read at all, and not kept raw: the file itself stays in rejected/
            refuseWhole(exchange, channel, inbox, name, null, new ValidationError("", ErrorCode.PAYLOAD_TOO_LARGE,
                    "the file has " + size + " bytes, over the limit of " + channel.maxFileSize().toBytes()));
            return;
        }
        byte[] content = exchange.getMessage().getBody(byte[].class);
        List<DropRecord> records;
        try {
            records = reader.read(name, content);
        } catch (InvalidMessageException refused) {
            refuseWhole(exchange, channel, inbox, name, content, refused.errors().toArray(ValidationError[]::new));
            return;
        }
        DropReport report = new DropReport();
        int accepted = 0;
        int duplicates = 0;
        for (DropRecord record : records) {
            List<ValidationError> problems = record.errors();
            if (record.isRead()) {
                try {
                    Acceptance acceptance = intake.accept(new Submission(channel.system(), channel.account(),
                            record.messageId(), null, record.event(), record.raw()));
                    if (acceptance.status() == Acceptance.Status.ACCEPTED) {
                        accepted++;
                    } else {
                        duplicates++;
                    }
                    continue;
                } catch (MessageIdConflictException conflict) {
                    problems = conflict.errors();
                }
            }
            report.add(record.line(), problems);
            deadLetters.keep(channel.system(), channel.account(), record.messageId(), Origin.row(name, record.line()),
                    problems, record.raw());
        }
        LOG.info("file drop system={} file={} folder={} records={} accepted={} duplicate={} refused={}", channel.system(),
                name, DONE, records.size(), accepted, duplicates, records.size() - accepted - duplicates);
        file(exchange, inbox, name, DONE, report);
    }

    private void refuseWhole(Exchange exchange, DropChannel channel, Path inbox, String name, byte[] content,
                             ValidationError... errors) {
        List<ValidationError> problems = List.of(errors);
        DropReport report = new DropReport();
        report.add(0, problems);
        deadLetters.keep(channel.system(), channel.account(), null, Origin.file(name), problems, content);
        LOG.info("file drop system={} file={} folder={} refused whole code={}", channel.system(), name, REJECTED,
                problems.get(0).code().code());
        file(exchange, inbox, name, REJECTED, report);
    }

    private static void file(Exchange exchange, Path inbox, String name, String folder, DropReport report) {
        report.writeInto(inbox.resolve(folder), name);
        exchange.setProperty(FOLDER, folder);
    }
}
