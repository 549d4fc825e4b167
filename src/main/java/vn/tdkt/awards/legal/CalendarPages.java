package vn.tdkt.awards.legal;

import java.security.Principal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.ConflictException;
import vn.tdkt.awards.system.InvalidInputException;

/**
 * {@code /admin/calendar}: the days off and the Saturdays worked of a year, and a day added (next year's Tết, a swap):
 * it counts at once for every due date, open tasks' included.
 */
@Controller
@RequestMapping("/admin/calendar")
class CalendarPages {

	private final WorkingCalendar calendar;

	private final AppClock clock;

	CalendarPages(WorkingCalendar calendar, AppClock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping
	String page(@RequestParam(required = false) Integer year, Model model) {
		int y = year == null ? clock.today().getYear() : year;
		model.addAttribute("year", y);
		model.addAttribute("days", calendar.days(y));
		return "admin/calendar";
	}

	@PostMapping
	String add(Principal user, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) String name, @RequestParam(required = false) String legalBasis,
			@RequestParam(defaultValue = "false") boolean working, @RequestParam(required = false) String reason,
			Model model, RedirectAttributes redirect) {
		try {
			calendar.add(new WorkingCalendar.Day(date, name, legalBasis, working), reason, user.getName());
			redirect.addFlashAttribute("added", date.toString());
			return "redirect:/admin/calendar?year=" + date.getYear();
		}
		catch (InvalidInputException | ConflictException ex) {
			model.addAttribute("error", ex.getLocalizedMessage());
			model.addAttribute("typedName", name);
			model.addAttribute("typedBasis", legalBasis);
			return page(date == null ? null : date.getYear(), model);
		}
	}

}
