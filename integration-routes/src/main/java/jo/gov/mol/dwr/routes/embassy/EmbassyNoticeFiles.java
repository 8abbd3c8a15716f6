package jo.gov.mol.dwr.routes.embassy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.routes.delivery.Delivery;

/**
 * Writes a notice for an embassy that takes files (interfaces.md 4b, 4c) as {@code NOTICES_<yyyyMMdd>_<seq>.csv} in
 * its folder {@code <outbox>/<ISO3>/}: written under {@code .part} and renamed when complete, so that the embassy
 * never reads half a file. {@code <seq>} is the outbox entry's id, unique across hub instances, so two instances
 * never write the same name; a repeated attempt rewrites the same file, with the same notice id.
 */
@Component
class EmbassyNoticeFiles {
    static final String[] HEADER = {"notice_id", "type", "passport_no", "occurred_at", "crossing_point"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Path outbox;
    private final Clock clock;

    EmbassyNoticeFiles(EmbassyTargets targets, Optional<Clock> clock) {
        this.outbox = targets.outbox();
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** @return the file's name, kept as the delivery's result */
    String write(Delivery delivery) {
        EmbassyNotice notice = EmbassyNotice.fromJson(delivery.payload());
        Path folder = outbox.resolve(notice.embassy());
        String name = "NOTICES_" + LocalDate.now(clock.withZone(CanonicalEvent.AMMAN)).format(DAY) + "_"
                + String.format("%06d", delivery.id()) + ".csv";
        Path part = folder.resolve(name + ".part");
        try {
            Files.createDirectories(folder);
            try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8);
                 CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out)) {
                CrossingNotice row = notice.notice();
                csv.printRecord(row.noticeId(), row.type(), row.passportNo(), row.occurredAt(), row.crossingPoint());
            }
            Files.move(part, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the notice file " + folder.resolve(name), e);
        }
        return name;
    }
}
