package jo.gov.mol.dwr.sandbox.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs one operation {@code count} times from {@code threads} threads and times each run. */
final class Load {
    interface Operation {
        void run(int i) throws Exception;
    }

    private Load() {
    }

    static Phase run(String name, int count, int threads, Operation operation) throws Exception {
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long begin = System.nanoTime();
                        operation.run(i);
                        latencies[i] = (System.nanoTime() - begin) / 1000;
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Phase(name, count, Duration.ofNanos(System.nanoTime() - start), latencies);
    }
}
