package vn.tdkt.awards.reorganization;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;

/**
 * {@code /api/orgs/reorganizations} (administrators): {@code POST ?preview=true} says what a reorganization would move
 * (dossiers, open tasks, users), {@code ?preview=false} applies it; {@code GET} lists those applied.
 */
@RestController
@RequestMapping("/api/orgs/reorganizations")
class ReorganizationController {

	private final Reorganizations reorganizations;

	private final ConversionTables conversions;

	private final ReorganizationLog log;

	ReorganizationController(Reorganizations reorganizations, ConversionTables conversions, ReorganizationLog log) {
		this.log = log;
		this.reorganizations = reorganizations;
		this.conversions = conversions;
	}

	@Operation(summary = "Preview (preview=true) or apply a reorganization: these orgs merge into that one from a date")
	@PostMapping
	ResponseEntity<Reorganization.Plan> reorganize(Principal user, @RequestParam(defaultValue = "true") boolean preview,
			@RequestBody Reorganization.Request request) {
		if (preview) {
			return ResponseEntity.ok(reorganizations.preview(request));
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(reorganizations.apply(request, user.getName()));
	}

	/** A conversion table's reorganization, previewed or applied, with how many of its rows named orgs here. */
	record ImportedPlan(Reorganization.Plan plan, int rowsUsed, int rowsWithoutOrg) {
	}

	@Operation(summary = "Preview or apply the reorganization a conversion table of administrative units gives"
			+ " (new_code, old_code, change: the format of admin-units/ninh-binh-2025-merged-from.csv)")
	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportedPlan> importTable(Principal user, @RequestParam(defaultValue = "true") boolean preview,
			@RequestParam MultipartFile file,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@RequestParam(required = false) String legalBasis, @RequestParam(defaultValue = "false") boolean moveUsers,
			@RequestParam(required = false) String reason) throws IOException {
		ConversionTables.Conversion conversion = conversions.read(
				new String(file.getBytes(), StandardCharsets.UTF_8), effectiveFrom, legalBasis, moveUsers, reason);
		Reorganization.Plan plan = preview ? reorganizations.preview(conversion.request())
				: reorganizations.apply(conversion.request(), user.getName());
		return ResponseEntity.status(preview ? HttpStatus.OK : HttpStatus.CREATED)
			.body(new ImportedPlan(plan, conversion.rowsUsed(), conversion.rowsWithoutOrg()));
	}

	@Operation(summary = "The reorganizations applied, newest first")
	@GetMapping
	List<Reorganization.Applied> list() {
		return log.list();
	}

}
