package jo.gov.mol.dwr.sandbox.nation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.client.RestClient;

import jo.gov.mol.dwr.mappings.border.CrossingRow;
import jo.gov.mol.dwr.mappings.border.mrz.InvalidMrzException;
import jo.gov.mol.dwr.mappings.border.mrz.Td3Mrz;
import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.embassy.EmbassyCsvRecords;
import jo.gov.mol.dwr.mappings.embassy.EmbassyFileRecord;
import jo.gov.mol.dwr.mappings.embassy.LkaExports;
import jo.gov.mol.dwr.mappings.validation.InvalidMessageException;
import jo.gov.mol.dwr.routes.filedrop.CsvRows;
import jo.gov.mol.dwr.sandbox.border.BorderPosts;
import jo.gov.mol.dwr.sandbox.border.Crossing;
import jo.gov.mol.dwr.sandbox.border.Traveller;
import jo.gov.mol.dwr.sandbox.embassy.EmbassyChannels;

/**
 * The nation's files as they land in the hub's inbox, day by day, with every file twist on at once and no hub to take
 * them: what a reader makes of each file, in the order the files arrive.
 */
class NationFilesTests {
    private static final Noise FILES = new Noise(0, 0, 0.1, 0, 0, 0, 0, 0, 0, 0.2, 0.2, 0.1, 0.2);
    private static final Nation NATION = Nation.draw(NationSettings.of(42, 300, 12).withNoise(FILES));
    private static final DeliveryNoise NOISE = DeliveryNoise.of(NATION);
    private static final List<String> COLUMNS = CrossingRow.COLUMNS;

    @TempDir
    static Path inbox;
    /** Every file in the order it arrived, with the day at whose end it did. */
    private static final Map<Path, LocalDate> ARRIVED = new HashMap<>();
    private static final List<Path> IN_ORDER = new ArrayList<>();
    private static int toRefuse;

    @BeforeAll
    static void dropEveryDaysFiles() throws IOException {
        NationFiles files = new NationFiles(new BorderPosts("tcp://localhost:1", "border.crossings", "border", "none",
                inbox.resolve("border")), new EmbassyChannels(RestClient.create(), URI.create("http://localhost:1"), "none",
                inbox.resolve("embassy")), NOISE, new ReplayTally());
        Map<LocalDate, List<Runnable>> byDay = new HashMap<>();
        for (Journey journey : NATION.journeys()) {
            for (Step step : journey.steps()) {
                DeliveryNoise.Twist twist = NOISE.of(step);
                Runnable add = null;
                if (step instanceof Step.Crossed c) {
                    Crossing crossing = new Crossing(java.util.UUID.fromString(c.recordId()), c.point(), c.direction(), c.at(),
                            new Traveller(c.passport(), null), c.visaRef(), c.lost());
                    add = () -> files.add(crossing, twist);
                } else if (step instanceof Step.Attested a && !a.system().name().endsWith("PHL")) {
                    add = () -> files.add(EmbassyRecords.of(journey, a, twist.misspelt()), twist);
                } else if (step instanceof Step.WelfareCase w && !w.system().name().endsWith("PHL")) {
                    add = () -> files.add(EmbassyRecords.of(journey, w, twist.misspelt()), twist);
                }
                if (add != null) {
                    byDay.computeIfAbsent(step.date(), d -> new ArrayList<>()).add(add);
                }
            }
        }
        LocalDate last = NATION.settings().end().minusDays(1);
        for (LocalDate day = NATION.settings().start(); !day.isAfter(last); day = day.plusDays(1)) {
            byDay.getOrDefault(day, List.of()).forEach(Runnable::run);
            files.endOfDay(day);
            arrived(day);
        }
        files.finish(last);
        arrived(last);
        toRefuse = files.embassyFilesToRefuse();
    }

    @Test
    void dropsSomeNightlyFilesDaysAfterTheirDayAndNoneBefore() {
        List<Path> nightly = IN_ORDER.stream().filter(f -> f.getFileName().toString().startsWith("CROSSINGS_")).toList();
        long late = nightly.stream().filter(f -> ARRIVED.get(f).isAfter(dayOf(f))).count();

        assertThat(nightly).allSatisfy(f -> assertThat(ARRIVED.get(f)).isAfterOrEqualTo(dayOf(f)));
        assertThat(late).isEqualTo(NOISE.nightlyFiles(t -> t.daysLate() > 0)).isPositive();
    }

    @Test
    void breaksTheMrzOfSomeNightlyRowsOfCrossingsTheRealTimeLinkDelivered() {
        Set<String> lost = new HashSet<>();
        NATION.steps().stream().filter(s -> s instanceof Step.Crossed c && c.lost()).forEach(s -> lost.add(s.recordId()));
        int broken = 0;
        for (Path file : IN_ORDER.stream().filter(f -> f.getFileName().toString().startsWith("CROSSINGS_")).toList()) {
            for (CsvRows.Row row : CsvRows.read(content(file), CrossingRow.COLUMNS)) {
                if (row.values().get(0).startsWith("#")) {
                    continue;
                }
                List<String> values = row.values();
                try {
                    Td3Mrz.parse(values.get(COLUMNS.indexOf("mrz_line1")), values.get(COLUMNS.indexOf("mrz_line2")), dayOf(file));
                } catch (InvalidMrzException misread) {
                    broken++;
                    assertThat(lost).doesNotContain(values.get(COLUMNS.indexOf("event_id")));
                }
            }
        }
        assertThat(broken).isEqualTo(NATION.steps().stream().filter(s -> s instanceof Step.Crossed && NOISE.of(s).badRow()).count())
                .isPositive();
    }

    @Test
    void reExportsCarryOnlyRecordsSentBeforeAndNoOtherFileDoes() {
        Set<String> seen = new HashSet<>();
        int repeats = 0;
        for (Path file : embassyFiles().stream().filter(f -> f.toString().endsWith(".xml") || readable(f)).toList()) {
            // a broken record is known by its reference, a good one by its reference and content
            List<String> sent = read(file).stream().map(EmbassyFileRecord::messageId).toList();
            long before = sent.stream().filter(seen::contains).count();
            assertThat(before).as("records of %s sent before", file.getFileName()).isIn(0L, (long) sent.size());
            if (before == sent.size()) {
                repeats++;
            }
            seen.addAll(sent);
        }
        assertThat(repeats).isEqualTo(NOISE.embassyFiles(t -> t.reExportedAfter() > 0));
    }

    @Test
    void sendsEveryRecordRightAfterItsBrokenRowOrItsRefusedFile() {
        Set<String> pending = new LinkedHashSet<>();
        Set<String> taken = new HashSet<>();
        int refused = 0;
        for (Path file : embassyFiles()) {
            if (file.toString().endsWith(".csv") && !readable(file)) {
                refused++;
                assertThatThrownBy(() -> CsvRows.read(content(file), EmbassyCsvRecords.COLUMNS)).isInstanceOf(InvalidMessageException.class);
                pending.addAll(references(file));
                continue;
            }
            for (EmbassyFileRecord record : read(file)) {
                if (record.isRead()) {
                    pending.remove(record.reference());
                    taken.add(record.reference());
                } else if (!taken.contains(record.reference())) {
                    pending.add(record.reference());
                }
            }
        }
        assertThat(pending).isEmpty();
        assertThat(refused).isEqualTo(toRefuse).isEqualTo(NOISE.embassyFiles(DeliveryNoise.FileTwist::refusedFirst)).isPositive();
        long embassyRecords = NATION.steps().stream().filter(s -> (s instanceof Step.Attested || s instanceof Step.WelfareCase)
                && !s.system().name().endsWith("PHL")).count();
        assertThat(taken).hasSize((int) embassyRecords);
    }

    private static void arrived(LocalDate day) throws IOException {
        try (Stream<Path> all = Files.walk(inbox)) {
            all.filter(Files::isRegularFile).sorted().filter(f -> !ARRIVED.containsKey(f)).forEach(f -> {
                ARRIVED.put(f, day);
                IN_ORDER.add(f);
            });
        }
    }

    private static List<Path> embassyFiles() {
        return IN_ORDER.stream().filter(f -> f.startsWith(inbox.resolve("embassy"))).toList();
    }

    private static LocalDate dayOf(Path nightly) {
        String name = nightly.getFileName().toString();
        return LocalDate.parse(name.substring(name.length() - 12, name.length() - 4), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
    }

    private static List<EmbassyFileRecord> read(Path file) {
        if (file.toString().endsWith(".xml")) {
            return LkaExports.read(content(file));
        }
        CountryCode embassy = CountryCode.of(file.getParent().getFileName().toString());
        return CsvRows.read(content(file), EmbassyCsvRecords.COLUMNS).stream()
                .map(row -> EmbassyCsvRecords.read(embassy, row.values(), row.line(), row.text())).toList();
    }

    private static boolean readable(Path csv) {
        try {
            CsvRows.read(content(csv), EmbassyCsvRecords.COLUMNS);
            return true;
        } catch (InvalidMessageException refused) {
            return false;
        }
    }

    private static List<String> references(Path csv) {
        String[] lines = new String(content(csv), StandardCharsets.UTF_8).split("\n");
        List<String> references = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            references.add(lines[i].split(",")[1]);
        }
        return references;
    }

    private static byte[] content(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
