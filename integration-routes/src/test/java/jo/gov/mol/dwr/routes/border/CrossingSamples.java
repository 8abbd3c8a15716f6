package jo.gov.mol.dwr.routes.border;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Crossings as border posts send them (interfaces.md 3): the real-time message and the nightly file, for the one
 * traveller of interfaces.md's example, whose MRZ check digits are right.
 */
public final class CrossingSamples {
    public static final String LINE1 = "P<PHLDELA<CRUZ<<MARIA<CLARA<SANTOS<<<<<<<<<<";
    public static final String LINE2 = "P1234567A1PHL9407152F3107140<<<<<<<<<<<<<<08";
    /** {@link #LINE2} with its last check digit wrong. */
    public static final String LINE2_BAD_CHECK_DIGIT = LINE2.substring(0, 43) + "7";
    public static final String NIGHTLY_HEADER = "event_id,crossing_point,direction,occurred_at,mrz_line1,mrz_line2,visa_ref";

    private CrossingSamples() {
    }

    /** A real-time entry at the point, at interfaces.md's example time. */
    public static String realTime(String eventId, String point, String line2) {
        return """
                <Crossing xmlns="urn:jo:gov:psd:border:1">
                  <EventId>%s</EventId>
                  <CrossingPoint>%s</CrossingPoint>
                  <Direction>ENTRY</Direction>
                  <OccurredAt>2026-03-20T03:12:45+03:00</OccurredAt>
                  <MrzLine1>%s</MrzLine1>
                  <MrzLine2>%s</MrzLine2>
                  <VisaRef>MOI-APR-2026-000456</VisaRef>
                </Crossing>""".formatted(eventId, point, LINE1.replace("<", "&lt;"), line2.replace("<", "&lt;"));
    }

    /** A nightly-file row; an entry carries interfaces.md's visa, an exit none. */
    public static String nightlyRow(String eventId, String point, String direction, String occurredAt, String line2) {
        return String.join(",", eventId, point, direction, occurredAt, LINE1, line2,
                direction.equals("ENTRY") ? "MOI-APR-2026-000456" : "");
    }

    /** Writes a nightly file as a crossing point does: under {@code .part}, then renamed. */
    public static void dropNightlyFile(Path inbox, String name, List<String> rows, int trailer) throws IOException {
        String content = NIGHTLY_HEADER + "\n" + String.join("\n", rows) + "\n#TOTAL," + trailer + "\n";
        Path part = inbox.resolve(name + ".part");
        Files.writeString(part, content, StandardCharsets.UTF_8);
        Files.move(part, inbox.resolve(name));
    }

    /** Waits until the hub has moved the file into {@code folder} (done or rejected) with its report beside it. */
    public static void awaitFiled(Path inbox, String folder, String name) {
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(inbox.resolve(folder).resolve(name))
                && Files.exists(inbox.resolve(folder).resolve(name + ".report.csv")));
    }
}
