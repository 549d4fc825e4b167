package vn.tdkt.awards.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The modules (the top-level packages under {@code vn.tdkt.awards}) depend on each other without a cycle, and
 * {@code system} (errors, texts, clock, imports, start-up) on no feature: a feature that needs another's help offers an
 * interface the other implements ({@code nomination.RequiredDocuments}, {@code nomination.DossierDocuments},
 * {@code system.StartupStep}). Checked on the compiled main classes, so a cycle added anywhere fails the build.
 */
class ModuleBoundariesTest {

	static final String BASE = "vn.tdkt.awards";

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(BASE);

	@Test
	void theModules_formNoCycle() {
		slices().matching(BASE + ".(*)..").namingSlices("module $1").should().beFreeOfCycles().check(CLASSES);
	}

	/** nomination owns the dossier's tables: others read and change a dossier through its lifecycle API only. */
	@Test
	void theDossiersTables_areReachedThroughNominationsLifecycleOnly() {
		noClasses().that()
			.resideOutsideOfPackage(BASE + ".nomination..")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName(BASE + ".nomination.DossierRepository")
			.check(CLASSES);
	}

	@Test
	void system_dependsOnNoFeature() {
		noClasses().that()
			.resideInAPackage(BASE + ".system..")
			.should()
			.dependOnClassesThat(resideInAPackage(BASE + "..").and(not(resideInAPackage(BASE + ".system.."))))
			.check(CLASSES);
	}

}
