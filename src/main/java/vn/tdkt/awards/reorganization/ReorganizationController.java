package vn.tdkt.awards.reorganization;

import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/**
 * {@code /api/orgs/reorganizations} (administrators): {@code POST ?preview=true} says what a reorganization would move
 * (dossiers, open tasks, users), {@code ?preview=false} applies it; {@code GET} lists those applied.
 */
@RestController
@RequestMapping("/api/orgs/reorganizations")
class ReorganizationController {

	private final Reorganizations reorganizations;

	ReorganizationController(Reorganizations reorganizations) {
		this.reorganizations = reorganizations;
	}

	@Operation(summary = "Preview (preview=true) or apply a reorganization: these orgs merge into that one from a date")
	@PostMapping
	ResponseEntity<Reorganizations.Plan> reorganize(Principal user, @RequestParam(defaultValue = "true") boolean preview,
			@RequestBody Reorganizations.Request request) {
		if (preview) {
			return ResponseEntity.ok(reorganizations.preview(request));
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(reorganizations.apply(request, user.getName()));
	}

	@Operation(summary = "The reorganizations applied, newest first")
	@GetMapping
	List<Reorganizations.Applied> list() {
		return reorganizations.list();
	}

}
