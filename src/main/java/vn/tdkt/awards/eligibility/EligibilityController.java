package vn.tdkt.awards.eligibility;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.tdkt.awards.identity.AppUser;
import vn.tdkt.awards.nomination.DossierAccess;

/** {@code GET /api/dossiers/{id}/eligibility}: the advisory result per nominee, for whoever may read the dossier. */
@RestController
class EligibilityController {

	private final EligibilityService eligibility;

	private final DossierAccess access;

	EligibilityController(EligibilityService eligibility, DossierAccess access) {
		this.eligibility = eligibility;
		this.access = access;
	}

	@Operation(summary = "Each nominee of the dossier checked against the award's legal criteria (DMN), with the facts used and the legal basis")
	@GetMapping("/api/dossiers/{id}/eligibility")
	List<NomineeEligibility> eligibility(@AuthenticationPrincipal AppUser user, @PathVariable String id) {
		access.readable(id, user);
		return eligibility.results(id);
	}

}
