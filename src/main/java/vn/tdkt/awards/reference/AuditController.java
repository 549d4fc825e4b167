package vn.tdkt.awards.reference;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** {@code GET /api/audit?entity=ORG}: the change log of reference data, newest first (administrators). */
@RestController
class AuditController {

	private final ReferenceAudit audit;

	AuditController(ReferenceAudit audit) {
		this.audit = audit;
	}

	@Operation(summary = "The change log of reference data: who, when, old and new value, reason (administrators)")
	@GetMapping("/api/audit")
	List<ReferenceAudit.Change> changes(@RequestParam(required = false) String entity,
			@RequestParam(defaultValue = "200") int limit) {
		return audit.list(entity == null || entity.isBlank() ? null : entity.trim().toUpperCase(java.util.Locale.ROOT),
				Math.min(Math.max(limit, 1), 1000));
	}

}
