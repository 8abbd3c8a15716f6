package jo.gov.mol.dwr.sandbox.border;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import jo.gov.mol.dwr.sandbox.DropFolder;
import jo.gov.mol.dwr.sandbox.InboxState;

/**
 * The border posts' two channels (interfaces.md 3) for a caller that decides itself what crosses when: the
 * real-time link, which skips the crossings it loses, and the nightly files, which bring every crossing of a day.
 */
public final class BorderPosts implements AutoCloseable {
    private final RealTimeLink link;
    private final NightlyFiles files;
    private RealTimeLink.Open open;

    /**
     * @param brokerUrl for example {@code tcp://localhost:61616}
     */
    public BorderPosts(String brokerUrl, String queue, String user, String password, Path inbox) {
        this.link = new RealTimeLink(brokerUrl, queue, user, password);
        this.files = new NightlyFiles(inbox);
    }

    /** Publishes the crossings as they happen, but for those the link loses, over one connection kept open. */
    public synchronized void inRealTime(List<Crossing> crossings) {
        for (Crossing crossing : crossings) {
            if (!crossing.lost()) {
                if (open == null) {
                    open = link.open();
                }
                open.send(crossing);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (open != null) {
            open.close();
            open = null;
        }
    }

    /**
     * The nightly files of these crossings, one per point and day, not yet dropped: a caller may drop them late.
     *
     * @param broken which crossings' rows to write broken
     */
    public List<CrossingsFile> nightly(List<Crossing> crossings, Predicate<Crossing> broken) {
        return NightlyFiles.compose(crossings, broken);
    }

    public void drop(CrossingsFile file) {
        files.drop(file);
    }

    /** The hub's report of a file it has taken, row by row (empty before). */
    public List<DropFolder.ReportRow> report(String name) {
        return files.report(name);
    }

    public InboxState whereabouts(List<String> names) {
        return files.whereabouts(names);
    }
}
