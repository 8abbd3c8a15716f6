package jo.gov.mol.dwr.registry.reference;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** An effective date no other test judges a fact on: a random day in the years 3000 to 8999. */
final class FarFuture {
    private FarFuture() {
    }

    static LocalDate date() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return LocalDate.of(random.nextInt(3000, 9000), random.nextInt(1, 13), random.nextInt(1, 29));
    }
}
