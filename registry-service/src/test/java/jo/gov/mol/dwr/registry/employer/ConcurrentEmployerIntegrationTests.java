package jo.gov.mol.dwr.registry.employer;

import static jo.gov.mol.dwr.registry.CanonicalEvents.fromMol;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newNationalId;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newPassport;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newRequestId;
import static jo.gov.mol.dwr.registry.CanonicalEvents.recruitmentRequested;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jo.gov.mol.dwr.mappings.canonical.Employer;
import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.mappings.canonical.NationalId;
import jo.gov.mol.dwr.mappings.canonical.RecruitmentRequested;
import jo.gov.mol.dwr.registry.app.RegistryApplication;
import jo.gov.mol.dwr.registry.source.SourceMessages;

/**
 * Two requests of one employer not seen before, for two workers (two message groups), are applied at the same
 * moment, each in its transaction as the intake applies it. Both apply on their first delivery, and the employer
 * is created once; before, the second met the first one's unique national id, logged as an error, and waited for
 * a redelivery.
 */
@SpringBootTest(classes = RegistryApplication.class)
class ConcurrentEmployerIntegrationTests {

    @Autowired
    SourceMessages sourceMessages;

    @Autowired
    Employers employers;

    @Autowired
    EmployerRepository rows;

    @Autowired
    PlatformTransactionManager transactions;

    private final ExecutorService twoConsumers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        twoConsumers.shutdownNow();
    }

    @RepeatedTest(3)
    void twoRequestsOfOneNewEmployerAppliedAtOnceBothApplyAndCreateItOnce() throws Exception {
        NationalId employer = newNationalId();
        CyclicBarrier together = new CyclicBarrier(2);

        Future<?> first = twoConsumers.submit(() -> apply(requestOf(employer), together));
        Future<?> second = twoConsumers.submit(() -> apply(requestOf(employer), together));
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);

        assertThat(rows.findByNationalId(employer.value())).isPresent();
    }

    private static InboundEvent requestOf(NationalId employer) {
        RecruitmentRequested request = recruitmentRequested(newRequestId(), newPassport());
        return fromMol(new RecruitmentRequested(request.requestId(), request.office(),
                new Employer(employer, "KHALED AL-MASRI", "AMMAN"), request.worker(), request.occupation(),
                request.monthlySalary(), request.durationMonths(), request.requestedAt()));
    }

    /** Keeps the message, then records its employer together with the other consumer, and commits a little later. */
    private void apply(InboundEvent event, CyclicBarrier together) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            var provenance = sourceMessages.keep(event);
            await(together);
            employers.record(((RecruitmentRequested) event.event()).employer(), provenance);
            rows.flush();
            pause();
        });
    }

    private static void await(CyclicBarrier together) {
        try {
            together.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other consumer never came", e);
        }
    }

    /** Long enough for the other consumer to reach the employer while this transaction is still open. */
    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
