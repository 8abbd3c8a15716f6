package jo.gov.mol.dwr.sandbox;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module boundaries of style.md, checked on the classes of all four modules as the sandbox sees them: the hub
 * and the registry meet only at the canonical model and the queue, the contracts depend on neither, and nothing
 * hides in a {@code util} or {@code common} package.
 */
@AnalyzeClasses(packages = "jo.gov.mol.dwr", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {
    private static final String HUB = "jo.gov.mol.dwr.routes..";
    private static final String REGISTRY = "jo.gov.mol.dwr.registry..";
    private static final String MAPPINGS = "jo.gov.mol.dwr.mappings..";
    private static final String SANDBOX = "jo.gov.mol.dwr.sandbox..";

    @ArchTest
    static final ArchRule the_hub_never_uses_the_registry = noClasses().that().resideInAPackage(HUB)
            .should().dependOnClassesThat().resideInAPackage(REGISTRY)
            .because("the hub and the registry run apart and meet only at the canonical model and the queue");

    @ArchTest
    static final ArchRule the_registry_never_uses_the_hub = noClasses().that().resideInAPackage(REGISTRY)
            .should().dependOnClassesThat().resideInAPackage(HUB)
            .because("the registry learns only what travels in the canonical event");

    @ArchTest
    static final ArchRule the_contracts_depend_on_no_other_module = noClasses().that().resideInAPackage(MAPPINGS)
            .should().dependOnClassesThat().resideInAnyPackage(HUB, REGISTRY, SANDBOX)
            .because("mappings is the shared bottom layer");

    @ArchTest
    static final ArchRule only_the_sandbox_uses_the_sandbox = noClasses().that().resideOutsideOfPackage(SANDBOX)
            .should().dependOnClassesThat().resideInAPackage(SANDBOX)
            .because("the sandbox sits on top of everything and nothing builds on it");

    @ArchTest
    static final ArchRule no_package_is_a_dumping_ground = noClasses()
            .should().resideInAnyPackage("..util..", "..utils..", "..common..", "..helper..", "..helpers..")
            .because("packages are named by feature (style.md)");
}
