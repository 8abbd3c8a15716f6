package jo.gov.mol.dwr.registry.flag;

import static jo.gov.mol.dwr.registry.CanonicalEvents.approved;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromBorder;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromMoi;
import static jo.gov.mol.dwr.registry.CanonicalEvents.fromMol;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newApprovalNo;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newNationalId;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newPassport;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newPermitNo;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newRequestId;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.PageRequest;
import org.springframework.jms.core.JmsTemplate;

import jo.gov.mol.dwr.mappings.canonical.ApprovalNo;
import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.mappings.canonical.PassportRef;
import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.mappings.canonical.WorkPermitIssued;
import jo.gov.mol.dwr.registry.Applied;
import jo.gov.mol.dwr.registry.RegistryStatistics;
import jo.gov.mol.dwr.registry.Someone;
import jo.gov.mol.dwr.registry.app.RegistryApplication;
import jo.gov.mol.dwr.registry.person.Persons;

/**
 * A rule about time passing, with the registry's clock in the test's hand: NO_WORK_PERMIT fires at 00:00 Amman on
 * entry date + 31 when the sweep runs past it, not a second before, and a permit issued in time that arrives late
 * resolves it.
 */
@SpringBootTest(classes = {RegistryApplication.class, TimeBasedFlagIntegrationTests.HandClock.class})
class TimeBasedFlagIntegrationTests {
    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    @Autowired
    JmsTemplate jms;

    @Autowired
    RegistryStatistics statistics;

    @Autowired
    Persons persons;

    @Autowired
    FlagSweep sweep;

    @Autowired
    Flags flags;

    @Autowired
    SettableClock clock;

    @Test
    void noWorkPermitFiresWhenTheClockPassesEntryDatePlusThirtyOneAndALatePermitResolvesIt() {
        clock.set(START);
        Someone her = Someone.fresh();
        PassportRef passport = newPassport();
        RequestId requestId = newRequestId();
        ApprovalNo approvalNo = newApprovalNo();
        Instant entered = START.plus(Duration.ofDays(3));
        LocalDate entryDate = LocalDate.ofInstant(entered, CanonicalEvent.AMMAN);
        publish(fromMol(her.requested(requestId, passport, START.minus(Duration.ofDays(30)))),
                fromMoi(approved(requestId, approvalNo, START.minus(Duration.ofDays(20)))),
                fromBorder(her.crossed(passport, Direction.ENTRY, entered, approvalNo)));
        Instant deadline = entryDate.plusDays(31).atStartOfDay(CanonicalEvent.AMMAN).toInstant();

        clock.set(deadline.minusSeconds(1));
        sweep.sweep();
        assertThat(noWorkPermit(passport)).isEmpty();

        clock.set(deadline);
        sweep.sweep();
        assertThat(noWorkPermit(passport)).singleElement().satisfies(flag -> {
            assertThat(flag.status()).isEqualTo(FlagStatus.OPEN);
            assertThat(flag.raisedAt()).isEqualTo(deadline);
        });

        publish(fromMol(new WorkPermitIssued(newPermitNo(), requestId, passport, newNationalId(),
                entryDate.plusDays(30), entryDate.plusYears(2)), deadline.plusSeconds(3600)));
        assertThat(noWorkPermit(passport)).singleElement()
                .satisfies(flag -> assertThat(flag.status()).isEqualTo(FlagStatus.RESOLVED));
    }

    private List<FlagView> noWorkPermit(PassportRef passport) {
        return flags.find(new FlagFilter(Optional.of(RuleCode.NO_WORK_PERMIT), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(passport.number().value()),
                Optional.empty(), Optional.empty()), PageRequest.of(0, 10)).content();
    }

    private void publish(InboundEvent... events) {
        Applied.published(jms, statistics, events);
    }

    /** A clock the test sets; primary, so it stands in for the registry's system clock. */
    @TestConfiguration(proxyBeanMethods = false)
    static class HandClock {
        @Bean
        @Primary
        SettableClock handClock() {
            return new SettableClock(START);
        }
    }

    static final class SettableClock extends Clock {
        private volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant moment) {
            now = moment;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
