package jo.gov.mol.dwr.routes.deadletter;

/** Which way a dead letter was going; its tag starts the dead letter's id ({@code in-5}, {@code out-12}). */
public enum Direction {
    /** A message refused on a channel that cannot answer its sender: the sender must correct it and send again. */
    INBOUND("in"),
    /** A delivery that failed for good: the hub may send it again once the receiver can take it. */
    OUTBOUND("out");

    private final String tag;

    Direction(String tag) {
        this.tag = tag;
    }

    String tag() {
        return tag;
    }

    static Direction ofTag(String tag) {
        for (Direction direction : values()) {
            if (direction.tag.equals(tag)) {
                return direction;
            }
        }
        throw new IllegalArgumentException("no direction tagged " + tag);
    }
}
