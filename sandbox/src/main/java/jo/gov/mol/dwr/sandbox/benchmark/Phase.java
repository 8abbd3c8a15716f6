package jo.gov.mol.dwr.sandbox.benchmark;

import java.time.Duration;
import java.util.Arrays;

/** What one benchmark phase measured: how many in how long, and the latency of each where it has one. */
record Phase(String name, int count, Duration elapsed, long[] latenciesMicros) {

    double perSecond() {
        return count / (elapsed.toNanos() / 1e9);
    }

    String line() {
        String rate = String.format("%-34s %7d in %7.2f s  %9.0f /s", name, count, elapsed.toNanos() / 1e9, perSecond());
        if (latenciesMicros.length == 0) {
            return rate;
        }
        long[] sorted = latenciesMicros.clone();
        Arrays.sort(sorted);
        return rate + String.format("   latency ms p50 %6.2f  p95 %6.2f  p99 %6.2f  max %7.2f", percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1] / 1000.0);
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1000.0;
    }
}
