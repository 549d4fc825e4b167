package vn.tdkt.awards.legal;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tdkt.awards.system.AppClock;

/**
 * {@code GET /api/legal/in-force?date=YYYY-MM-DD}: the rule set, legal bases, council thresholds and quorums,
 * durations, intake deadlines, days off and org structure in force on a date (today by default).
 */
@RestController
class InForceController {

	private final InForce inForce;

	private final AppClock clock;

	InForceController(InForce inForce, AppClock clock) {
		this.inForce = inForce;
		this.clock = clock;
	}

	@Operation(summary = "The legal values in force on a date (today by default): durations, council rules, legal bases, with their sources")
	@GetMapping("/api/legal/in-force")
	InForce.Snapshot inForce(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return inForce.on(date == null ? clock.today() : date);
	}

}
