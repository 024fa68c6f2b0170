package org.hromada.media.internal.files;

/** The bytes are of a type the library does not accept; {@link #detected()} names it. */
public class UnsupportedTypeException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String detected;

    public UnsupportedTypeException(String detected) {
        super("The file's content is " + detected + ", which the media library does not accept.");
        this.detected = detected;
    }

    public String detected() {
        return detected;
    }
}
