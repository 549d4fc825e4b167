package vn.tdkt.awards.notification;

import static vn.tdkt.awards.system.Snapshot.REFRESH;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.Snapshot;

/**
 * The mail outbox at {@code /actuator/prometheus}: {@code awards_mail_outbox{status=pending|failed|sent}} and
 * {@code awards_mail_outbox_oldest_pending_seconds} (how long the oldest waiting mail has waited: a stuck relay shows
 * here before anyone complains). Figures of the shared database: every node reports the same.
 */
@Component
class OutboxMetrics implements MeterBinder {

	private record Figures(Map<String, Long> counts, Optional<LocalDateTime> oldestPending) {
	}

	private final Snapshot<Figures> figures;

	private final AppClock clock;

	OutboxMetrics(MailOutbox outbox, AppClock clock, @Value(REFRESH) Duration refresh) {
		this.clock = clock;
		this.figures = new Snapshot<>(refresh,
				() -> new Figures(outbox.countByStatus(), outbox.oldestPending()));
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String status : new String[] { MailOutbox.PENDING, MailOutbox.FAILED, MailOutbox.SENT }) {
			Gauge.builder("awards.mail.outbox", figures, f -> f.get().counts().getOrDefault(status, 0L))
				.tag("status", status.toLowerCase(java.util.Locale.ROOT))
				.description("Mails in the outbox by status")
				.register(registry);
		}
		Gauge.builder("awards.mail.outbox.oldest.pending", figures,
				f -> f.get().oldestPending().map(t -> Duration.between(t, clock.localNow()).toMillis() / 1000.0).orElse(0.0))
			.baseUnit("seconds")
			.description("How long the oldest mail still waiting to be sent has waited")
			.register(registry);
	}

}
