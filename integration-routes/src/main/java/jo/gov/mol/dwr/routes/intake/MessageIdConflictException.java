package jo.gov.mol.dwr.routes.intake;

import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.InvalidMessageException;
import jo.gov.mol.dwr.mappings.validation.ValidationError;

/** A message id the same system used before for an accepted message with different content. */
public class MessageIdConflictException extends InvalidMessageException {
    public MessageIdConflictException(String field, String messageId) {
        super(new ValidationError(field, ErrorCode.MESSAGE_ID_CONFLICT,
                "message id " + messageId + " was accepted before with different content"));
    }
}
