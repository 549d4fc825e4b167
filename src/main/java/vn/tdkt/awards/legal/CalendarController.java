package vn.tdkt.awards.legal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.tdkt.awards.identity.AppUser;
import vn.tdkt.awards.legal.WorkingCalendar.Day;

/**
 * {@code /api/calendar}: the days off and the weekend days worked that count working days for every legal duration,
 * and the due date they give. Administrators add days (next year's Tết, a swapped day); the change applies at once
 * on every node.
 */
@RestController
@RequestMapping("/api/calendar")
@Validated
class CalendarController {

	private final WorkingCalendar calendar;

	CalendarController(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	@Operation(summary = "Public holidays and weekend days worked, by year (all years when absent)")
	@GetMapping("/holidays")
	List<Day> holidays(@RequestParam(required = false) @Min(1945) @Max(2200) Integer year) {
		return calendar.days(year);
	}

	/** {@code date}, {@code name}, {@code legalBasis}; {@code working: true} for a weekend day that is worked. */
	record DayRequest(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, String name, String legalBasis,
			Boolean working, String reason) {
	}

	@Operation(summary = "Add a public holiday or a weekend day worked (administrators)")
	@PostMapping("/holidays")
	@ResponseStatus(HttpStatus.CREATED)
	Day add(@AuthenticationPrincipal AppUser user, @RequestBody DayRequest request) {
		return calendar.add(new Day(request.date(), request.name(), request.legalBasis(),
				Boolean.TRUE.equals(request.working())), request.reason(), user.id());
	}

	@Operation(summary = "The due date: the Nth working day after a date")
	@GetMapping("/due-date")
	Map<String, LocalDate> dueDate(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @Min(0) @Max(3650) int workingDays) {
		return Map.of("dueDate", calendar.dueDate(from, workingDays));
	}

}
