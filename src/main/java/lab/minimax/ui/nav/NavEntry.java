package lab.minimax.ui.nav;

/**
 * One link of the navigation bar: its text, its route's path (relative to the app's base, as
 * Vaadin's router links are) and the paths it marks as current ({@code page} for its own path,
 * {@code true} for a path under {@code sectionPrefix}).
 */
record NavEntry(String text, String path, String sectionPrefix) {

    /** The {@code aria-current} value for a page at {@code at}, or null when this entry is not current. */
    String mark(String at) {
        String p = at == null ? "" : at.replaceAll("^/+|/+$", "");
        if (p.equals(path)) {
            return "page";
        }
        if (sectionPrefix != null && p.startsWith(sectionPrefix)) {
            return "true";
        }
        return null;
    }
}
