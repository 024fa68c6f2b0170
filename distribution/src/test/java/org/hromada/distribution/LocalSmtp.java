package org.hromada.distribution;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * A real SMTP server (GreenMail) inside the test JVM on a port of its own, which the server under
 * test sends to; it can be stopped and started again on the same port to play a mail server that is down.
 */
final class LocalSmtp implements AutoCloseable {
    private final int port;
    private GreenMail server;

    LocalSmtp() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        start();
    }

    int port() {
        return port;
    }

    void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    void stop() {
        server.stop();
    }

    /** The first message to {@code recipient} whose subject contains {@code subject}, waiting up to {@code wait}. */
    MimeMessage await(String recipient, String subject, Duration wait) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<MimeMessage> found = find(recipient, subject);
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No e-mail to " + recipient + " with '" + subject + "' within " + wait);
    }

    Optional<MimeMessage> find(String recipient, String subject) throws MessagingException {
        for (MimeMessage message : server.getReceivedMessages()) {
            Address[] to = message.getAllRecipients();
            if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(recipient))
                    && message.getSubject().contains(subject)) {
                return Optional.of(message);
            }
        }
        return Optional.empty();
    }

    static String body(MimeMessage message) throws IOException, MessagingException {
        return message.getContent().toString();
    }

    @Override
    public void close() {
        server.stop();
    }
}
