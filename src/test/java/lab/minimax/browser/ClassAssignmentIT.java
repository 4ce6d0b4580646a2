package lab.minimax.browser;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lab.minimax.account.Accounts;
import lab.minimax.assignment.Assignment;
import lab.minimax.assignment.Assignments;
import lab.minimax.assignment.Board;
import lab.minimax.assignment.Boards;
import lab.minimax.assignment.Submission;
import lab.minimax.assignment.Submissions;
import lab.minimax.experiment.Engine;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.preset.Presets;
import lab.minimax.gan.Evaluator;
import lab.minimax.gan.Trainer;
import lab.minimax.gan.TrainerFactory;
import lab.minimax.grading.Claim;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16's acceptance, in one instructor's and five students' browser contexts:
 * <ol>
 *   <li>the instructor signs in, creates a class and an assignment in the UI (grid25 WGAN-GP on small
 *   nets, a 3,000-step budget, {@code modesCovered>=20}, the nets and the objective locked);</li>
 *   <li>the students join with the code, open the assignment, each with a seed of their own, train
 *   (the runs stop at the budget by themselves) and press Submit; the fifth forges a submission over
 *   HTTP (an edited locked field, a step it never trained);</li>
 *   <li>the dashboard shows each student's run training, then paused at 3,000, within 2 s of the change;</li>
 *   <li>every genuine submission is verified by the server's replay: passed exactly when its measured
 *   modes are at least 20, one student's value equal to a headless run of the same config and seed
 *   measured on the server's evaluation seed, each student reading their verdict; the forgery is
 *   refused with the reason and is not on the board;</li>
 *   <li>the CSV the instructor downloads has the board's rows in the board's order.</li>
 * </ol>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {BrowserSupport.ONE_CLIENT_MANY_SESSIONS, "minimax.limits.max-training-runs=8"})
@DirtiesContext
class ClassAssignmentIT extends BrowserTestBase {
    static final String INSTRUCTOR = "ada";
    static final String PASSWORD = "instructor-secret";
    static final String PRESET = "grid25-wgan-gp-small";
    static final long BUDGET = 3000;
    static final List<String> STUDENTS = List.of("Ann", "Ben", "Cat", "Dan", "Eve");
    private static final Pattern STEP = Pattern.compile("step ([\\d,]+)");
    /** The server's evaluation (application defaults, minimax.assignments.*). */
    static final int EVAL_SAMPLES = 10_000;
    static final long EVAL_SEED = 20260416L;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry props) {
        lab.minimax.store.TestH2.ownDatabase(props, "class-assignment");
    }

    @Autowired
    Accounts accounts;
    @Autowired
    Assignments assignments;
    @Autowired
    Submissions submissions;
    @Autowired
    Boards boards;

    @BeforeEach
    void instructor() {
        if (accounts.credentials(INSTRUCTOR).isEmpty()) {
            accounts.add(INSTRUCTOR, PASSWORD);
        }
    }

    @Test
    void aClassTrainsSubmitsAndIsGradedByReplay() {
        List<String> errors = new ArrayList<>();
        BrowserContext teacherContext = browser.newContext();
        List<BrowserContext> contexts = new ArrayList<>();
        try {
            // 1. the instructor: class and assignment, all in the UI
            Page teacher = teacherContext.newPage();
            teacher.setDefaultTimeout(PAGE_TIMEOUT_MS);
            BrowserSupport.collectErrors(teacher, errors);
            String code = ClassroomPages.signInAndCreateClass(teacher, this::url, INSTRUCTOR, PASSWORD, "GANs 101");
            teacher.locator("#assignment-title input").fill("Cover the grid");
            teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preset")).first().click();
            teacher.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(PRESET + " ·")).click();
            for (String group : List.of("generator", "discriminator")) {
                teacher.locator("#assignment-locked vaadin-checkbox", new Page.LocatorOptions().setHasText(group)).click();
            }
            teacher.locator("#assignment-budget input").fill(Long.toString(BUDGET));
            teacher.locator("#assignment-criteria input").fill("modesCovered>=20");
            teacher.locator("#assignment-create").click();
            assertThat(teacher.locator("#assignment-message")).hasText("Created \"Cover the grid\".");
            String studentLink = teacher.locator(".assignment-card .assignment-link").getAttribute("href");
            String assignmentId = studentLink.substring(studentLink.lastIndexOf('/') + 1);
            Assignment a = assignments.forInstructor(INSTRUCTOR, assignmentId);
            assertEquals(PRESET, a.preset());
            assertEquals(java.util.Set.of("target", "objective", "generator", "discriminator"), a.locked());
            assertEquals(BUDGET, a.stepBudget());

            // 2. five students join and open the assignment, each with a seed of their own
            List<Page> students = new ArrayList<>();
            for (int i = 0; i < STUDENTS.size(); i++) {
                BrowserContext c = browser.newContext();
                contexts.add(c);
                Page s = c.newPage();
                s.setDefaultTimeout(PAGE_TIMEOUT_MS);
                BrowserSupport.collectErrors(s, errors);
                ClassroomPages.join(s, this::url, code, STUDENTS.get(i));
                assertThat(s.locator("#open-assignments .open-assignment")).hasText("Cover the grid");
                s.navigate(url(studentLink));
                s.locator("#assignment-bar").waitFor();
                String lab = s.url().replaceAll("([?&])_run=[^&]*&?", "$1"); // a fresh run: this seed, not the page's run
                String seeded = lab.matches(".*[?&]seed=\\d+.*") ? lab.replaceAll("([?&])seed=\\d+", "$1seed=" + seed(i))
                        : lab + "&seed=" + seed(i);
                s.navigate(seeded);
                s.locator("#assignment-bar").waitFor();
                s.locator("mm-plane[data-seq]").waitFor();
                students.add(s);
            }
            Locator present = teacher.locator(".class-run");
            // 3. each Play shows on the dashboard within 2 s
            for (int i = 0; i < 4; i++) {
                Page s = students.get(i);
                s.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speed")).first().click();
                s.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("200 steps/frame").setExact(true)).click();
                LabPages.button(s, "Play").click();
                long t0 = System.nanoTime();
                try {
                    card(present, STUDENTS.get(i), "running").waitFor(new Locator.WaitForOptions().setTimeout(2000));
                } catch (RuntimeException e) {
                    throw new AssertionError("the dashboard after 2 s: " + present.allTextContents() + "; the student's page: "
                            + s.locator("#status").textContent(), e);
                }
                System.out.printf("ClassAssignmentIT: %s training on the dashboard after %d ms%n", STUDENTS.get(i),
                        (System.nanoTime() - t0) / 1_000_000);
            }
            // the runs stop at the budget by themselves; each shows paused at 3000 within 2 s
            for (int i = 0; i < 4; i++) {
                Page s = students.get(i);
                try {
                    s.waitForFunction("n => { const m = /step ([\\d,]+)/.exec(document.getElementById('status').textContent);"
                            + " return m && Number(m[1].replace(/,/g, '')) >= n; }", (int) BUDGET,
                            new Page.WaitForFunctionOptions().setTimeout(240_000));
                } catch (RuntimeException e) {
                    List<String> lines = new ArrayList<>();
                    students.forEach(p -> lines.add(p.url() + " :: " + p.locator("#status").textContent()));
                    throw new AssertionError("not at the budget: " + lines + "; the dashboard: " + present.allTextContents(), e);
                }
                long t0 = System.nanoTime();
                card(present, STUDENTS.get(i), "paused").waitFor(new Locator.WaitForOptions().setTimeout(2000));
                System.out.printf("ClassAssignmentIT: %s paused at the budget on the dashboard after %d ms%n",
                        STUDENTS.get(i), (System.nanoTime() - t0) / 1_000_000);
                assertEquals(BUDGET, step(s), "stopped at exactly the budget");
                assertTrue(card(present, STUDENTS.get(i), "paused").textContent().contains("3000")
                        || card(present, STUDENTS.get(i), "paused").textContent().contains("3,000"));
            }
            for (int i = 0; i < 4; i++) {
                students.get(i).locator("#assignment-submit").click();
                assertThat(students.get(i).locator("#submission-result")).containsText("Submitted step 3,000");
            }
            // the forger: a locked field edited (the objective) and a step never trained
            Page eve = students.get(4);
            String forged = new Claim(a.configJson().replace("\"wgan-gp\"", "\"gan\""), BUDGET,
                    Integer.toString(Engine.VERSION), List.of(), "0".repeat(64)).toJson();
            Object status = eve.evaluate("async ([url, body]) => (await fetch(url, {method: 'POST',"
                    + " headers: {'Content-Type': 'application/json'}, body})).status",
                    List.of(url("api/assignments/" + assignmentId + "/submissions"), forged));
            assertEquals(202, ((Number) status).intValue(), "taken for verification");

            // 4. verified by replay
            long deadline = System.nanoTime() + 600_000_000_000L;
            List<Submission> all;
            do {
                all = submissions.all(INSTRUCTOR, assignmentId);
                if (all.size() == 5 && all.stream().allMatch(x -> x.status().decided())) {
                    break;
                }
                sleep(500);
            } while (System.nanoTime() < deadline);
            assertEquals(5, all.size());
            Map<String, String> names = new java.util.HashMap<>();
            for (Submission x : all) {
                assertTrue(x.status().decided(), x.status() + " " + x.reason());
                if (x.step() == BUDGET && x.status() == Submission.Status.REFUSED) {
                    assertTrue(x.reason().contains("objective.divergence is locked at wgan-gp"), x.reason());
                } else {
                    double modes = x.metrics().get("modesCovered");
                    assertEquals(modes >= 20, x.status() == Submission.Status.PASSED, x.reason());
                    System.out.printf("ClassAssignmentIT: %s %s, %.0f modes, replayed in %d ms%n", x.browserId(),
                            x.status(), modes, x.replayMillis());
                }
            }
            assertEquals(1, all.stream().filter(x -> x.status() == Submission.Status.REFUSED).count(), "only the forgery");
            Board board = boards.forInstructor(INSTRUCTOR, assignmentId);
            assertEquals(4, board.rows().size(), "the four genuine students, not the forger");
            assertTrue(board.rows().stream().noneMatch(r -> r.pseudonym().equals("Eve")));
            // one student's measured value equals a headless run of the same config and seed
            Board.Row ann = board.rows().stream().filter(r -> r.pseudonym().equals("Ann")).findFirst().orElseThrow();
            assertEquals(headlessModes(a, seed(0)), ann.values().get("modesCovered"), "Ann's replay is her run");
            for (int i = 0; i < 4; i++) {
                Page s = students.get(i);
                String name = STUDENTS.get(i);
                Board.Row row = board.rows().stream().filter(r -> r.pseudonym().equals(name)).findFirst().orElseThrow();
                assertThat(s.locator("#submission-result")).containsText(row.passed() ? "Passed" : "Not passed",
                        new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
            }

            // 5. the board page and the CSV
            teacher.navigate(url("assignment/" + assignmentId + "/board"));
            for (Board.Row r : board.rows()) {
                assertThat(teacher.locator("vaadin-grid-cell-content", new Page.LocatorOptions()
                        .setHasText(r.pseudonym())).first()).isVisible();
            }
            APIResponse csv = teacherContext.request().get(url("assignment/" + assignmentId + "/results.csv"));
            assertEquals(200, csv.status());
            String[] lines = csv.text().split("\r\n");
            assertEquals(board.rows().size() + 1, lines.length, csv.text());
            for (int i = 0; i < board.rows().size(); i++) {
                Board.Row r = board.rows().get(i);
                String[] cells = lines[i + 1].split(",");
                assertEquals(r.pseudonym(), cells[0]);
                assertEquals(Boolean.toString(r.passed()), cells[1]);
                assertEquals(r.values().get("modesCovered"), Double.parseDouble(cells[2]), 1e-9);
                assertEquals(r.submissionId(), cells[cells.length - 1]);
            }
            APIResponse strangerCsv = contexts.get(0).request().get(url("assignment/" + assignmentId + "/results.csv"));
            assertEquals(404, strangerCsv.status(), "a student gets no CSV");
            assertTrue(errors.isEmpty(), "page errors: " + errors);
        } finally {
            contexts.forEach(BrowserContext::close);
            teacherContext.close();
        }
    }

    private static Locator card(Locator cards, String name, String state) {
        return cards.filter(new Locator.FilterOptions().setHas(cards.page().locator(".class-run-name",
                new Page.LocatorOptions().setHasText(name)))).filter(new Locator.FilterOptions()
                .setHas(cards.page().locator(".class-run-state", new Page.LocatorOptions().setHasText(state))));
    }

    private static long seed(int student) {
        return student + 1;
    }

    private static long step(Page page) {
        Matcher m = STEP.matcher(page.locator("#status").textContent());
        assertTrue(m.find());
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    /** modesCovered of the assignment's config at this seed trained headless to the budget, on the server's evaluation seed. */
    private static double headlessModes(Assignment a, long seed) {
        ExperimentConfig c = lab.minimax.experiment.config.ConfigJson.parse(a.configJson(),
                lab.minimax.experiment.Limits.DEFAULTS).config().withSeed(seed);
        Trainer t = TrainerFactory.create(c);
        for (long i = 0; i < BUDGET; i++) {
            t.step();
        }
        return new Evaluator(t, EVAL_SAMPLES, EVAL_SEED).evaluateSampled(t).evaluation().modesCovered();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
