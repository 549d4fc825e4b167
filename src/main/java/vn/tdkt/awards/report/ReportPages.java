package vn.tdkt.awards.report;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.tdkt.awards.movement.Movement;
import vn.tdkt.awards.movement.MovementRepository;
import vn.tdkt.awards.org.OrgLevel;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.registry.DemoAwards;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.InvalidInputException;
import vn.tdkt.awards.system.NotFoundException;

/**
 * The report pages: a movement over years (table, sentences, chart, downloads) and a province's year by org. The
 * downloads are page routes too, so the browser's session (not HTTP Basic) authenticates them.
 */
@Controller
@RequestMapping("/reports")
class ReportPages {

	private final ReportService reports;

	private final ReportExports exports;

	private final MovementRepository movements;

	private final OrgRepository orgs;

	private final DemoAwards demo;

	private final AppClock clock;

	ReportPages(ReportService reports, ReportExports exports, MovementRepository movements, OrgRepository orgs,
			DemoAwards demo, AppClock clock) {
		this.reports = reports;
		this.exports = exports;
		this.movements = movements;
		this.orgs = orgs;
		this.demo = demo;
		this.clock = clock;
	}

	@GetMapping
	String movement(@RequestParam(required = false) String movement, @RequestParam(required = false) Integer fromYear,
			@RequestParam(required = false) Integer toYear, Model model) {
		List<Movement> all = movements.findAll();
		model.addAttribute("movements", all);
		model.addAttribute("demo", demo.state());
		String code = movement != null ? movement : all.isEmpty() ? null : all.get(0).code();
		model.addAttribute("movement", code);
		if (code == null) {
			return "reports/movement";
		}
		try {
			MovementReport report = reports.movement(code, fromYear, toYear);
			model.addAttribute("report", report);
			model.addAttribute("chart", BarChart.of(report));
		}
		catch (InvalidInputException | NotFoundException ex) {
			model.addAttribute("error", ex.getLocalizedMessage());
		}
		model.addAttribute("fromYear", fromYear);
		model.addAttribute("toYear", toYear);
		return "reports/movement";
	}

	@GetMapping("/movement.{format:csv|xlsx}")
	ResponseEntity<byte[]> movementFile(@RequestParam String movement, @RequestParam(required = false) Integer fromYear,
			@RequestParam(required = false) Integer toYear,
			@PathVariable String format) {
		return exports.download(reports.movement(movement, fromYear, toYear), format);
	}

	@GetMapping("/years")
	String year(@RequestParam(required = false) Integer year, @RequestParam(required = false) String province,
			@RequestParam(defaultValue = "false") boolean rollUp, Model model) {
		int y = year == null ? clock.today().getYear() : year;
		model.addAttribute("provinces", orgs.findAll().stream().filter(o -> o.level() == OrgLevel.PROVINCE).toList());
		model.addAttribute("year", y);
		model.addAttribute("province", province);
		model.addAttribute("rollUp", rollUp);
		try {
			model.addAttribute("report", reports.year(y, province == null || province.isBlank() ? null : province, rollUp));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex.getLocalizedMessage());
		}
		return "reports/year";
	}

	@GetMapping("/year.{format:csv|xlsx}")
	ResponseEntity<byte[]> yearFile(@RequestParam int year, @RequestParam(required = false) String province,
			@RequestParam(defaultValue = "false") boolean rollUp, @PathVariable String format) {
		return exports.download(reports.year(year, province == null || province.isBlank() ? null : province, rollUp),
				format);
	}

	/** A download asked with a bad movement or year: the page's message, not a stack trace. */
	@ExceptionHandler({ InvalidInputException.class, NotFoundException.class })
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badRequest(RuntimeException ex, Model model) {
		model.addAttribute("error", ex.getLocalizedMessage());
		return "error/message";
	}

}
