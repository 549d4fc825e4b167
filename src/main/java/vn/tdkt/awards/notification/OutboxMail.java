package vn.tdkt.awards.notification;

/** A mail as written to the outbox. {@code dedupKey}: the same key is written once (one mail per person per task). */
public record OutboxMail(String dedupKey, MailKind kind, String dossierId, String recipient, String recipientUser,
		String locale, String subject, String textBody, String htmlBody) {
}
