package lab.minimax.ui.run;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Karibu fixture of the pages built from {@link RunPanel}s: the lab's routes mocked per test, status-line counters. */
public abstract class KaribuRunPanelTest {
    private static final Pattern STATUS = Pattern.compile("step (\\d+) · D steps (\\d+)");

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes().autoDiscoverViews("lab.minimax.ui"));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    /** The generator steps and the critic steps a panel's status line shows: {@code {step, D steps}}. */
    protected static long[] counts(String status) {
        Matcher m = STATUS.matcher(status);
        assertTrue(m.find(), "status line: " + status);
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
    }
}
