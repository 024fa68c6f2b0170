package org.hromada.system.internal;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Chooses the file an uploaded bundle is written to in the deploy folder. */
final class UploadTarget {
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*\\.jar");

    /** The upload cannot be placed; {@link #conflict()} tells 409 from 400. */
    static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean conflict;

        RefusedException(String message, boolean conflict) {
            super(message);
            this.conflict = conflict;
        }

        boolean conflict() {
            return conflict;
        }
    }

    private UploadTarget() {
    }

    /**
     * The deploy file already holding the symbolic name (an upgrade replaces it), else the
     * requested file name, else {@code <symbolicName>.jar}.
     *
     * @param requested the client's {@code filename}, or null
     * @param records   what the deploy folder holds now
     */
    static String fileFor(String symbolicName, String requested, List<DeployRecord> records) throws RefusedException {
        for (DeployRecord record : records) {
            if (record.bundleId() != null && symbolicName.equals(record.symbolicName())) {
                return record.file();
            }
        }
        String file = requested == null || requested.isBlank() ? symbolicName + ".jar" : requested.trim();
        if (!SAFE_NAME.matcher(file).matches()) {
            throw new RefusedException("filename must be a plain file name ending in .jar (letters, digits,"
                    + " '.', '_' and '-'), not '" + file + "'", false);
        }
        for (DeployRecord record : records) {
            if (record.file().equals(file) && record.bundleId() != null
                    && !Objects.equals(record.symbolicName(), symbolicName)) {
                throw new RefusedException("The deploy file " + file + " holds bundle " + record.symbolicName()
                        + "; choose another filename", true);
            }
        }
        return file;
    }
}
