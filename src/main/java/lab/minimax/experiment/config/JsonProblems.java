package lab.minimax.experiment.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.IOException;

/** Turns Jackson's parse failures into a field path and a short, clean message. */
final class JsonProblems {
    private JsonProblems() {
    }

    /** "is not valid JSON (line 3, column 7): Unexpected character …" */
    static String describe(JsonProcessingException e) {
        return "is not valid JSON" + where(e.getLocation()) + ": " + Snippet.clean(jacksonMessage(e), 160);
    }

    static void close(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // a string source has nothing to release
            }
        }
    }

    /**
     * The dotted path where the parser stopped ("optimizer.generator.lr", "target.points[3]"),
     * from its context; "" at the top level.
     */
    static String failedAt(JsonParser parser) {
        StringBuilder b = new StringBuilder();
        if (parser != null) {
            for (String part : parser.getParsingContext().pathAsPointer().toString().split("/")) {
                if (part.isEmpty()) {
                    continue;
                }
                String name = part.replace("~1", "/").replace("~0", "~");
                if (name.chars().allMatch(Character::isDigit) && b.length() > 0 && !name.isEmpty()) {
                    b.append('[').append(name).append(']');
                } else {
                    b.append(b.length() == 0 ? "" : ".").append(name);
                }
                if (b.length() > 100) {
                    break;
                }
            }
        }
        return Snippet.clean(b.toString(), 100);
    }

    /** Jackson's message without the source-location tail (first line, before "(start marker" / "[Source"). */
    static String jacksonMessage(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        for (String cut : new String[]{"\n", " (start marker", "[Source", " at [Source"}) {
            int i = m.indexOf(cut);
            if (i > 0) {
                m = m.substring(0, i);
            }
        }
        return m.trim();
    }

    static String where(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 0 ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }
}
