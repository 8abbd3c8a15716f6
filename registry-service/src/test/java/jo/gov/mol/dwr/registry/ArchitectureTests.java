package jo.gov.mol.dwr.registry;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.springframework.data.repository.Repository;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import jakarta.persistence.Entity;

/** The registry's shape (style.md): feature packages without cycles, a small public face, no setters as API. */
@AnalyzeClasses(packages = "jo.gov.mol.dwr.registry", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule the_registry_uses_no_other_module_than_the_canonical_model = noClasses()
            .should().dependOnClassesThat(resideInAPackage("jo.gov.mol.dwr..")
                    .and(not(resideInAnyPackage("jo.gov.mol.dwr.registry..", "jo.gov.mol.dwr.mappings.."))))
            .because("the registry meets the hub only at the canonical model and the queue");

    @ArchTest
    static final ArchRule feature_packages_do_not_depend_on_each_other_in_a_cycle = slices()
            .matching("jo.gov.mol.dwr.registry.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule entities_stay_inside_their_feature = classes().that().areAnnotatedWith(Entity.class)
            .should().notBePublic()
            .because("a feature changes its records through its own handler, never from outside");

    @ArchTest
    static final ArchRule repositories_stay_inside_their_feature = classes().that().areAssignableTo(Repository.class)
            .should().notBePublic();

    @ArchTest
    static final ArchRule entities_change_through_intention_revealing_methods = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(Entity.class)
            .should().haveNameNotStartingWith("set")
            .because("state changes through methods named for what happens (style.md)");
}
