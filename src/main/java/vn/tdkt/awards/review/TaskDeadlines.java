package vn.tdkt.awards.review;

import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.tdkt.awards.legal.BusinessCalendar;
import vn.tdkt.awards.legal.LegalDurations;
import vn.tdkt.awards.org.OrgLevel;
import vn.tdkt.awards.system.AppClock;

/**
 * A review task's due date and reminder date: the legal duration of the task at the hop's level, counted in working
 * days from today; the reminder the REMINDER_LEAD working days before it.
 */
@Component
public class TaskDeadlines {

	private final LegalDurations durations;

	private final BusinessCalendar calendar;

	private final AppClock clock;

	public TaskDeadlines(LegalDurations durations, BusinessCalendar calendar, AppClock clock) {
		this.durations = durations;
		this.calendar = calendar;
		this.clock = clock;
	}

	public record Deadlines(Date due, Date reminder, int workingDays) {
	}

	public Deadlines of(String taskKey, OrgLevel level) {
		LocalDate today = clock.today();
		int days = durations.require(durationCode(taskKey), level, today).workingDays();
		int lead = durations.find(LegalDurations.REMINDER_LEAD, level, today).map(d -> d.workingDays()).orElse(0);
		LocalDate dueDay = calendar.addWorkingDays(today, days);
		return new Deadlines(calendar.closeOfBusiness(dueDay),
				calendar.closeOfBusiness(calendar.subtractWorkingDays(dueDay, Math.min(lead, days))), days);
	}

	/**
	 * The date by which an ineligible dossier must be sent back from this level (the central level's 5 working days),
	 * as the appraisal task's follow-up date; none where no such limit applies.
	 */
	public Optional<Date> followUp(String taskKey, OrgLevel level) {
		if (ReviewTask.require(taskKey) != ReviewTask.APPRAISE) {
			return Optional.empty();
		}
		LocalDate today = clock.today();
		return durations.findForLevelOnly(LegalDurations.RETURN_INELIGIBLE, level, today)
			.map(d -> calendar.closeOfBusiness(calendar.addWorkingDays(today, d.workingDays())));
	}

	static String durationCode(String taskKey) {
		return ReviewTask.require(taskKey).legalDuration();
	}

}
