package lab.minimax.ui.nav;


import java.util.List;

/**
 * The entries of the site's navigation bar and the {@code _hide=nav} flag. The paths are those of
 * LabView ({@code @Route("")}), LessonIndexView and CompareView; NavEntriesTest checks them
 * against the routes.
 */
final class NavEntries {
    /** The {@code _hide} name that hides the bar. */
    static final String HIDE = "nav";

    private NavEntries() {
    }

    static List<NavEntry> site() {
        return List.of(
                new NavEntry("Lab", "", null),
                new NavEntry("Lessons", "lessons", "lesson/"),
                new NavEntry("Compare", "compare", null));
    }

    /** Whether the link's {@code _hide} values (comma-separated, possibly repeated) name the bar. */
    static boolean hidden(List<String> hide) {
        if (hide == null) {
            return false;
        }
        for (String value : hide) {
            for (String name : value.split(",")) {
                if (name.trim().equalsIgnoreCase(HIDE)) {
                    return true;
                }
            }
        }
        return false;
    }
}
