package jo.gov.mol.dwr.mappings.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.ValidationError;

/**
 * Turns the XML Schema validator's findings into one {@link ValidationError} per problem, each naming its field
 * as the path of element names below the message root ({@code Worker/PassportNo}). The validator reports a bad
 * value twice (the facet, then the element or attribute); the two become one error.
 */
final class SchemaErrors implements ErrorHandler {
    private static final Pattern KEY = Pattern.compile("^(cvc-[A-Za-z.\\-0-9]+?):\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern EXPECTED = Pattern.compile("One of '\\{([^}]*)\\}'");
    private static final Pattern EXPECTED_NAME = Pattern.compile("(?:\"[^\"]*\":)?([A-Za-z_][\\w.\\-]*)");
    private static final Pattern FOUND = Pattern.compile("starting with element '(?:\\{?\"[^\"]*\":)?([A-Za-z_][\\w.\\-]*)\\}?'");
    private static final Pattern ATTRIBUTE = Pattern.compile("[Aa]ttribute '([\\w.\\-:]+)'");
    /** The value quoted at the start of a facet or datatype message ("Value '' is…", "'' is not a valid value…"). */
    private static final Pattern VALUE = Pattern.compile("^(?:Value |The value )?'(.*?)'", Pattern.DOTALL);

    private final Element root;
    private final Supplier<Node> currentNode;
    private final List<ValidationError> errors = new ArrayList<>();
    private Facet pending;

    private record Facet(ErrorCode code, String reason) {
    }

    SchemaErrors(Element root, Supplier<Node> currentNode) {
        this.root = root;
        this.currentNode = currentNode;
    }

    List<ValidationError> errors() {
        flushPending(path(currentNode.get()));
        return errors;
    }

    @Override
    public void warning(SAXParseException e) {
        // warnings do not refuse a message
    }

    @Override
    public void error(SAXParseException e) {
        Matcher m = KEY.matcher(String.valueOf(e.getMessage()));
        String key = m.matches() ? m.group(1) : "";
        String text = m.matches() ? m.group(2) : String.valueOf(e.getMessage());
        String here = path(currentNode.get());
        ErrorCode facet = facetCode(key);
        if (facet != null) {
            flushPending(here);
            pending = blankValue(text) ? new Facet(ErrorCode.REQUIRED, "a value is required") : new Facet(facet, text);
            return;
        }
        switch (key) {
            case "cvc-type.3.1.3", "cvc-datatype-valid.1.2.1", "cvc-complex-type.2.2" -> {
                if (blankValue(text)) {
                    take(here, ErrorCode.REQUIRED, "a value is required"); // an empty number: absent, not misformed
                } else {
                    take(here, ErrorCode.INVALID_FORMAT, text);
                }
            }
            case "cvc-attribute.3" -> take(join(here, "@" + group(ATTRIBUTE, text)), ErrorCode.INVALID_VALUE, text);
            case "cvc-complex-type.4" -> add(join(here, "@" + group(ATTRIBUTE, text)), ErrorCode.REQUIRED, text);
            case "cvc-complex-type.3.2.2" -> add(join(here, "@" + group(ATTRIBUTE, text)), ErrorCode.UNEXPECTED_ELEMENT, text);
            case "cvc-complex-type.2.4.b" -> add(join(here, nextRequired(text)), ErrorCode.REQUIRED,
                    nextRequired(text) + " is required");
            case "cvc-complex-type.2.4.a" -> missingOrUnexpected(text);
            case "cvc-complex-type.2.4.d", "cvc-complex-type.2.3", "cvc-complex-type.2.1" ->
                    add(childPath(group(FOUND, text)), ErrorCode.UNEXPECTED_ELEMENT, text);
            case "cvc-elt.1.a", "cvc-elt.1" -> add("", ErrorCode.UNKNOWN_MESSAGE_TYPE, text);
            default -> add(here, ErrorCode.INVALID_VALUE, text);
        }
    }

    @Override
    public void fatalError(SAXParseException e) {
        error(e);
    }

    /**
     * "Invalid content starting with X; one of Y1, …, Yn expected": the Ys are what may come next in the sequence,
     * the optional elements first and the next required one last. X is out of place when one of the Ys still
     * follows it; otherwise Yn is missing.
     */
    private void missingOrUnexpected(String text) {
        String found = group(FOUND, text);
        List<String> expected = expected(text);
        String parent = parentPathOf(found);
        if (expected.isEmpty() || followedByOneOf(found, expected)) {
            add(join(parent, found), ErrorCode.UNEXPECTED_ELEMENT, expected.isEmpty() ? text
                    : found + " is not allowed here (expected one of " + String.join(", ", expected) + ")");
        } else {
            String missing = expected.get(expected.size() - 1);
            add(join(parent, missing), ErrorCode.REQUIRED, missing + " is required (found " + found + " in its place)");
        }
    }

    /** The names in "One of '{…}' is expected", in the schema's order. */
    private static List<String> expected(String text) {
        List<String> names = new ArrayList<>();
        Matcher list = EXPECTED.matcher(text);
        if (list.find()) {
            for (String item : list.group(1).split(",")) {
                Matcher name = EXPECTED_NAME.matcher(item.strip());
                if (name.matches()) {
                    names.add(name.group(1));
                }
            }
        }
        return names;
    }

    /** The required element a "not complete" content lacks: the last of those that may come next. */
    private static String nextRequired(String text) {
        List<String> expected = expected(text);
        return expected.isEmpty() ? "" : expected.get(expected.size() - 1);
    }

    private boolean followedByOneOf(String found, List<String> names) {
        Node node = currentNode.get();
        if (node == null || !found.equals(node.getLocalName()) || node == root) {
            return false;
        }
        for (Node next = node.getNextSibling(); next != null; next = next.getNextSibling()) {
            if (next.getNodeType() == Node.ELEMENT_NODE && names.contains(next.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean blankValue(String text) {
        Matcher value = VALUE.matcher(text);
        return value.find() && value.group(1).isBlank();
    }

    private void take(String field, ErrorCode fallback, String text) {
        if (pending != null) {
            add(field, pending.code(), pending.reason());
            pending = null;
        } else {
            add(field, fallback, text);
        }
    }

    private void flushPending(String field) {
        if (pending != null) {
            add(field, pending.code(), pending.reason());
            pending = null;
        }
    }

    private void add(String field, ErrorCode code, String reason) {
        for (ValidationError e : errors) {
            if (e.field().equals(field)) {
                return;
            }
        }
        errors.add(new ValidationError(field, code, reason));
    }

    private static ErrorCode facetCode(String key) {
        return switch (key) {
            case "cvc-pattern-valid", "cvc-datatype-valid.1.2.3" -> ErrorCode.INVALID_FORMAT;
            case "cvc-enumeration-valid" -> ErrorCode.INVALID_VALUE;
            case "cvc-maxLength-valid" -> ErrorCode.TOO_LONG;
            case "cvc-minLength-valid" -> ErrorCode.REQUIRED;
            case "cvc-minInclusive-valid", "cvc-maxInclusive-valid", "cvc-minExclusive-valid",
                 "cvc-maxExclusive-valid", "cvc-totalDigits-valid", "cvc-fractionDigits-valid" -> ErrorCode.OUT_OF_RANGE;
            default -> null;
        };
    }

    /**
     * The validator reports "invalid content starting with X" while positioned on X or on its parent,
     * depending on the implementation: either way the parent is the nearest element that is not X.
     */
    private String parentPathOf(String found) {
        Node node = currentNode.get();
        if (node != null && found.equals(node.getLocalName()) && node != root) {
            node = node.getParentNode();
        }
        return path(node);
    }

    private String childPath(String found) {
        return join(parentPathOf(found), found);
    }

    private String path(Node node) {
        if (node == null || node == root || node.getNodeType() != Node.ELEMENT_NODE) {
            return "";
        }
        StringBuilder path = new StringBuilder(node.getLocalName());
        for (Node p = node.getParentNode(); p != null && p != root && p.getNodeType() == Node.ELEMENT_NODE; p = p.getParentNode()) {
            path.insert(0, p.getLocalName() + "/");
        }
        return path.toString();
    }

    private static String join(String parent, String child) {
        return parent.isEmpty() ? child : child.isEmpty() ? parent : parent + "/" + child;
    }

    private static String group(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : "";
    }
}
