package vn.tdkt.awards.incident;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.notification.IncidentMails;
import vn.tdkt.awards.system.AppClock;

/**
 * Every minute, on every node: incidents nobody was told of yet are mailed to the administrators, once (the first
 * node to record the notice sends it; the mails' keys drop a second).
 */
@Component
public class IncidentNotices {

	private static final Logger LOG = LoggerFactory.getLogger(IncidentNotices.class);

	private final StuckSteps steps;

	private final IncidentMails mails;

	private final JdbcClient jdbc;

	private final AppClock clock;

	public IncidentNotices(StuckSteps steps, IncidentMails mails, JdbcClient jdbc, AppClock clock) {
		this.steps = steps;
		this.mails = mails;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${awards.incidents.poll-interval:PT1M}", initialDelayString = "${awards.incidents.poll-interval:PT1M}")
	void poll() {
		notifyNew();
	}

	/** Mails the administrators about incidents not yet told; returns how many. */
	@Transactional
	public int notifyNew() {
		int told = 0;
		for (StuckStep step : steps.list()) {
			boolean first = jdbc.sql("select count(*) from incident_notice where incident_id = ?")
				.param(step.id())
				.query(Long.class)
				.single() == 0;
			if (!first) {
				continue;
			}
			try {
				jdbc.sql("insert into incident_notice (incident_id, noticed_at) values (?, ?)")
					.params(step.id(), clock.localNow())
					.update();
			}
			catch (org.springframework.dao.DuplicateKeyException ex) {
				continue;
			}
			mails.incident(step.id(), step.dossierId(), step.activityName(), step.message());
			LOG.warn("Incident {} on dossier {} ({}): administrators told by e-mail", step.id(), step.dossierId(),
					step.activityName());
			told++;
		}
		return told;
	}

}
