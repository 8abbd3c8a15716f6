package jo.gov.mol.dwr.sandbox.nation;

import java.io.PrintStream;
import java.time.LocalDate;

/**
 * The replay's progress on the console: a bar of the span's business days, the day reached and the messages sent,
 * printed as a new line at every tenth, so that it reads the same in a terminal and in a log file.
 */
final class ProgressBar {
    private static final int WIDTH = 40;
    private static final int STEPS = 10;

    private final PrintStream out;
    private final long days;
    private int shown = -1;

    ProgressBar(PrintStream out, long days) {
        this.out = out;
        this.days = Math.max(1, days);
    }

    void show(long day, LocalDate date, long messages) {
        int tenth = (int) Math.min(STEPS, day * STEPS / days);
        if (tenth <= shown) {
            return;
        }
        shown = tenth;
        int filled = tenth * WIDTH / STEPS;
        out.printf("Nation replay [%s%s] %3d%%  %s  %d messages%n", "#".repeat(filled), ".".repeat(WIDTH - filled),
                tenth * 100 / STEPS, date, messages);
    }
}
