package org.hromada.site.internal;

/**
 * The check every name read from a theme or bundle folder passes: a relative path of plain
 * segments. No {@code ..} or {@code .}, no hidden files, no backslashes, drive letters or NULs,
 * so no name can leave its folder, whatever the file system.
 */
final class SafeNames {

    private SafeNames() {
    }

    /** True when {@code name} (already decoded) is a safe relative path such as {@code css/site.css}. */
    static boolean isSafe(String name) {
        if (name == null || name.isEmpty() || name.startsWith("/") || name.endsWith("/")) {
            return false;
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.startsWith(".")) {
                return false;
            }
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                if (c == '\\' || c == ':' || c < 0x20 || c == 0x7f) {
                    return false;
                }
            }
        }
        return true;
    }
}
