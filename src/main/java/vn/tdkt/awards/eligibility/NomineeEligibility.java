package vn.tdkt.awards.eligibility;

import java.util.List;

/**
 * The advisory result for a nominee ({@code GET /api/dossiers/{id}/eligibility}): eligible or not, and why — the
 * clauses met, or what is missing or blocking. {@code verdict}: ELIGIBLE, MISSING, BLOCKED or UNKNOWN (no rules for
 * this award, subject type or date).
 */
public record NomineeEligibility(long nomineeId, String name, boolean eligible, String verdict, List<String> reasons,
		String ruleSet, String decisionKey) {
}
