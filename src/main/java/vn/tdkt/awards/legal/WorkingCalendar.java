package vn.tdkt.awards.legal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.reference.ReferenceAudit;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.ConflictException;
import vn.tdkt.awards.system.InvalidInputException;
import vn.tdkt.awards.system.ReferenceVersion;
import vn.tdkt.awards.system.Texts;

/**
 * The working-day calendar as administrators keep it: public holidays and weekend days worked, each with its legal
 * basis. A day added is audited ({@code reference_change}) and raises the reference version, so every node's
 * {@link BusinessCalendar} counts with it at once.
 */
@Service
public class WorkingCalendar {

	private static final Logger LOG = LoggerFactory.getLogger(WorkingCalendar.class);

	public record Day(LocalDate date, String name, String legalBasis, boolean working) {
	}

	/** Published in the transaction that added the day, once every calendar counts with it. */
	public record DayAdded(LocalDate date, boolean working) {
	}

	private final JdbcClient jdbc;

	private final ReferenceAudit audit;

	private final BusinessCalendar calendar;

	private final ReferenceVersion version;

	private final AppClock clock;

	private final ApplicationEventPublisher events;

	public WorkingCalendar(JdbcClient jdbc, BusinessCalendar calendar, ReferenceVersion version, AppClock clock,
			ApplicationEventPublisher events, ReferenceAudit audit) {
		this.audit = audit;
		this.events = events;
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.version = version;
		this.clock = clock;
	}

	public List<Day> days(Integer year) {
		List<Day> days = new ArrayList<>();
		days.addAll(jdbc.sql("select holiday_date, name, legal_basis from public_holiday")
			.query((rs, row) -> new Day(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3), false))
			.list());
		days.addAll(jdbc.sql("select work_date, name, legal_basis from working_weekend_day")
			.query((rs, row) -> new Day(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3), true))
			.list());
		return days.stream()
			.filter(d -> year == null || d.date().getYear() == year)
			.sorted(Comparator.comparing(Day::date))
			.toList();
	}

	@Transactional
	public Day add(Day submitted, String reason, String actor) {
		if (submitted.date() == null) {
			throw new InvalidInputException("date", "error.legal.date-missing");
		}
		Day day = new Day(submitted.date(), Texts.requiredLine("name", submitted.name(), 255, "error.legal.name-missing"),
				Texts.requiredLine("legalBasis", submitted.legalBasis(), 500, "error.legal.basis-missing"),
				submitted.working());
		boolean weekend = day.date().getDayOfWeek() == DayOfWeek.SATURDAY || day.date().getDayOfWeek() == DayOfWeek.SUNDAY;
		if (day.working() && !weekend) {
			throw new InvalidInputException("working", "error.legal.working-not-weekend");
		}
		boolean exists = jdbc.sql("select count(*) from public_holiday where holiday_date = ?")
			.param(day.date())
			.query(Long.class)
			.single()
				+ jdbc.sql("select count(*) from working_weekend_day where work_date = ?")
					.param(day.date())
					.query(Long.class)
					.single() > 0;
		if (exists) {
			throw new ConflictException("error.legal.day-exists", day.date().toString());
		}
		String table = day.working() ? "working_weekend_day (work_date" : "public_holiday (holiday_date";
		jdbc.sql("insert into " + table + ", name, legal_basis) values (?, ?, ?)")
			.params(day.date(), day.name(), day.legalBasis())
			.update();
		audit.record(clock.localNow(), actor, day.working() ? "WORKING_WEEKEND_DAY" : "PUBLIC_HOLIDAY",
				day.date().toString(), "CREATE", null, day.name() + " — " + day.legalBasis(),
				Texts.lines("reason", reason, 1000));
		version.changed();
		calendar.reload();
		events.publishEvent(new DayAdded(day.date(), day.working()));
		LOG.info("{} added to the working calendar by {}: {} ({})", day.date(), actor, day.name(),
				day.working() ? "worked" : "day off");
		return day;
	}

	public LocalDate dueDate(LocalDate from, int workingDays) {
		return calendar.addWorkingDays(from, workingDays);
	}

}
