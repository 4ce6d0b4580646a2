package lab.minimax.classroom;

/**
 * The class a browser belongs to now (the latest it joined) and its pseudonym there.
 *
 * @param classId     the class
 * @param className   the class's name
 * @param displayName the browser's pseudonym in it
 */
public record Membership(String classId, String className, String displayName) {
}
