package vn.tdkt.awards.legal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.ReferenceVersion;

/**
 * Working days on the Vietnamese public-service calendar: Monday to Friday, minus the public holidays and Tết days of
 * {@code public_holiday}, plus the make-up Saturdays of {@code working_weekend_day}. A deadline of N working days
 * ends at the close of office hours (17:00, Asia/Ho_Chi_Minh) of the Nth working day after the start day.
 */
@Component
public class BusinessCalendar {

	static final LocalTime CLOSE_OF_BUSINESS = LocalTime.of(17, 0);

	private final JdbcClient jdbc;

	private final AppClock clock;

	private final ReferenceVersion.Cached<Days> days;

	public BusinessCalendar(JdbcClient jdbc, AppClock clock, ReferenceVersion version) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.days = version.cache(() -> new Days(
				new HashSet<>(jdbc.sql("select holiday_date from public_holiday").query(LocalDate.class).list()),
				new HashSet<>(jdbc.sql("select work_date from working_weekend_day").query(LocalDate.class).list())));
	}

	public boolean isWorkingDay(LocalDate day) {
		Days d = days();
		if (d.holidays.contains(day)) {
			return false;
		}
		boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
		return !weekend || d.workingWeekendDays.contains(day);
	}

	/** The Nth working day after {@code start} (not counting the start day itself). */
	public LocalDate addWorkingDays(LocalDate start, int workingDays) {
		LocalDate day = start;
		int left = workingDays;
		while (left > 0) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

	/** The Nth working day before {@code end}. */
	public LocalDate subtractWorkingDays(LocalDate end, int workingDays) {
		LocalDate day = end;
		int left = workingDays;
		while (left > 0) {
			day = day.minusDays(1);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

	/** Close of business on the Nth working day from today (the engine's clock). */
	public Date deadline(int workingDays) {
		return closeOfBusiness(addWorkingDays(clock.today(), workingDays));
	}

	public Date closeOfBusiness(LocalDate day) {
		return Date.from(ZonedDateTime.of(day, CLOSE_OF_BUSINESS, AppClock.ZONE).toInstant());
	}

	public LocalDate toLocalDate(Date date) {
		return date.toInstant().atZone(AppClock.ZONE).toLocalDate();
	}

	/** Drops the cached days so edits to the holiday tables apply at once on this node (others follow the version). */
	public void reload() {
		days.reset();
	}

	private Days days() {
		return days.get();
	}

	private record Days(Set<LocalDate> holidays, Set<LocalDate> workingWeekendDays) {
	}

}
