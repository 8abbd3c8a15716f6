package jo.gov.mol.dwr.routes.refusal;

import java.util.List;
import java.util.stream.Collectors;

import jo.gov.mol.dwr.mappings.validation.ValidationError;

/** How a refusal is recorded: the code of its first problem, and every problem on a line of its own. */
record RefusalReason(String code, String text) {

    static RefusalReason of(List<ValidationError> errors) {
        String code = errors.isEmpty() ? "unknown" : errors.get(0).code().code();
        String text = errors.stream()
                .map(e -> (e.field().isEmpty() ? "" : e.field() + ": ") + e.code().code() + ": " + e.reason())
                .collect(Collectors.joining("\n"));
        return new RefusalReason(code, text);
    }
}
