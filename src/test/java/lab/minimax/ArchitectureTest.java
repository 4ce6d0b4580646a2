package lab.minimax;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import java.util.Arrays;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering the README states, enforced: the engine (the networks, the game, the targets, the
 * metrics, the experiment description and the random streams) knows nothing of the web framework
 * or the servlet API, nor does the link (a page's address, {@code link}); neither the engine nor
 * the training runs nor the live runs know the UI, no layer below the UI uses a view, no two top-level packages depend on each other in a cycle, and
 * the durable runs ({@code durable}) know neither the framework nor the store behind them, and
 * neither do any two of the engine's packages and subpackages (e.g. {@code gan} and
 * {@code gan.objective}: a subpackage never reaches back into its parent).
 */
@AnalyzeClasses(packages = "lab.minimax", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] ENGINE = {"lab.minimax.nn..", "lab.minimax.gan..", "lab.minimax.distribution..",
            "lab.minimax.metrics..", "lab.minimax.experiment..", "lab.minimax.random..", "lab.minimax.grading.."};

    @ArchTest
    static final ArchRule theEngineImportsNoFramework = noClasses().that().resideInAnyPackage(ENGINE)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..",
                    "jakarta..", "javax.servlet..")
            .because("the engine runs the same in the lab, the CLI, the benchmarks and the tests");

    @ArchTest
    static final ArchRule theLinkIsPlainJava = noClasses().that().resideInAPackage("lab.minimax.link..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..",
                    "jakarta..", "javax.servlet..", "lab.minimax.ui..", "lab.minimax.live..", "lab.minimax.training..")
            .because("a link is read and written the same by every page, the tests and any tool");

    @ArchTest
    static final ArchRule theDurableRunsArePlainJava = noClasses().that().resideInAPackage("lab.minimax.durable..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..",
                    "jakarta..", "javax.servlet..", "lab.minimax.ui..", "lab.minimax.live..", "lab.minimax.store..")
            .because("checkpoints are taken, queued and written the same with any store: the database (store),"
                    + " or memory in the tests");

    @ArchTest
    static final ArchRule neitherTheEngineNorTheRunsKnowTheUi = noClasses().that()
            .resideInAnyPackage(append(ENGINE, "lab.minimax.training..", "lab.minimax.live.."))
            .should().dependOnClassesThat().resideInAPackage("lab.minimax.ui..")
            .because("views only lay out and bind what lies below them");

    @ArchTest
    static final ArchRule noLayerBelowUsesTheViews = noClasses().that()
            .resideInAnyPackage("lab.minimax.live..", "lab.minimax.training..", "lab.minimax.server..")
            .should().dependOnClassesThat(resideInAPackage("lab.minimax.ui..").and(assignableTo(Component.class)))
            .because("a view is laid out by the page; the live runs, the training runs and the server only"
                    + " hand it what it binds");

    @ArchTest
    static final ArchRule theTopLevelPackagesFormNoCycle = slices().matching("lab.minimax.(*)..").should().beFreeOfCycles();

    /** Each engine package (subpackages apart) is a slice of its own; other classes are ignored. */
    private static final SliceAssignment ENGINE_PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            return Arrays.stream(ENGINE).anyMatch(e -> p.equals(e.substring(0, e.length() - 2))
                    || p.startsWith(e.substring(0, e.length() - 1))) ? SliceIdentifier.of(p) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the engine's packages and subpackages";
        }
    };

    @ArchTest
    static final ArchRule theEnginePackagesFormNoCycle = slices().assignedFrom(ENGINE_PACKAGES).should().beFreeOfCycles();

    private static String[] append(String[] a, String... b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
