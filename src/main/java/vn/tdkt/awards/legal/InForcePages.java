package vn.tdkt.awards.legal;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tdkt.awards.system.AppClock;

/** {@code /legal?date=YYYY-MM-DD}: what applies on a date, for an official to check against the law in one look. */
@Controller
class InForcePages {

	private final InForce inForce;

	private final AppClock clock;

	InForcePages(InForce inForce, AppClock clock) {
		this.inForce = inForce;
		this.clock = clock;
	}

	@GetMapping("/legal")
	String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		model.addAttribute("snapshot", inForce.on(date == null ? clock.today() : date));
		return "legal/in-force";
	}

}
