package jo.gov.mol.dwr.registry.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewItemRepository extends JpaRepository<ReviewItem, Long> {

    Page<ReviewItem> findByStatusOrderByOpenedAtAscIdAsc(ReviewStatus status, Pageable page);

    List<ReviewItem> findByPersonIdInAndStatus(Collection<Long> personIds, ReviewStatus status);

    Optional<ReviewItem> findByRecordId(long recordId);
}
