package jo.gov.mol.dwr.registry.api;

import java.util.function.Supplier;

import jo.gov.mol.dwr.mappings.validation.InvalidValueException;

/** A query parameter read as a value of the canonical model, whose own checks say what is wrong with it. */
public final class QueryParameter {
    private QueryParameter() {
    }

    /**
     * @throws RequestRefused 400 naming the parameter, with the value object's code and reason, when it is not one
     */
    public static <T> T parsed(String parameter, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidValueException invalid) {
            throw RequestRefused.invalid(parameter, invalid.code().code(), invalid.getMessage());
        }
    }
}
