package jo.gov.mol.dwr.routes.refusal;

import java.util.Objects;

/**
 * Where a refused inbound message came from: a message of its own (a JMS message), a whole file, or one row of a
 * file with its physical line number (the header is line 1), as the file's report names it.
 *
 * @param file the file's name, or null for a message of its own
 * @param line the row's line, or null for a message or a whole file
 */
public record Origin(String file, Long line) {

    public enum Kind { MESSAGE, FILE, FILE_ROW }

    public Origin {
        if (line != null && file == null) {
            throw new IllegalArgumentException("a line " + line + " needs the file it is in");
        }
    }

    public static Origin message() {
        return new Origin(null, null);
    }

    public static Origin file(String name) {
        return new Origin(Objects.requireNonNull(name, "name"), null);
    }

    public static Origin row(String file, long line) {
        return new Origin(Objects.requireNonNull(file, "file"), line);
    }

    public Kind kind() {
        if (file == null) {
            return Kind.MESSAGE;
        }
        return line == null ? Kind.FILE : Kind.FILE_ROW;
    }
}
