package vn.tdkt.awards.registry;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tdkt.awards.award.SubjectType;
import vn.tdkt.awards.registry.AwardRegistry.Award;

/** {@code GET /api/awards}: the award registry (awards are public acts), filtered and paged. */
@RestController
@RequestMapping("/api/awards")
@Validated
class AwardController {

	private final AwardRegistry registry;

	AwardController(AwardRegistry registry) {
		this.registry = registry;
	}

	@Operation(summary = "Search the award registry by movement, year, org, award type or recipient, paged (X-Total-Count)")
	@GetMapping
	ResponseEntity<List<Award>> search(@RequestParam(required = false) String movement,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String awardType,
			@RequestParam(required = false) String org, @RequestParam(required = false) SubjectType subjectType,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		var result = registry.search(new AwardRegistry.Filter(movement, year, awardType, org,
				subjectType == null ? null : subjectType.name(), page, size));
		return ResponseEntity.ok().header("X-Total-Count", Long.toString(result.total())).body(result.items());
	}

}
