package lab.minimax.classroom;

import java.time.Instant;

/**
 * A student of a class: a browser with a pseudonym.
 *
 * @param classId     the class
 * @param browserId   the browser's mm-browser id
 * @param displayName the pseudonym (plain text: shown escaped)
 * @param joinedAt    when it joined last (a re-join renews it)
 */
public record Member(String classId, String browserId, String displayName, Instant joinedAt) {
}
