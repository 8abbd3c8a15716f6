package jo.gov.mol.dwr.routes.deadletter;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dead letter's id as the API shows it, {@code in-5} or {@code out-12}: the two kinds are kept in two tables
 * whose numbers overlap, so the id says which one it names.
 */
record DeadLetterId(Direction direction, long number) {
    private static final Pattern FORM = Pattern.compile("(in|out)-([0-9]{1,18})");

    /** The id this text names, or empty when it names none. */
    static Optional<DeadLetterId> parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new DeadLetterId(Direction.ofTag(m.group(1)), Long.parseLong(m.group(2))));
    }

    @Override
    public String toString() {
        return direction.tag() + "-" + number;
    }
}
