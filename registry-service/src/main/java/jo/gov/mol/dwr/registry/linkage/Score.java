package jo.gov.mol.dwr.registry.linkage;

import java.util.List;

/** A pair's total Fellegi-Sunter weight and what each field added to it, so that the decision can be explained. */
public record Score(double total, List<FieldWeight> fields) {

    public Score {
        fields = List.copyOf(fields);
    }

    public FieldWeight field(String name) {
        return fields.stream().filter(field -> field.field().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field " + name + " in " + fields));
    }
}
