package org.hromada.requests.internal.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.activation.DataHandler;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.hromada.requests.internal.attachments.Attachments;

/**
 * Sends one plain-text message through the configured SMTP server (Jakarta Mail, Eclipse Angus); with
 * files, a {@code multipart/mixed} message of the text and one part per file.
 */
public final class MailSender {
    private static final String TIMEOUT_MS = "15000";

    private final MailSettings settings;

    public MailSender(MailSettings settings) {
        this.settings = settings;
    }

    public void send(String to, String subject, String body) throws MessagingException {
        send(to, subject, body, List.of());
    }

    public void send(String to, String subject, String body, List<Attachments.Download> files)
            throws MessagingException {
        // Jakarta Mail finds its providers (SMTP, activation) through the context class loader; the
        // bundle's loader cannot see the flat classpath's service files, Session's own loader can.
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(to, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            if (files.isEmpty()) {
                message.setText(body, StandardCharsets.UTF_8.name());
            } else {
                MimeMultipart mixed = new MimeMultipart("mixed");
                MimeBodyPart text = new MimeBodyPart();
                text.setText(body, StandardCharsets.UTF_8.name());
                mixed.addBodyPart(text);
                for (Attachments.Download f : files) {
                    MimeBodyPart part = new MimeBodyPart();
                    part.setDataHandler(new DataHandler(new ByteArrayDataSource(f.bytes(), f.mediaType())));
                    part.setFileName(f.filename());
                    part.setDisposition(MimeBodyPart.ATTACHMENT);
                    // base64 whatever the bytes look like: a 7bit part would have its line ends rewritten on the way
                    part.setHeader("Content-Transfer-Encoding", "base64");
                    mixed.addBodyPart(part);
                }
                message.setContent(mixed);
            }
            message.setSentDate(new Date());
            Transport.send(message);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private Session session() {
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", settings.host());
        p.setProperty("mail.smtp.port", String.valueOf(settings.port()));
        p.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MS);
        p.setProperty("mail.smtp.timeout", TIMEOUT_MS);
        p.setProperty("mail.smtp.writetimeout", TIMEOUT_MS);
        if (settings.starttls()) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
        }
        if (settings.user() == null) {
            return Session.getInstance(p);
        }
        p.setProperty("mail.smtp.auth", "true");
        String password = settings.password() == null ? "" : settings.password();
        return Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user(), password);
            }
        });
    }
}
