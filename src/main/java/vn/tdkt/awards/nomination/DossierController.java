package vn.tdkt.awards.nomination;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tdkt.awards.identity.AppUser;

/** {@code /api/dossiers}: nominators' and integrations' view of dossiers, scoped by the caller's orgs. */
@RestController
@RequestMapping("/api/dossiers")
@Validated
class DossierController {

	private final DossierQueries queries;

	private final DossierReader reader;

	DossierController(DossierQueries queries, DossierReader reader) {
		this.queries = queries;
		this.reader = reader;
	}

	@GetMapping("/{id}")
	DossierView read(@AuthenticationPrincipal AppUser user, @PathVariable String id) {
		return reader.read(id, DossierScope.of(user));
	}

	@GetMapping
	ResponseEntity<List<DossierSummary>> list(@AuthenticationPrincipal AppUser user,
			@RequestParam(required = false) DossierStatus status, @RequestParam(required = false) String org,
			@RequestParam(required = false) String movement, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String awardType,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(DossierFilter.MAX_SIZE) int size) {
		var result = queries.list(new DossierFilter(status, org, movement, year, awardType, page, size),
				DossierScope.of(user));
		return ResponseEntity.ok().header("X-Total-Count", Long.toString(result.total())).body(result.items());
	}

}
