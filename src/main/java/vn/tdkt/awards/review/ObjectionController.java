package vn.tdkt.awards.review;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.tdkt.awards.identity.AppUser;
import vn.tdkt.awards.nomination.DossierAccess;
import vn.tdkt.awards.nomination.DossierReader;
import vn.tdkt.awards.nomination.DossierScope;
import vn.tdkt.awards.nomination.DossierView;

/** {@code /api/dossiers/{id}/objections}: objections received during public posting (SPEC §4). */
@RestController
@Validated
class ObjectionController {

	private final DossierAccess access;

	private final DossierReader reader;

	private final PostingService reviews;

	ObjectionController(DossierAccess access, DossierReader reader, PostingService reviews) {
		this.access = access;
		this.reader = reader;
		this.reviews = reviews;
	}

	record ObjectionRequest(@NotNull Long nomineeId, @NotBlank @Size(max = 4000) String content) {
	}

	/** An objection received during the public posting: opens a verification task. */
	@Operation(summary = "Record an objection received during public posting (the posting level's reviewers)")
	@PostMapping("/api/dossiers/{id}/objections")
	ResponseEntity<DossierView> objection(@AuthenticationPrincipal AppUser user, @PathVariable String id,
			@Valid @RequestBody ObjectionRequest request) {
		access.appraisable(id, user);
		reviews.receiveObjection(id, request.nomineeId(), request.content());
		return ResponseEntity.status(201).body(reader.read(id, DossierScope.of(user)));
	}

}
