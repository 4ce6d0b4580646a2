package lab.minimax.ui.nav;

import lab.minimax.ui.compare.CompareView;
import lab.minimax.ui.lab.LabView;
import lab.minimax.ui.lesson.LessonIndexView;

import java.util.List;

/** The entries of the site's navigation bar and the {@code _hide=nav} flag. */
final class NavEntries {
    /** The {@code _hide} name that hides the bar. */
    static final String HIDE = "nav";

    private NavEntries() {
    }

    static List<NavEntry> site() {
        return List.of(
                new NavEntry("Lab", LabView.class, "", null),
                new NavEntry("Lessons", LessonIndexView.class, "lessons", "lesson/"),
                new NavEntry("Compare", CompareView.class, "compare", null));
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
