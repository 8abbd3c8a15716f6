package jo.gov.mol.dwr.registry.worker;

import java.time.LocalDate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.PassportNo;
import jo.gov.mol.dwr.mappings.canonical.Sex;
import jo.gov.mol.dwr.mappings.validation.InvalidValueException;
import jo.gov.mol.dwr.registry.api.ListPage;

/** {@code GET /api/workers?passportNo=&nationality=}: the workers holding a passport number (interfaces.md 6). */
@RestController
@RequestMapping("/api/workers")
class WorkerController {
    private final WorkerRepository workers;

    WorkerController(WorkerRepository workers) {
        this.workers = workers;
    }

    @GetMapping
    @Transactional(readOnly = true)
    ListPage<WorkerView> find(@RequestParam(required = false) String passportNo,
                    @RequestParam(required = false) String nationality,
                    @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "50") int size) {
        PageRequest request = ListPage.request(page, size, Sort.by("id"));
        Specification<Worker> filter = Specification.allOf();
        try {
            if (passportNo != null && !passportNo.isBlank()) {
                filter = filter.and(WorkerRepository.holdingPassportNo(PassportNo.of(passportNo).folded()));
            }
            if (nationality != null && !nationality.isBlank()) {
                filter = filter.and(WorkerRepository.ofNationality(CountryCode.of(nationality).value()));
            }
        } catch (InvalidValueException invalid) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, invalid.getMessage(), invalid);
        }
        Page<Worker> found = workers.findAll(filter, request);
        return new ListPage<>(found.map(WorkerView::of).getContent(), page, size, found.getTotalElements());
    }

    record WorkerView(long id, String passportNo, String issuingState, String nationality, String name,
                      String nameArabic, LocalDate birthDate, Sex sex) {
        static WorkerView of(Worker worker) {
            return new WorkerView(worker.id(), worker.passport().number(), worker.passport().issuingState(),
                    worker.nationality(), worker.nameLatin(), worker.nameArabic(), worker.birthDate(), worker.sex());
        }
    }
}
