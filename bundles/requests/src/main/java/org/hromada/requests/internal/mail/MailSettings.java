package org.hromada.requests.internal.mail;

import java.util.function.Function;

/**
 * The SMTP server e-mail to requesters goes through, from the framework properties
 * {@code hromada.mail.host}, {@code .port} (default 25, or 587 with STARTTLS), {@code .from},
 * {@code .user}, {@code .password} and {@code .starttls}. No host = no e-mail.
 */
public record MailSettings(String host, int port, String from, String user, String password, boolean starttls) {
    static final String PREFIX = "hromada.mail.";

    public static MailSettings from(Function<String, String> properties) {
        String host = blankToNull(properties.apply(PREFIX + "host"));
        boolean starttls = Boolean.parseBoolean(blankToNull(properties.apply(PREFIX + "starttls")));
        String port = blankToNull(properties.apply(PREFIX + "port"));
        int number = starttls ? 587 : 25;
        if (port != null) {
            try {
                number = Integer.parseInt(port);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("hromada.mail.port must be a port number; got '" + port + "'");
            }
        }
        String from = blankToNull(properties.apply(PREFIX + "from"));
        return new MailSettings(host, number, from == null ? "noreply@localhost" : from,
                blankToNull(properties.apply(PREFIX + "user")), properties.apply(PREFIX + "password"), starttls);
    }

    public boolean configured() {
        return host != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        // never the password, should the settings be logged
        return "MailSettings[" + host + ":" + port + ", from " + from + ", user " + user + ", starttls " + starttls + "]";
    }
}
