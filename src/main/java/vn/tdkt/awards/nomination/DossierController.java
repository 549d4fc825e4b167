package vn.tdkt.awards.nomination;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tdkt.awards.award.SubjectType;
import vn.tdkt.awards.identity.AppUser;
import vn.tdkt.awards.nomination.SupplementService.NomineeChange;

/** {@code /api/dossiers}: nominators' and integrations' API (SPEC §4), scoped by the caller's orgs. */
@RestController
@RequestMapping("/api/dossiers")
@Validated
class DossierController {

	private final DossierQueries queries;

	private final DossierReader reader;

	private final DossierService dossiers;

	private final DossierAccess access;

	private final SupplementService supplements;

	DossierController(DossierQueries queries, DossierReader reader, DossierService dossiers, DossierAccess access,
			SupplementService supplements) {
		this.supplements = supplements;
		this.queries = queries;
		this.reader = reader;
		this.dossiers = dossiers;
		this.access = access;
	}

	record NomineeRequest(@NotNull SubjectType subjectType, @NotBlank @Size(max = 255) String name,
			@Size(max = 255) String position, @Size(max = 255) String orgName, @Size(max = 4000) String achievements,
			@jakarta.validation.constraints.Pattern(regexp = "\\d{9}|\\d{12}",
					message = "{error.nomination.id-number-pattern}") String idNumber,
			@jakarta.validation.constraints.Past java.time.LocalDate birthDate,
			@io.swagger.v3.oas.annotations.media.Schema(description = "individuals only, optional: NAM or NU;"
					+ " certificates address the person with the Vietnamese honorific") Gender gender) {
	}

	record SubmitRequest(@NotBlank String submittingOrg, @NotBlank String awardType, String movement,
			@NotNull CommendationKind kind, @NotNull Integer year, @NotBlank @Size(max = 500) String title,
			@NotEmpty @Size(max = DossierService.MAX_NOMINEES) List<@Valid @NotNull NomineeRequest> nominees,
			@io.swagger.v3.oas.annotations.media.Schema(description = "true: saved as a draft (status DRAFT), to be"
					+ " submitted with POST /api/dossiers/{id}/submit once its documents are attached")
			Boolean draft) {
	}

	/** Submits a dossier; a repeat with the same {@code Idempotency-Key} returns the same dossier. */
	@Operation(summary = "Submit a dossier, or save it as a draft (nominators of the submitting org); a repeat with the same Idempotency-Key returns the same dossier",
			description = "An award type whose dossier must hold documents (Law 06/2022 art. 84; the refusal names"
					+ " them) cannot be submitted at once: save a draft (draft: true), attach the documents, then"
					+ " POST /api/dossiers/{id}/submit.")
	@PostMapping
	ResponseEntity<DossierView> submit(@AuthenticationPrincipal AppUser user,
			@RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String idempotencyKey,
			@Valid @RequestBody SubmitRequest request) {
		var command = new SubmitDossier(request.submittingOrg(), request.awardType(), request.movement(),
				request.kind(), request.year(), request.title(),
				request.nominees()
					.stream()
					.map(n -> new SubmitDossier.NewNominee(n.subjectType(), n.name(), n.position(), n.orgName(),
							n.achievements(), n.idNumber(), n.birthDate(), n.gender()))
					.toList(),
				idempotencyKey);
		String id;
		try {
			id = Boolean.TRUE.equals(request.draft()) ? dossiers.saveDraft(command, user) : dossiers.submit(command, user);
		}
		catch (DuplicateKeyException ex) {
			// the same key submitted twice at once: the other request created it
			id = dossiers.repeated(command).orElseThrow(() -> ex);
		}
		return ResponseEntity.created(URI.create("/api/dossiers/" + id)).body(reader.read(id, DossierScope.of(user)));
	}

	/** Submits a draft once it holds the documents its award type asks for. */
	@Operation(summary = "Submit a draft (its nominators) once it holds the documents its award type asks for; starts its review")
	@PostMapping("/{id}/submit")
	DossierView submitDraft(@AuthenticationPrincipal AppUser user, @PathVariable String id) {
		access.changeable(id, user);
		dossiers.submitDraft(id, user);
		return reader.read(id, DossierScope.of(user));
	}

	@Operation(summary = "Dossiers the user may see (own org's and those at the user's review levels), newest first, paged (X-Total-Count)")
	@GetMapping
	ResponseEntity<List<DossierSummary>> list(@AuthenticationPrincipal AppUser user,
			@RequestParam(required = false) DossierStatus status, @RequestParam(required = false) String org,
			@RequestParam(required = false) String movement, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String awardType, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(DossierFilter.MAX_SIZE) int size) {
		var result = queries.list(new DossierFilter(status, org, movement, year, awardType, page, size),
				DossierScope.of(user));
		return ResponseEntity.ok().header("X-Total-Count", Long.toString(result.total())).body(result.items());
	}

	@Operation(summary = "One dossier with its nominees, route, timeline and deadline")
	@GetMapping("/{id}")
	DossierView read(@AuthenticationPrincipal AppUser user, @PathVariable String id) {
		return reader.read(id, DossierScope.of(user));
	}

	record NomineeChangeRequest(@NotNull Long id, @Size(max = 255) String name, @Size(max = 255) String position,
			@Size(max = 255) String orgName, @Size(max = 4000) String achievements) {
	}

	record SupplementRequest(@Size(max = 4000) String comment, List<@Valid @NotNull NomineeChangeRequest> nominees) {
	}

	/** Answers a RETURN: the dossier goes back to the appraiser who returned it. */
	@Operation(summary = "Supplement a returned dossier: corrected nominees and a note, sent back to the level that returned it")
	@PostMapping("/{id}/supplement")
	DossierView supplement(@AuthenticationPrincipal AppUser user, @PathVariable String id,
			@Valid @RequestBody SupplementRequest request) {
		access.changeable(id, user);
		List<NomineeChange> changes = request.nominees() == null ? List.of()
				: request.nominees()
					.stream()
					.map(n -> new NomineeChange(n.id(), n.name(), n.position(), n.orgName(), n.achievements()))
					.toList();
		supplements.supplement(id, request.comment(), changes, user);
		return reader.read(id, DossierScope.of(user));
	}

	record WithdrawRequest(@NotBlank @Size(max = 4000) String reason) {
	}

	@Operation(summary = "Withdraw a dossier still under review (its nominators), with the reason")
	@PostMapping("/{id}/withdraw")
	DossierView withdraw(@AuthenticationPrincipal AppUser user, @PathVariable String id,
			@Valid @RequestBody WithdrawRequest request) {
		access.changeable(id, user);
		dossiers.withdraw(id, request.reason(), user);
		return reader.read(id, DossierScope.of(user));
	}

}
