package jo.gov.mol.dwr.mappings.canonical;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.UUID;

/**
 * MoL is to hear of an office's class when it comes into force (interfaces.md 1b {@code OfficeClassificationNotice},
 * policy.md: only a class that comes into force is sent).
 *
 * @param firstMonth  the period's first month
 * @param lastMonth   the period's last month
 * @param effectiveOn the Amman date the class came into force
 */
public record OfficeClassificationNoticeDue(UUID noticeId, LicenceNo licenceNo, OfficeClass officeClass,
                                            YearMonth firstMonth, YearMonth lastMonth, LocalDate effectiveOn)
        implements NoticeDue {
    public OfficeClassificationNoticeDue {
        Objects.requireNonNull(noticeId, "noticeId");
        Objects.requireNonNull(licenceNo, "licenceNo");
        Objects.requireNonNull(officeClass, "officeClass");
        Objects.requireNonNull(firstMonth, "firstMonth");
        Objects.requireNonNull(lastMonth, "lastMonth");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        if (lastMonth.isBefore(firstMonth)) {
            throw new IllegalArgumentException("a period ends no earlier than it starts: " + firstMonth + "/" + lastMonth);
        }
    }

    /**
     * One notice per classification: a classification comes into force at most once, so its id names the notice,
     * and recording it again (a retry, a second instance) gives the same notice.
     */
    public static OfficeClassificationNoticeDue of(long classificationId, LicenceNo licenceNo, OfficeClass officeClass,
                                                   YearMonth firstMonth, YearMonth lastMonth, LocalDate effectiveOn) {
        UUID id = UUID.nameUUIDFromBytes(("OfficeClassificationNotice:" + licenceNo + ":" + classificationId)
                .getBytes(StandardCharsets.UTF_8));
        return new OfficeClassificationNoticeDue(id, licenceNo, officeClass, firstMonth, lastMonth, effectiveOn);
    }

    /** The period as MoL writes it: its first and last month, {@code 2025-11/2026-10}. */
    public String period() {
        return firstMonth + "/" + lastMonth;
    }

    @Override
    public String reference() {
        return licenceNo.value();
    }
}
