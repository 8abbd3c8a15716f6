package jo.gov.mol.dwr.sandbox.mol;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jo.gov.mol.dwr.mappings.mol.events.RecruitmentRequest;

/**
 * The answers counted as the senders get them, shared by all senders, and a progress line every tenth of the way.
 */
final class MolTally {
    private static final Logger LOG = LoggerFactory.getLogger(MolTally.class);

    private final int planned;
    private final Map<MolClient.Answer, LongAdder> answers = new EnumMap<>(MolClient.Answer.class);
    private final LongAdder serverFaults = new LongAdder();
    private final LongAdder unexpected = new LongAdder();
    private final AtomicInteger done = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> accepted = new ConcurrentLinkedQueue<>();
    private final Set<String> requestIds = ConcurrentHashMap.newKeySet();
    private final Consumer<String> progress;

    MolTally(int planned, Consumer<String> progress) {
        this.planned = planned;
        this.progress = progress;
        for (MolClient.Answer answer : MolClient.Answer.values()) {
            answers.put(answer, new LongAdder());
        }
    }

    /** A Server fault that the sender will retry. */
    void serverFault() {
        serverFaults.increment();
    }

    /** The final answer to one planned message. */
    void count(MolStream.Planned planned, MolClient.Result result) {
        answers.get(result.answer()).increment();
        if (result.answer() == MolClient.Answer.ACCEPTED) {
            accepted.add(planned.messageId());
            if (planned.request() instanceof RecruitmentRequest request) {
                requestIds.add(request.getRequestId());
            }
        }
        if (!result.answer().name().equals(planned.expected().name())) {
            unexpected.increment();
            LOG.warn("MoL simulator: {} {} expected {}, got {}{}", planned.type(), planned.messageId(), planned.expected(),
                    result.answer(), result.detail() == null ? "" : " (" + result.detail() + ")");
        }
        int n = done.incrementAndGet();
        int step = Math.max(1, this.planned / 10);
        if (n % step == 0 || n == this.planned) {
            progress.accept(line(n));
        }
    }

    long count(MolClient.Answer answer) {
        return answers.get(answer).sum();
    }

    long serverFaults() {
        return serverFaults.sum();
    }

    long unexpected() {
        return unexpected.sum();
    }

    /** The message ids the hub accepted. */
    List<String> accepted() {
        return List.copyOf(accepted);
    }

    /** The RequestIds of the recruitment requests the hub accepted. */
    Set<String> recruitmentRequestIds() {
        return Set.copyOf(requestIds);
    }

    int done() {
        return done.get();
    }

    private String line(int n) {
        int width = 30;
        int filled = (int) ((long) width * n / Math.max(1, planned));
        return "MoL simulator [" + "#".repeat(filled) + ".".repeat(width - filled) + "] sent " + n + "/" + planned
                + "  accepted " + count(MolClient.Answer.ACCEPTED) + ", duplicate " + count(MolClient.Answer.DUPLICATE)
                + ", refused " + count(MolClient.Answer.REFUSED);
    }
}
