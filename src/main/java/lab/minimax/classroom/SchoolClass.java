package lab.minimax.classroom;

import java.time.Instant;

/**
 * One class as its instructor sees it.
 *
 * @param id         unguessable id (22 characters), the dashboard's address {@code /class/<id>}
 * @param instructor the owner's username
 * @param name       its name (1–100 characters)
 * @param joinCode   the join code, null once archived
 * @param createdAt  when it was created
 * @param archivedAt when it was archived, or null
 */
public record SchoolClass(String id, String instructor, String name, String joinCode, Instant createdAt,
                          Instant archivedAt) {
    /** Whether the class takes no joins any more. */
    public boolean archived() {
        return archivedAt != null;
    }
}
