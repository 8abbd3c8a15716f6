package jo.gov.mol.dwr.registry.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.canonical.ComplaintRecorded;
import jo.gov.mol.dwr.registry.source.Provenance;

class EventHandlersTests {

    @Test
    void namesTheKindsOfEventsItHasNoHandlerFor() {
        EventHandlers handlers = new EventHandlers(List.of(new Complaints()));

        assertThat(handlers.unhandled()).contains("RecruitmentRequested", "OfficeLicenceRecorded")
                .doesNotContain("ComplaintRecorded");
    }

    @Test
    void refusesTwoHandlersForOneKindOfEvent() {
        assertThatThrownBy(() -> new EventHandlers(List.of(new Complaints(), new Complaints())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("two handlers for ComplaintRecorded");
    }

    static class Complaints implements EventHandler<ComplaintRecorded> {
        @Override
        public Class<ComplaintRecorded> eventType() {
            return ComplaintRecorded.class;
        }

        @Override
        public void apply(ComplaintRecorded fact, Provenance provenance) {
        }
    }
}
