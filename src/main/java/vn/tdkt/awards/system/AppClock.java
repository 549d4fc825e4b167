package vn.tdkt.awards.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.legal.BusinessCalendar;

/**
 * The one clock of the application: the engine's ({@link ClockUtil}), so that a test that moves the engine's time
 * (to fire a timer) moves our due dates, deadlines and timestamps with it.
 */
@Component
public class AppClock {

	public Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	public LocalDateTime localNow() {
		return LocalDateTime.ofInstant(now(), BusinessCalendar.ZONE);
	}

	public LocalDate today() {
		return localNow().toLocalDate();
	}

}
