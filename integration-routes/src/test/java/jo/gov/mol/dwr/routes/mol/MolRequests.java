package jo.gov.mol.dwr.routes.mol;

import java.util.UUID;

/** Small factories of MoL DWS requests, as MoL's system sends them. */
public final class MolRequests {
    private MolRequests() {
    }

    public static String newMessageId() {
        return UUID.randomUUID().toString();
    }

    public static String envelope(String body) {
        return """
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:dws="urn:jo:gov:mol:dws:1">
                  <soap:Body>%s</soap:Body>
                </soap:Envelope>""".formatted(body);
    }

    public static String recruitmentRequest(String messageId, String requestId, String passportNo) {
        return recruitmentRequest(messageId, "2026-03-01T09:00:00+03:00", requestId, passportNo, "400");
    }

    public static String recruitmentRequest(String messageId, String sentAt, String requestId, String passportNo, String salary) {
        return envelope("""
                <dws:RecruitmentRequest>
                  <dws:MessageId>%s</dws:MessageId>
                  <dws:SentAt>%s</dws:SentAt>
                  <dws:RequestId>%s</dws:RequestId>
                  <dws:OfficeLicenceNo>RO-0142</dws:OfficeLicenceNo>
                  <dws:Employer><dws:NationalId>9871234567</dws:NationalId><dws:Name>KHALED AL-MASRI</dws:Name><dws:Governorate>AMMAN</dws:Governorate></dws:Employer>
                  <dws:Worker>
                    <dws:PassportNo>%s</dws:PassportNo><dws:Nationality>PHL</dws:Nationality>
                    <dws:NameEn>MARIA CLARA SANTOS DELA CRUZ</dws:NameEn><dws:NameAr>ماريا كلارا سانتوس ديلا كروز</dws:NameAr>
                    <dws:DateOfBirth>1994-07-15</dws:DateOfBirth><dws:Sex>F</dws:Sex>
                  </dws:Worker>
                  <dws:Occupation>HOUSEKEEPER</dws:Occupation>
                  <dws:Contract><dws:MonthlySalary currency="USD">%s</dws:MonthlySalary><dws:DurationMonths>24</dws:DurationMonths></dws:Contract>
                  <dws:RequestedAt>2026-03-01T08:59:12+03:00</dws:RequestedAt>
                </dws:RecruitmentRequest>""".formatted(messageId, sentAt, requestId, passportNo, salary));
    }

    public static String workPermit(String messageId, String passportNo) {
        return envelope("""
                <dws:WorkPermit>
                  <dws:MessageId>%s</dws:MessageId><dws:SentAt>2026-04-02T10:00:00.250+03:00</dws:SentAt>
                  <dws:PermitNo>WP-2026-0001234</dws:PermitNo><dws:RequestId>MOL-REQ-2026-000123</dws:RequestId>
                  <dws:PassportNo>%s</dws:PassportNo><dws:Nationality>PHL</dws:Nationality>
                  <dws:EmployerNationalId>9871234567</dws:EmployerNationalId>
                  <dws:IssuedOn>2026-04-02</dws:IssuedOn><dws:ExpiresOn>2028-04-01</dws:ExpiresOn>
                </dws:WorkPermit>""".formatted(messageId, passportNo));
    }

    public static String complaint(String messageId, String passportNo) {
        return envelope("""
                <dws:Complaint>
                  <dws:MessageId>%s</dws:MessageId><dws:SentAt>2026-05-10T12:30:00+03:00</dws:SentAt>
                  <dws:ComplaintId>CMP-2026-000045</dws:ComplaintId><dws:FiledOn>2026-05-09</dws:FiledOn>
                  <dws:FiledBy>WORKER</dws:FiledBy><dws:PassportNo>%s</dws:PassportNo><dws:Nationality>PHL</dws:Nationality>
                  <dws:OfficeLicenceNo>RO-0142</dws:OfficeLicenceNo><dws:EmployerNationalId>9871234567</dws:EmployerNationalId>
                  <dws:Category>UNPAID_WAGES</dws:Category><dws:Status>OPEN</dws:Status>
                </dws:Complaint>""".formatted(messageId, passportNo));
    }

    public static String abscondingReport(String messageId, String passportNo) {
        return envelope("""
                <dws:AbscondingReport>
                  <dws:MessageId>%s</dws:MessageId><dws:SentAt>2026-05-20T08:00:00+03:00</dws:SentAt>
                  <dws:ReportId>ABS-2026-000777</dws:ReportId><dws:EmployerNationalId>9871234567</dws:EmployerNationalId>
                  <dws:PassportNo>%s</dws:PassportNo><dws:Nationality>PHL</dws:Nationality>
                  <dws:LastSeenOn>2026-05-18</dws:LastSeenOn><dws:ReportedOn>2026-05-19</dws:ReportedOn>
                </dws:AbscondingReport>""".formatted(messageId, passportNo));
    }

    public static String employerTransfer(String messageId, String passportNo) {
        return envelope("""
                <dws:EmployerTransfer>
                  <dws:MessageId>%s</dws:MessageId><dws:SentAt>2026-06-01T09:15:00+03:00</dws:SentAt>
                  <dws:TransferId>TRF-2026-000031</dws:TransferId><dws:PassportNo>%s</dws:PassportNo><dws:Nationality>PHL</dws:Nationality>
                  <dws:FromEmployerNationalId>9871234567</dws:FromEmployerNationalId><dws:ToEmployerNationalId>9870009999</dws:ToEmployerNationalId>
                  <dws:EffectiveOn>2026-06-01</dws:EffectiveOn>
                </dws:EmployerTransfer>""".formatted(messageId, passportNo));
    }

    public static String officeLicence(String messageId, String licenceNo) {
        return envelope("""
                <dws:OfficeLicence>
                  <dws:MessageId>%s</dws:MessageId><dws:SentAt>2026-01-05T11:00:00+03:00</dws:SentAt>
                  <dws:LicenceNo>%s</dws:LicenceNo><dws:NameEn>AL-NOOR RECRUITMENT</dws:NameEn><dws:NameAr>مكتب النور للاستقدام</dws:NameAr>
                  <dws:Governorate>AMMAN</dws:Governorate><dws:Status>ACTIVE</dws:Status>
                  <dws:ValidFrom>2025-01-01</dws:ValidFrom><dws:ValidUntil>2027-12-31</dws:ValidUntil><dws:AnnualQuota>300</dws:AnnualQuota>
                </dws:OfficeLicence>""".formatted(messageId, licenceNo));
    }
}
