package jo.gov.mol.dwr.sandbox.mol;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import jo.gov.mol.dwr.mappings.mol.events.AbscondingReport;
import jo.gov.mol.dwr.mappings.mol.events.Complaint;
import jo.gov.mol.dwr.mappings.mol.events.EmployerTransfer;
import jo.gov.mol.dwr.mappings.mol.events.OfficeLicence;
import jo.gov.mol.dwr.mappings.mol.events.RecruitmentRequest;
import jo.gov.mol.dwr.mappings.mol.events.WorkPermit;

/**
 * A mistake MoL's system makes now and then, which the hub must refuse with a {@code Client} fault. Most are made
 * on a copy of the JAXB request (the client marshals whatever it is given); {@link #MALFORMED} cannot be, so it is
 * sent as raw XML.
 */
public enum Defect {
    /** A licence number cut short ({@code RO-45}). */
    BAD_LICENCE_NO(r -> r instanceof RecruitmentRequest || r instanceof OfficeLicence, r -> {
        if (r instanceof RecruitmentRequest request) {
            request.setOfficeLicenceNo(request.getOfficeLicenceNo().substring(0, 5));
        } else if (r instanceof OfficeLicence licence) {
            licence.setLicenceNo(licence.getLicenceNo().substring(0, 5));
        }
    }),
    /** The worker's nationality left out. */
    MISSING_NATIONALITY(r -> r instanceof RecruitmentRequest, r -> ((RecruitmentRequest) r).getWorker().setNationality(null)),
    /** An employer national number one digit short. */
    SHORT_NATIONAL_ID(r -> r instanceof Complaint c && c.getEmployerNationalId() != null || r instanceof WorkPermit, r -> {
        if (r instanceof Complaint complaint) {
            complaint.setEmployerNationalId(complaint.getEmployerNationalId().substring(1));
        } else if (r instanceof WorkPermit permit) {
            permit.setEmployerNationalId(permit.getEmployerNationalId().substring(1));
        }
    }),
    /** A permit that expires on the day it is issued. */
    EXPIRES_ON_ISSUE(r -> r instanceof WorkPermit, r -> ((WorkPermit) r).setExpiresOn(((WorkPermit) r).getIssuedOn())),
    /** A worker last seen after the report was made. */
    LAST_SEEN_AFTER_REPORT(r -> r instanceof AbscondingReport, r -> {
        AbscondingReport report = (AbscondingReport) r;
        var reported = report.getReportedOn();
        report.setReportedOn(report.getLastSeenOn());
        report.setLastSeenOn(reported);
    }),
    /** A transfer to the employer the worker already has. */
    SAME_EMPLOYER(r -> r instanceof EmployerTransfer,
            r -> ((EmployerTransfer) r).setToEmployerNationalId(((EmployerTransfer) r).getFromEmployerNationalId())),
    /** The body cut off half-way: not well-formed XML. */
    MALFORMED(r -> true, r -> {
    });

    private final Predicate<Object> fits;
    private final Consumer<Object> damage;

    Defect(Predicate<Object> fits, Consumer<Object> damage) {
        this.fits = fits;
        this.damage = damage;
    }

    boolean fits(Object request) {
        return fits.test(request);
    }

    /** Damages the given request (a copy) in place. */
    void applyTo(Object request) {
        damage.accept(request);
    }

    boolean isRaw() {
        return this == MALFORMED;
    }

    static List<Defect> fitting(Object request) {
        return java.util.Arrays.stream(values()).filter(d -> d.fits(request)).toList();
    }
}
