package jo.gov.mol.dwr.registry.person;

import static jo.gov.mol.dwr.registry.CanonicalEvents.fromMol;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromPhl;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newPassport;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newReference;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newRequestId;
import static jo.gov.mol.dwr.registry.CanonicalEvents.now;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jo.gov.mol.dwr.mappings.canonical.ContractAttested;
import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.mappings.canonical.RecruitmentRequested;
import jo.gov.mol.dwr.registry.Someone;
import jo.gov.mol.dwr.registry.app.RegistryApplication;
import jo.gov.mol.dwr.registry.linkage.PersonRecord;
import jo.gov.mol.dwr.registry.linkage.SourceKind;
import jo.gov.mol.dwr.registry.source.Provenance;
import jo.gov.mol.dwr.registry.source.SourceMessages;
import jo.gov.mol.dwr.registry.worker.IdentitySource;
import jo.gov.mol.dwr.registry.worker.Workers;

/**
 * decisions.md: a person with a renewed passport spans two message groups, so two of their records may be linked at
 * the same moment. Here two threads keep one record each, as the intake does (source message, passport, person, in
 * one transaction, retried as a redelivery would be after a transient failure), and start linking together.
 */
@SpringBootTest(classes = RegistryApplication.class)
class ConcurrentLinkageIntegrationTests {

    @Autowired
    SourceMessages sourceMessages;

    @Autowired
    Workers workers;

    @Autowired
    PersonLinker linker;

    @Autowired
    PlatformTransactionManager transactions;

    private final ExecutorService twoConsumers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        twoConsumers.shutdownNow();
    }

    @RepeatedTest(5)
    void twoRecordsOfOneNewPersonLinkedAtOnceMakeOnePerson() throws Exception {
        Someone her = Someone.fresh();
        RecruitmentRequested requested = her.requested(newRequestId(), newPassport());
        ContractAttested attested = her.attested(newReference("ATT"), newPassport(), her.birthDate());
        InboundEvent request = fromMol(requested);
        InboundEvent attestation = fromPhl(attested, now());
        CyclicBarrier together = new CyclicBarrier(2);

        Future<Long> byRequest = twoConsumers.submit(() -> keep(request, together, provenance -> linker.link(
                RecordKind.RECRUITMENT_REQUEST, requested.requestId().value(),
                PersonRecord.of(SourceKind.MOL, requested.worker()),
                workers.recordIdentity(requested.worker(), provenance), provenance)));
        Future<Long> byAttestation = twoConsumers.submit(() -> keep(attestation, together, provenance -> linker.link(
                RecordKind.ATTESTATION, attested.attestationRef().value(),
                PersonRecord.of(SourceKind.EMBASSY, attested.worker()),
                workers.holderOf(attested.worker(), IdentitySource.EMBASSY_RECORD, provenance), provenance)));

        assertThat(byAttestation.get(30, TimeUnit.SECONDS)).isEqualTo(byRequest.get(30, TimeUnit.SECONDS));
    }

    private interface Linking {
        long link(Provenance provenance);
    }

    /** Keeps the event and links its record; both threads start linking at once on their first attempt. */
    private long keep(InboundEvent event, CyclicBarrier together, Linking linking) {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        for (int delivery = 1; ; delivery++) {
            boolean first = delivery == 1;
            LongSupplier attempt = () -> transaction.execute(status -> {
                Provenance provenance = sourceMessages.keep(event);
                if (first) {
                    await(together);
                }
                return linking.link(provenance);
            });
            try {
                return attempt.getAsLong();
            } catch (TransientDataAccessException | DataIntegrityViolationException redelivered) {
                if (delivery == 5) {
                    throw redelivered;
                }
            }
        }
    }

    private static void await(CyclicBarrier together) {
        try {
            together.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other consumer never came", e);
        }
    }
}
