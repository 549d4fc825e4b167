package vn.tdkt.awards.notification;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.system.AppClock;

/**
 * {@code /actuator/mailoutbox} (administrators): counts by status and the latest pending and failed mails with their
 * last error; a POST puts the failed ones back in the queue.
 */
@Component
@Endpoint(id = "mailoutbox")
class MailOutboxEndpoint {

	private final MailOutbox outbox;

	private final AppClock clock;

	MailOutboxEndpoint(MailOutbox outbox, AppClock clock) {
		this.outbox = outbox;
		this.clock = clock;
	}

	record Line(long id, String kind, String dossierId, String recipient, String subject, int attempts,
			java.time.LocalDateTime nextAttemptAt, String lastError) {

		static Line of(MailOutbox.Row r) {
			return new Line(r.id(), r.kind(), r.dossierId(), r.recipient(), r.subject(), r.attempts(), r.nextAttemptAt(),
					r.lastError());
		}

	}

	@ReadOperation
	Map<String, Object> outbox() {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("counts", outbox.countByStatus());
		result.put("pending", outbox.latest(MailOutbox.PENDING, 50).stream().map(Line::of).toList());
		result.put("failed", outbox.latest(MailOutbox.FAILED, 50).stream().map(Line::of).toList());
		return result;
	}

	@WriteOperation
	Map<String, Object> retryFailed() {
		return Map.of("requeued", outbox.retryFailed(clock.localNow()));
	}

}
