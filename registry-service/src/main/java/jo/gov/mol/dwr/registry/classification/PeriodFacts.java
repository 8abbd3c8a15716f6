package jo.gov.mol.dwr.registry.classification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;

/**
 * Reads the facts of a period that classification counts, straight from the features' tables with one query per
 * kind of fact, in SQL that H2, PostgreSQL and Oracle read alike. Rates by office (MoI decisions, expired approvals)
 * are counted by the database; facts that may have to be attributed through the worker's latest request, and the
 * placements with their entry dates, come back as rows for {@link OfficeTallies} to count.
 * <p>
 * Why SQL over the tables rather than each feature's public face: classification reads every office's facts of a
 * year at once; through the features that would be a query per office and metric. It only reads.
 */
@Component
class PeriodFacts {
    private static final int IN_LIST = 500;

    private final JdbcClient sql;

    PeriodFacts(DataSource registryDataSource) {
        this.sql = JdbcClient.create(registryDataSource);
    }

    /** Every worker's first entry on each approval of an office's request, where that entry falls in the period. */
    List<Placement> placements(Period period) {
        return sql.sql("""
                        select r.office_licence_no, c.worker_id, c.passport_key, min(c.occurred_at) as entered_at
                        from border_crossing c
                        join approval a on a.approval_no = c.visa_ref
                        join recruitment_request r on r.request_no = a.request_no
                        where c.direction = 'ENTRY'
                        group by r.office_licence_no, a.approval_no, c.worker_id, c.passport_key
                        having min(c.occurred_at) >= :from and min(c.occurred_at) < :until""")
                .param("from", startOf(period.firstDay()))
                .param("until", startOf(period.lastDay().plusDays(1)))
                .query((row, n) -> new Placement(row.getString(1), row.getLong(2), row.getString(3),
                        ammanDate(row, 4)))
                .list();
    }

    /** The passports with a work permit issued between the dates, both included, and the dates they were issued on. */
    List<PermitIssued> permits(LocalDate from, LocalDate to) {
        return sql.sql("select passport_key, issued_on from work_permit where issued_on >= :from and issued_on <= :to")
                .param("from", from).param("to", to)
                .query((row, n) -> new PermitIssued(row.getString(1), row.getObject(2, LocalDate.class)))
                .list();
    }

    /** Complaints whose current status is SUBSTANTIATED, filed in the period. */
    List<OfficeEvent> substantiatedComplaints(Period period) {
        return events("""
                select office_licence_no, passport_key, filed_on, 1 from complaint
                where complaint_status = 'SUBSTANTIATED' and filed_on >= :from and filed_on <= :to""", period);
    }

    /** Embassy welfare cases of the categories the welfare metric counts, in the period. */
    List<OfficeEvent> welfareCases(Period period) {
        return events("""
                select office_licence_no, passport_key, record_date, 1 from embassy_record
                where record_kind = 'WELFARE_CASE'
                and welfare_category in ('SHELTER_ADMISSION', 'REPATRIATION_REQUEST', 'MISSING_WORKER')
                and record_date >= :from and record_date <= :to""", period);
    }

    /** Absconding reports made in the period (they name no office). */
    List<OfficeEvent> abscondingReports(Period period) {
        return events("""
                select cast(null as varchar(7)), passport_key, reported_on, 1 from absconding_report
                where reported_on >= :from and reported_on <= :to""", period);
    }

    /** Attestations dated in the period; the REFUSED ones count. */
    List<OfficeEvent> attestations(Period period) {
        return events("""
                select office_licence_no, passport_key, record_date,
                       case when attestation_status = 'REFUSED' then 1 else 0 end
                from embassy_record
                where record_kind = 'ATTESTATION' and record_date >= :from and record_date <= :to""", period);
    }

    /** Every recruitment request of these passports, for attributing events that name no office. */
    List<RequestOnRecord> requestsOf(Collection<String> passportKeys) {
        List<String> keys = passportKeys.stream().distinct().sorted().toList();
        List<RequestOnRecord> requests = new ArrayList<>();
        // Oracle takes at most 1000 values in a list
        for (int start = 0; start < keys.size(); start += IN_LIST) {
            requests.addAll(sql.sql("""
                            select passport_key, office_licence_no, requested_at from recruitment_request
                            where passport_key in (:keys)""")
                    .param("keys", keys.subList(start, Math.min(keys.size(), start + IN_LIST)))
                    .query((row, n) -> new RequestOnRecord(row.getString(1), row.getString(2),
                            row.getObject(3, OffsetDateTime.class).toInstant()))
                    .list());
        }
        return requests;
    }

    /** By office: its requests MoI decided in the period, and how many of them it rejected. */
    Map<String, Ratio> moiRejections(Period period) {
        return ratios("""
                select r.office_licence_no, sum(case when a.decision = 'REJECTED' then 1 else 0 end), count(*)
                from approval a join recruitment_request r on r.request_no = a.request_no
                where a.decision is not null and a.decided_at >= :fromInstant and a.decided_at < :untilInstant
                group by r.office_licence_no""", period);
    }

    /** By office: its approvals that expired in the period, and how many of them no one ever entered on. */
    Map<String, Ratio> unusedApprovals(Period period) {
        return ratios("""
                select r.office_licence_no, count(*) - count(used.visa_ref), count(*)
                from approval a
                join recruitment_request r on r.request_no = a.request_no
                left join (select distinct visa_ref from border_crossing
                           where direction = 'ENTRY' and visa_ref is not null) used on used.visa_ref = a.approval_no
                where a.decision = 'APPROVED' and a.valid_until >= :from and a.valid_until <= :to
                group by r.office_licence_no""", period);
    }

    private List<OfficeEvent> events(String query, Period period) {
        return sql.sql(query).param("from", period.firstDay()).param("to", period.lastDay())
                .query((row, n) -> new OfficeEvent(row.getString(1), row.getString(2),
                        row.getObject(3, LocalDate.class), row.getInt(4) == 1))
                .list();
    }

    private Map<String, Ratio> ratios(String query, Period period) {
        Map<String, Ratio> byOffice = new TreeMap<>();
        sql.sql(query)
                .param("from", period.firstDay()).param("to", period.lastDay())
                .param("fromInstant", startOf(period.firstDay()))
                .param("untilInstant", startOf(period.lastDay().plusDays(1)))
                .query((ResultSet row) -> {
                    byOffice.put(row.getString(1), new Ratio(row.getLong(2), row.getLong(3)));
                });
        return byOffice;
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return CanonicalEvent.startOfAmmanDay(day).atOffset(ZoneOffset.UTC);
    }

    private static LocalDate ammanDate(ResultSet row, int column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).atZoneSameInstant(CanonicalEvent.AMMAN).toLocalDate();
    }

    /** How many of how many. */
    record Ratio(long count, long denominator) {
        Ratio plus(Ratio other) {
            return new Ratio(count + other.count, denominator + other.denominator);
        }
    }

    /** A work permit as the permits-on-time metric reads it. */
    record PermitIssued(String passportKey, LocalDate issuedOn) {
    }
}
