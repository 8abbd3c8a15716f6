package jo.gov.mol.dwr.registry.notice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NoticeRepository extends JpaRepository<Notice, UUID> {

    /** Notices not yet handed to the hub, in the order they became due. */
    @Query("select n from Notice n where n.publishedAt is null order by n.dueAt, n.noticeId")
    List<Notice> findUnpublished(Limit limit);

    @Modifying
    @Query("update Notice n set n.publishedAt = :at where n.noticeId = :noticeId and n.publishedAt is null")
    int markPublished(UUID noticeId, Instant at);

    @Query("select count(n) from Notice n where n.publishedAt is null")
    long countUnpublished();
}
