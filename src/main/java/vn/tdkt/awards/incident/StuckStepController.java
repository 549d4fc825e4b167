package vn.tdkt.awards.incident;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/admin/incidents}: stuck dossiers and their retry (administrators only). */
@RestController
@RequestMapping("/api/admin/incidents")
class StuckStepController {

	private final StuckSteps steps;

	StuckStepController(StuckSteps steps) {
		this.steps = steps;
	}

	@Operation(summary = "Dossiers stuck on a step that failed after its retries")
	@GetMapping
	List<StuckStep> list() {
		return steps.list();
	}

	@Operation(summary = "Try a failed step again once its cause is mended")
	@PostMapping("/{id}/retry")
	@ResponseStatus(HttpStatus.ACCEPTED)
	StuckStep retry(@PathVariable String id) {
		return steps.retry(id);
	}

}
