package vn.tdkt.awards.notification;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.AwardsProperties;

/**
 * Sends the outbox. Each due mail is first leased to this node in a transaction of its own (attempt counted), then
 * sent outside any transaction, then marked SENT; a failure schedules the next attempt with growing back-off (1, 2,
 * 4 ... minutes, at most an hour) and, after the last attempt, leaves the mail FAILED and visible.
 * <p>
 * Duplicates are bounded: a node that crashes after sending and before marking leaves the lease to run out, then the
 * mail is sent once more — one duplicate per crash, and never more sends than {@code max-attempts}, because the
 * attempt is counted before sending. Every send of a row carries the same Message-ID, so receiving servers that
 * deduplicate drop even that one. Two nodes never send the same row at once: the lease is taken by a conditional
 * update only one of them can win.
 */
@Component
public class MailDispatcher {

	private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);

	static final int BATCH = 50;

	private final MailOutbox outbox;

	private final JavaMailSender sender;

	private final AwardsProperties.Mail settings;

	private final AppClock clock;

	private final TransactionTemplate transaction;

	private final String node;

	public MailDispatcher(MailOutbox outbox, JavaMailSender sender, AwardsProperties properties, AppClock clock,
			PlatformTransactionManager transactions) {
		this.outbox = outbox;
		this.sender = sender;
		this.settings = properties.mail();
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Scheduled(fixedDelayString = "${awards.mail.poll-interval:PT5S}", initialDelayString = "PT10S")
	void poll() {
		if (settings.dispatchEnabled()) {
			dispatchDue();
		}
	}

	/** Sends what is due now; returns how many were sent. */
	public int dispatchDue() {
		return dispatchDue(node);
	}

	/** As another node would (tests of two nodes). */
	public int dispatchDue(String nodeName) {
		return dispatch(nodeName, outbox.dueIds(clock.localNow(), BATCH));
	}

	/**
	 * Sends these mails, found due, as {@code nodeName}: one another node leased or sent since is skipped (the
	 * two-node test hands both nodes the same list).
	 */
	int dispatch(String nodeName, java.util.List<Long> due) {
		int sent = 0;
		LocalDateTime now = clock.localNow();
		for (Long id : due) {
			Boolean claimed = transaction.execute(status -> outbox.claim(id, nodeName, now, settings.lease()));
			if (Boolean.TRUE.equals(claimed) && send(outbox.find(id), nodeName)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean send(MailOutbox.Row mail, String nodeName) {
		try {
			sender.send(message(mail));
		}
		catch (MailException | MessagingException ex) {
			boolean giveUp = mail.attempts() >= settings.maxAttempts();
			LocalDateTime retryAt = clock.localNow().plus(backoff(mail.attempts()));
			transaction.executeWithoutResult(
					status -> outbox.markFailed(mail.id(), nodeName, describe(ex), retryAt, giveUp));
			LOG.warn("Mail {} to {} not sent (attempt {}{}): {}", mail.id(), mail.recipient(), mail.attempts(),
					giveUp ? ", giving up" : ", retry at " + retryAt, describe(ex));
			return false;
		}
		transaction.executeWithoutResult(status -> outbox.markSent(mail.id(), nodeName, clock.localNow()));
		return true;
	}

	/** 1, 2, 4, 8 ... minutes after the nth attempt, at most an hour. */
	static Duration backoff(int attempts) {
		long minutes = 1L << Math.min(Math.max(attempts - 1, 0), 6);
		return Duration.ofMinutes(Math.min(minutes, 60));
	}

	MimeMessage message(MailOutbox.Row mail) throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		helper.setFrom(settings.from());
		helper.setTo(mail.recipient());
		helper.setSubject(mail.subject());
		helper.setText(mail.textBody(), mail.htmlBody());
		message.saveChanges();
		// the same Message-ID for every send of this row: a resend after a crash is recognisable as the same mail
		message.setHeader("Message-ID", "<outbox-%d@award-workflow>".formatted(mail.id()));
		return message;
	}

	private static String describe(Exception ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return ex.getClass().getSimpleName() + ": " + (root.getMessage() == null ? root.getClass().getSimpleName()
				: root.getMessage());
	}

}
