package org.tthc.api.reports;

import java.nio.file.Path;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Mails through Spring's {@link JavaMailSender} (Boot's {@code spring.mail.*} server): reports and failure notices. */
public final class ReportMail {
    private final JavaMailSender sender;
    private final String from;

    public ReportMail(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    /** One mail to {@code to} with every file attached under its own name. */
    public void send(List<String> to, String subject, String text, List<Path> attachments) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, !attachments.isEmpty(), "UTF-8");
            helper.setFrom(from);
            helper.setTo(to.toArray(String[]::new));
            helper.setSubject(subject);
            helper.setText(text);
            for (Path file : attachments) {
                helper.addAttachment(file.getFileName().toString(), new FileSystemResource(file));
            }
            sender.send(message);
        } catch (MessagingException e) {
            throw new ReportDeliveryException("mail to " + to + " could not be built: " + e.getMessage(), e);
        } catch (MailException e) {
            throw new ReportDeliveryException("mail to " + to + " was not accepted by the mail server: "
                    + e.getMessage(), e);
        }
    }
}
