package jo.gov.mol.dwr.mappings.canonical;

import java.util.Arrays;
import java.util.stream.Collectors;

import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.InvalidValueException;

/** The border crossing points of Jordan, by the codes the Public Security Directorate publishes (interfaces.md 3a). */
public enum CrossingPoint {
    AMM("Queen Alia airport"),
    ADJ("Amman civil airport"),
    AQJ("Aqaba airport"),
    KHB("King Hussein Bridge"),
    SHB("Sheikh Hussein Bridge"),
    WAR("Wadi Araba"),
    JAB("Jaber"),
    OMR("Al-Omari"),
    DUR("Durra"),
    KAR("Karameh"),
    AQP("Aqaba port");

    private final String displayName;

    CrossingPoint(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /**
     * @throws InvalidValueException with {@code unknown_crossing_point} for anything but a published code
     */
    public static CrossingPoint of(String code) {
        for (CrossingPoint point : values()) {
            if (point.name().equals(code)) {
                return point;
            }
        }
        throw new InvalidValueException(ErrorCode.UNKNOWN_CROSSING_POINT, "'" + code + "' is not a crossing point ("
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
    }
}
