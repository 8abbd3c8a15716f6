package jo.gov.mol.dwr.sandbox.benchmark;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.jms.listener.DefaultMessageListenerContainer;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.registry.RegistryStatistics;
import jo.gov.mol.dwr.sandbox.mol.MolNames;

/**
 * Measures intake on this machine and, in the same run, the raw parts it is built on, so that the figures say
 * what the hub costs above them: durable sends to the same broker, one-row commits to the same database, then
 * MoL recruitment requests over SOAP/HTTP through the whole hub (validated, logged, queued, acknowledged) while
 * the registry waits, then the registry applying them all.
 */
@Component
class IntakeBenchmark {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final BenchmarkProperties properties;
    private final JmsTemplate jms;
    private final JdbcTemplate hubDb;
    private final RegistryStatistics registry;
    private final Environment environment;
    private final ConfigurableApplicationContext context;
    private final List<DefaultMessageListenerContainer> consumers;

    IntakeBenchmark(BenchmarkProperties properties, JmsTemplate jms, @Qualifier("hubJdbc") JdbcTemplate hubDb,
                    RegistryStatistics registry, Environment environment, ConfigurableApplicationContext context,
                    List<DefaultMessageListenerContainer> consumers) {
        this.consumers = consumers;
        this.properties = properties;
        this.jms = jms;
        this.hubDb = hubDb;
        this.registry = registry;
        this.environment = environment;
        this.context = context;
    }

    @EventListener(ApplicationReadyEvent.class)
    void run() throws Exception {
        if (!properties.enabled()) {
            return;
        }
        int n = properties.messages();
        int threads = properties.senders();
        System.out.printf("%nIntake benchmark: %d messages per phase, %d senders, %d cores, database %s%n", n, threads,
                Runtime.getRuntime().availableProcessors(), hubDb.getDataSource().getConnection().getMetaData().getURL());
        List<Phase> phases = new ArrayList<>();
        String body = request(UUID.randomUUID().toString(), 0);

        phases.add(Load.run("raw broker: durable JMS send", n, threads, i -> jms.send("benchmark.raw", s -> s.createTextMessage(body))));
        drain();

        hubDb.execute("create table benchmark_raw (id bigint primary key, payload varchar(4000))");
        try {
            phases.add(Load.run("raw database: one-row commit", n, threads,
                    i -> hubDb.update("insert into benchmark_raw (id, payload) values (?, ?)", i, body)));
        } finally {
            hubDb.execute("drop table benchmark_raw");
        }

        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        licenceTheOffice();
        // the hub alone first, the registry's consumers paused, so that the two do not share the cores
        long appliedBefore = registry.counts().sourceMessages();
        consumers.forEach(DefaultMessageListenerContainer::stop);
        Phase hub = Load.run("hub: SOAP request to Ack", n, threads, i -> accept(run, i));
        phases.add(hub);
        long start = System.nanoTime();
        consumers.forEach(DefaultMessageListenerContainer::start);
        while (registry.counts().sourceMessages() < appliedBefore + n) {
            Thread.sleep(20);
        }
        phases.add(new Phase("registry: apply the queued events", n, Duration.ofNanos(System.nanoTime() - start), new long[0]));

        System.gc();
        long heapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
        System.out.println();
        phases.forEach(p -> System.out.println("  " + p.line()));
        System.out.printf(Locale.ROOT, "  hub intake costs %.1fx a raw durable send and %.1fx a raw one-row commit%n",
                phases.get(0).perSecond() / hub.perSecond(), phases.get(1).perSecond() / hub.perSecond());
        System.out.printf("  heap in use after the run (after GC): %d MiB%n%n", heapMb);
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    private void drain() {
        jms.setReceiveTimeout(200);
        while (jms.receive("benchmark.raw") != null) {
            // empty the scratch queue so the journal does not keep it
        }
    }

    /**
     * MoL's licence of the office the requests name, applied before they come, as in life: an unknown office would
     * make every request an OFFICE_LICENCE_INVALID case and measure the flag's work instead of the intake's.
     */
    private void licenceTheOffice() throws Exception {
        long appliedBefore = registry.counts().sourceMessages();
        post("""
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:dws="urn:jo:gov:mol:dws:1"><soap:Body>
                <dws:OfficeLicence>
                  <dws:MessageId>%s</dws:MessageId><dws:SentAt>2025-12-01T09:00:00+03:00</dws:SentAt>
                  <dws:LicenceNo>RO-0142</dws:LicenceNo><dws:NameEn>AL-NOOR RECRUITMENT</dws:NameEn>
                  <dws:NameAr>مكتب النور للاستقدام</dws:NameAr><dws:Governorate>AMMAN</dws:Governorate><dws:Status>ACTIVE</dws:Status>
                  <dws:ValidFrom>2025-12-01</dws:ValidFrom><dws:ValidUntil>2028-11-30</dws:ValidUntil><dws:AnnualQuota>%d</dws:AnnualQuota>
                </dws:OfficeLicence></soap:Body></soap:Envelope>""".formatted(UUID.randomUUID(), 1000 * properties.messages()));
        while (registry.counts().sourceMessages() <= appliedBefore) {
            Thread.sleep(20);
        }
    }

    private void accept(String run, int i) throws Exception {
        post(request(UUID.randomUUID().toString(), i, run));
    }

    private void post(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + environment.getProperty("local.server.port")
                        + "/services/mol/events"))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("mol:mol-sandbox".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("ACCEPTED")) {
            throw new IllegalStateException("not accepted: " + response.statusCode() + " " + response.body());
        }
    }

    private static String request(String messageId, int i) {
        return request(messageId, i, "0");
    }

    /**
     * A recruitment request for the {@code i}th worker of the run: each a person of their own (a name from MoL's
     * Philippine tables and a birth date of their own), as in a real stream, so that the registry's linkage and
     * flags work as they would on real data rather than on one person recruited thousands of times.
     */
    private static String request(String messageId, int i, String run) {
        String passport = "B" + run.toUpperCase(Locale.ROOT) + String.format("%06d", i);
        Random seeded = new Random(i);
        MolNames.Name name = MolNames.person(seeded, "PHL", true).full();
        LocalDate born = LocalDate.of(1975, 1, 1).plusDays(seeded.nextInt(365 * 25));
        return """
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:dws="urn:jo:gov:mol:dws:1"><soap:Body>
                <dws:RecruitmentRequest>
                  <dws:MessageId>%s</dws:MessageId><dws:SentAt>2026-03-01T09:00:00+03:00</dws:SentAt>
                  <dws:RequestId>MOL-REQ-2026-%06d</dws:RequestId><dws:OfficeLicenceNo>RO-0142</dws:OfficeLicenceNo>
                  <dws:Employer><dws:NationalId>9871234567</dws:NationalId><dws:Name>KHALED AL-MASRI</dws:Name><dws:Governorate>AMMAN</dws:Governorate></dws:Employer>
                  <dws:Worker><dws:PassportNo>%s</dws:PassportNo><dws:Nationality>PHL</dws:Nationality>
                    <dws:NameEn>%s</dws:NameEn><dws:NameAr>%s</dws:NameAr>
                    <dws:DateOfBirth>%s</dws:DateOfBirth><dws:Sex>F</dws:Sex></dws:Worker>
                  <dws:Occupation>HOUSEKEEPER</dws:Occupation>
                  <dws:Contract><dws:MonthlySalary currency="USD">400</dws:MonthlySalary><dws:DurationMonths>24</dws:DurationMonths></dws:Contract>
                  <dws:RequestedAt>2026-03-01T08:59:12+03:00</dws:RequestedAt>
                </dws:RecruitmentRequest></soap:Body></soap:Envelope>""".formatted(messageId, 900000 + (i % 99999), passport.substring(0, Math.min(20, passport.length())),
                        name.en(), name.ar(), born);
    }
}
