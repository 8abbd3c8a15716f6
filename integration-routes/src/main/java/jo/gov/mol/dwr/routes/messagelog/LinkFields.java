package jo.gov.mol.dwr.routes.messagelog;

import java.time.Instant;

/** The fields of a message log entry that its chain hash covers. */
record LinkFields(long id, String system, String messageId, String account, Instant receivedAt, String rawSha256) {
}
