package jo.gov.mol.dwr.routes.embassy;

import java.time.format.DateTimeFormatter;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.CrossingNoticeDue;

/**
 * An arrival or departure notice as embassies read it (interfaces.md 4a-4c): the PHL endpoint's JSON body, and a
 * row of the other embassies' notice files.
 *
 * @param type       ARRIVAL or DEPARTURE
 * @param occurredAt when the traveller crossed, ISO-8601 with the Amman offset
 */
record CrossingNotice(String noticeId, String type, String passportNo, String occurredAt, String crossingPoint) {

    static CrossingNotice of(CrossingNoticeDue due) {
        return new CrossingNotice(due.noticeId().toString(), due.type(), due.passportNo().value(),
                due.occurredAt().atZone(CanonicalEvent.AMMAN).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                due.crossingPoint().name());
    }
}
