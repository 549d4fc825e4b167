package vn.tdkt.awards.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import vn.tdkt.awards.system.AppClock;

/**
 * {@code /api/reference/{table}} ({@code legal-duration}, {@code council-rule}, {@code legal-basis},
 * {@code intake-deadline}, {@code eligibility-rule-set}, {@code award-type}): the rows; a new version (a new value for
 * award types), an export and an import in the CSV files' format (administrators for changes).
 */
@RestController
@RequestMapping("/api/reference")
class ReferenceValuesController {

	private final ReferenceValues values;

	private final AppClock clock;

	ReferenceValuesController(ReferenceValues values, AppClock clock) {
		this.values = values;
		this.clock = clock;
	}

	@Operation(summary = "The rows of a reference table, with their validity")
	@GetMapping("/{table}")
	List<Map<String, String>> rows(@PathVariable String table) {
		return values.rows(table(table));
	}

	@Operation(summary = "The table in the CSV files' format")
	@GetMapping("/{table}/export")
	ResponseEntity<byte[]> export(@PathVariable String table) {
		ReferenceTable t = table(table);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + t.table() + ".csv\"")
			.body(values.export(t).getBytes(StandardCharsets.UTF_8));
	}

	@Operation(summary = "A new version from valid_from (award types: the new value), with a reason (administrators)")
	@PostMapping("/{table}")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, String> add(Principal user, @PathVariable String table, @RequestBody Map<String, Object> body) {
		Map<String, String> given = new LinkedHashMap<>();
		body.forEach((k, v) -> given.put(k, v == null ? null : v.toString()));
		String reason = given.remove("reason");
		return values.add(table(table), given, user.getName(), reason, now());
	}

	@Operation(summary = "Import the table's CSV: rows already there stay, new ones are added as versions; all or none"
			+ " (administrators)")
	@PostMapping(path = "/{table}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ReferenceValues.Imported importCsv(Principal user, @PathVariable String table, @RequestParam MultipartFile file,
			@RequestParam(required = false) String reason) throws IOException {
		return values.importCsv(table(table), new String(file.getBytes(), StandardCharsets.UTF_8), user.getName(), reason,
				now());
	}

	private static ReferenceTable table(String slug) {
		ReferenceTable table = ReferenceTable.ofSlug(slug);
		if (table == null) {
			throw new ReferenceValues.InvalidValueException("table", "error.reference.table-unknown-quoted", slug);
		}
		return table;
	}

	private LocalDateTime now() {
		return clock.localNow();
	}

}
