package org.hromada.requests.internal.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sender against a real SMTP server on a free local port. */
class MailSenderTest {

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static MailSettings settings(int port, String user) {
        return MailSettings.from(Map.of("hromada.mail.host", "127.0.0.1", "hromada.mail.port", String.valueOf(port),
                "hromada.mail.from", "rada@khmarivka.example", "hromada.mail.user", user == null ? "" : user,
                "hromada.mail.password", "secret")::get);
    }

    @Test
    void sendsUkrainianTextAndSubjectToTheServer() throws Exception {
        int port = freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            new MailSender(settings(port, null)).send("olena@example.org", "Запит № З-2026-0042", "Шановна Олено!");
            assertTrue(smtp.waitForIncomingEmail(5000, 1));
            MimeMessage received = smtp.getReceivedMessages()[0];
            assertEquals("Запит № З-2026-0042", received.getSubject());
            assertEquals("rada@khmarivka.example", received.getFrom()[0].toString());
            assertTrue(received.getContent().toString().contains("Шановна Олено!"), GreenMailUtil.getBody(received));
        } finally {
            smtp.stop();
        }
    }

    @Test
    void signsInWhenAUserIsSet() throws Exception {
        int port = freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("rada", "secret"));
        smtp.start();
        try {
            new MailSender(settings(port, "rada")).send("olena@example.org", "Test", "Body");
            assertTrue(smtp.waitForIncomingEmail(5000, 1));
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aServerThatIsDownIsAnErrorToRetryNotAHang() throws Exception {
        MailSender sender = new MailSender(settings(freePort(), null));
        assertThrows(MessagingException.class, () -> sender.send("olena@example.org", "Test", "Body"));
    }

    @Test
    void settingsWithoutAHostMeanNoMail() {
        assertEquals(false, MailSettings.from(Map.<String, String>of()::get).configured());
        assertEquals(587, MailSettings.from(Map.of("hromada.mail.host", "smtp.example.org", "hromada.mail.starttls", "true")::get).port());
        assertTrue(!settings(25, "rada").toString().contains("secret"), "the password is never printed");
    }

    @Test
    void filesGoAsAttachmentsBesideTheText() throws Exception {
        int port = freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            byte[] pdf = "%PDF-1.4\n1 0 obj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            new MailSender(settings(port, null)).send("olena@example.org", "Відповідь", "Шановна Олено!",
                    java.util.List.of(new org.hromada.requests.internal.attachments.Attachments.Download(1, "answer",
                            "кошторис.pdf", "application/pdf", pdf)));
            assertTrue(smtp.waitForIncomingEmail(5000, 1));
            MimeMessage received = smtp.getReceivedMessages()[0];
            jakarta.mail.internet.MimeMultipart mixed = (jakarta.mail.internet.MimeMultipart) received.getContent();
            assertEquals(2, mixed.getCount());
            assertTrue(mixed.getBodyPart(0).getContent().toString().contains("Шановна Олено!"));
            assertEquals("кошторис.pdf", mixed.getBodyPart(1).getFileName());
            assertTrue(mixed.getBodyPart(1).getContentType().startsWith("application/pdf"));
            assertEquals(new String(pdf, java.nio.charset.StandardCharsets.US_ASCII), new String(
                    mixed.getBodyPart(1).getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII));
        } finally {
            smtp.stop();
        }
    }
}
