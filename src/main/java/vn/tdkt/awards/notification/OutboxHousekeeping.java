package vn.tdkt.awards.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.AwardsProperties;

/** At night, sent mails older than {@code awards.mail.keep-sent} leave the outbox (failed and pending ones stay). */
@Component
class OutboxHousekeeping {

	private static final Logger LOG = LoggerFactory.getLogger(OutboxHousekeeping.class);

	private final MailOutbox outbox;

	private final AppClock clock;

	private final AwardsProperties properties;

	OutboxHousekeeping(MailOutbox outbox, AppClock clock, AwardsProperties properties) {
		this.outbox = outbox;
		this.clock = clock;
		this.properties = properties;
	}

	@Scheduled(cron = "${awards.mail.purge-cron:0 30 2 * * *}", zone = "Asia/Ho_Chi_Minh")
	void purge() {
		int removed = outbox.purgeSent(clock.localNow().minus(properties.mail().keepSent()));
		if (removed > 0) {
			LOG.info("{} sent mails older than {} removed from the outbox", removed, properties.mail().keepSent());
		}
	}

}
