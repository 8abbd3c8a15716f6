package jo.gov.mol.dwr.registry.classification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import jo.gov.mol.dwr.mappings.canonical.OfficeClass;

interface ClassificationRepository extends JpaRepository<Classification, Long> {

    /** Every classification of the office, newest first. */
    List<Classification> findByLicenceNoOrderByIdDesc(String licenceNo);

    /** The office's classifications in these statuses, newest first. */
    List<Classification> findByLicenceNoAndStatusInOrderByIdDesc(String licenceNo,
                                                                   Collection<ClassificationStatus> statuses);

    Optional<Classification> findByIdAndLicenceNo(long id, String licenceNo);

    @Query(value = "select distinct c.licenceNo from Classification c order by c.licenceNo",
            countQuery = "select count(distinct c.licenceNo) from Classification c")
    Page<String> classifiedOffices(Pageable page);

    /** The offices whose class in force is this one (an office has at most one classification in force). */
    @Query(value = """
            select c.licenceNo from Classification c
            where c.status in :inForce and coalesce(c.overrideClass, c.computedClass) = :officeClass
            order by c.licenceNo""",
            countQuery = """
            select count(c) from Classification c
            where c.status in :inForce and coalesce(c.overrideClass, c.computedClass) = :officeClass""")
    Page<String> officesInClass(OfficeClass officeClass, Collection<ClassificationStatus> inForce, Pageable page);
}
