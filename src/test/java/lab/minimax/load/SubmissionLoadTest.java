package lab.minimax.load;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The harness reads the server's JSON answers: a string field unescaped, a number as text, null for none. */
class SubmissionLoadTest {
    @Test
    void fieldsOfTheServersAnswers() {
        String body = "{\"id\":\"abc\",\"configJson\":\"{\\n  \\\"v\\\": 1\\n}\",\"stepBudget\":3000,"
                + "\"metrics\":{\"status\":\"nested\"},\"replayMillis\":null}";
        assertEquals("{\n  \"v\": 1\n}", SubmissionLoad.field(body, "configJson"));
        assertEquals("3000", SubmissionLoad.field(body, "stepBudget"));
        assertEquals("abc", SubmissionLoad.field(body, "id"));
        assertNull(SubmissionLoad.field(body, "status"), "only top-level fields");
        assertNull(SubmissionLoad.field(body, "replayMillis"));
        assertNull(SubmissionLoad.field("not json", "id"));
    }
}
