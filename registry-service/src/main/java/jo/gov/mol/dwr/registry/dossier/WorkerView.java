package jo.gov.mol.dwr.registry.dossier;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jo.gov.mol.dwr.mappings.canonical.Sex;
import jo.gov.mol.dwr.registry.person.PersonHistoryEntry;
import jo.gov.mol.dwr.registry.person.PersonRecordView;

/**
 * A worker (a linked registry person) as the API shows them: the passport held most recently and the best
 * description of its holder at the top, every passport they held below.
 *
 * @param id          the surviving person
 * @param mergedInto  the surviving person when the one asked for was merged into it, else null (interfaces.md 6)
 * @param provisional an open linkage review asks whether this person is one with another
 * @param records     the records linked to the person, each with its current link (only when one worker is read)
 * @param history     merges and splits that touched the person (only when one worker is read)
 */
public record WorkerView(long id, Long mergedInto, String passportNo, String issuingState, String nationality,
                         String name, String nameArabic, LocalDate birthDate, Sex sex, boolean provisional,
                         List<PassportView> passports,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<PersonRecordView> records,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<PersonHistoryEntry> history) {

    WorkerView withRecords(List<PersonRecordView> linked, List<PersonHistoryEntry> changes) {
        return new WorkerView(id, mergedInto, passportNo, issuingState, nationality, name, nameArabic, birthDate,
                sex, provisional, passports, linked, changes);
    }
}
