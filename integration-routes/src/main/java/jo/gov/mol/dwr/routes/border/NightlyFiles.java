package jo.gov.mol.dwr.routes.border;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.Exchange;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import jo.gov.mol.dwr.mappings.canonical.BorderCrossed;
import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.mappings.validation.InvalidMessageException;
import jo.gov.mol.dwr.routes.filedrop.DropChannel;
import jo.gov.mol.dwr.routes.filedrop.DropRecord;
import jo.gov.mol.dwr.routes.filedrop.FileDrops;

/**
 * Loads a nightly crossings file as a file drop: each row a crossing under its event id (a row whose crossing came
 * in real time already is a duplicate and changes nothing), a bad row (a row of another crossing point among them)
 * refused with its line, and the whole file refused when its trailer does not count its rows.
 */
@Component
class NightlyFiles {
    static final String ACCOUNT = "border-files";

    private final FileDrops drops;
    private final DropChannel channel;

    NightlyFiles(FileDrops drops, @Value("${hub.border.max-file-size}") DataSize maxFileSize) {
        this.drops = drops;
        this.channel = new DropChannel(SourceSystem.BORDER, ACCOUNT, maxFileSize);
    }

    void load(Exchange exchange) {
        drops.load(exchange, channel, NightlyFiles::read);
    }

    static List<DropRecord> read(String name, byte[] content) {
        NightlyFile file = NightlyFile.parse(name, content);
        List<DropRecord> records = new ArrayList<>();
        for (NightlyFile.Row row : file.rows()) {
            byte[] raw = row.text().getBytes(StandardCharsets.UTF_8);
            try {
                BorderCrossed crossing = file.crossingOf(row);
                records.add(DropRecord.read(row.line(), crossing.reference(), raw, crossing));
            } catch (InvalidMessageException refused) {
                records.add(DropRecord.refused(row.line(), row.columns().eventId(), raw, refused.errors()));
            }
        }
        return records;
    }
}
