package jo.gov.mol.dwr.registry.classification;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which office an event counts for (policy.md): the office named on it, or else the office of the worker's latest
 * recruitment request made on or before the event's date (a request of the same day counts: both are dates).
 */
final class Attribution {
    private final Map<String, List<RequestOnRecord>> requestsByPassport;

    Attribution(Collection<RequestOnRecord> requests) {
        this.requestsByPassport = requests.stream().collect(Collectors.groupingBy(RequestOnRecord::passportKey,
                Collectors.collectingAndThen(Collectors.toList(), list -> list.stream()
                        .sorted(Comparator.comparing(RequestOnRecord::requestedAt)
                                .thenComparing(RequestOnRecord::licenceNo))
                        .toList())));
    }

    /** The office the event counts for; empty when it names none and the worker had no request before it. */
    Optional<String> officeOf(OfficeEvent event) {
        if (event.namedOffice() != null) {
            return Optional.of(event.namedOffice());
        }
        return requestsByPassport.getOrDefault(event.passportKey(), List.of()).stream()
                .filter(request -> !request.requestedOn().isAfter(event.on()))
                .reduce((earlier, later) -> later)
                .map(RequestOnRecord::licenceNo);
    }
}
