package jo.gov.mol.dwr.routes.embassy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * A notice to an embassy as it waits in the outbox: the embassy it is for, and the notice exactly as it will be
 * sent on every attempt.
 *
 * @param embassy the embassy's country, ISO 3166-1 alpha-3; the folder of its notice files
 */
record EmbassyNotice(String embassy, CrossingNotice notice) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    String toJson() {
        return write(this);
    }

    static EmbassyNotice fromJson(String json) {
        try {
            return JSON.readValue(json, EmbassyNotice.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an embassy notice: " + e.getOriginalMessage(), e);
        }
    }

    /** The notice alone, as the PHL endpoint takes it. */
    String noticeJson() {
        return write(notice);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
    }
}
