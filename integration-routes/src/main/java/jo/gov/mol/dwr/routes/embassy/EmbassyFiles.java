package jo.gov.mol.dwr.routes.embassy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.mappings.embassy.EmbassyCsvRecords;
import jo.gov.mol.dwr.mappings.embassy.EmbassyFileRecord;
import jo.gov.mol.dwr.mappings.embassy.LkaExports;
import jo.gov.mol.dwr.routes.filedrop.CsvRows;
import jo.gov.mol.dwr.routes.filedrop.DropChannel;
import jo.gov.mol.dwr.routes.filedrop.DropRecord;
import jo.gov.mol.dwr.routes.filedrop.FileDrops;

/**
 * Loads the embassies' files as file drops: Sri Lanka's exports (interfaces.md 4b) and the other embassies' CSV
 * files (4c). A record has no message id of its own: its reference with its content's fingerprint stands for one,
 * so an unchanged re-export is a duplicate and a changed record a new version, current by arrival.
 */
@Component
class EmbassyFiles {
    /** The header naming the embassy whose folder a CSV file came from. */
    static final String EMBASSY = "dwrEmbassy";
    static final String ACCOUNT = "embassy-files";

    private final FileDrops drops;
    private final EmbassyInbox inbox;

    EmbassyFiles(FileDrops drops, EmbassyInbox inbox) {
        this.drops = drops;
        this.inbox = inbox;
    }

    void loadExport(Exchange exchange) {
        drops.load(exchange, channel(LkaExports.EMBASSY), EmbassyFiles::readExport);
    }

    void loadRecords(Exchange exchange, @Header(EMBASSY) String embassy) {
        CountryCode country = CountryCode.of(embassy);
        drops.load(exchange, channel(country), (name, content) -> readRecords(country, content));
    }

    /** @throws jo.gov.mol.dwr.mappings.validation.InvalidMessageException for a file that is not an export at all */
    static List<DropRecord> readExport(String name, byte[] content) {
        return LkaExports.read(content).stream().map(EmbassyFiles::drop).toList();
    }

    /** @throws jo.gov.mol.dwr.mappings.validation.InvalidMessageException for a file without the published header */
    static List<DropRecord> readRecords(CountryCode embassy, byte[] content) {
        return CsvRows.read(content, EmbassyCsvRecords.COLUMNS).stream()
                .map(row -> drop(EmbassyCsvRecords.read(embassy, row.values(), row.line(), row.text())))
                .toList();
    }

    private DropChannel channel(CountryCode embassy) {
        return new DropChannel(SourceSystem.valueOf("EMBASSY_" + embassy.value()), ACCOUNT, inbox.maxFileSize());
    }

    private static DropRecord drop(EmbassyFileRecord record) {
        byte[] raw = record.raw().getBytes(StandardCharsets.UTF_8);
        return record.isRead()
                ? DropRecord.read(record.line(), record.messageId(), raw, record.event())
                : DropRecord.refused(record.line(), record.messageId(), raw, record.errors());
    }
}
