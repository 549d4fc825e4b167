package vn.tdkt.awards.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The one clock of the application: the engine's ({@link ClockUtil}), so that a test that moves the engine's time
 * (to fire a timer) moves our due dates, deadlines and timestamps with it.
 */
@Component
public class AppClock {

	/** Vietnam's time: office hours, due dates and the days of papers are told in it. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	public Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	public LocalDateTime localNow() {
		return LocalDateTime.ofInstant(now(), ZONE);
	}

	public LocalDate today() {
		return localNow().toLocalDate();
	}

}
