package vn.tdkt.awards.nomination;

import java.time.LocalDateTime;

/** A nomination dossier (hồ sơ đề nghị khen thưởng) as stored. */
public record Dossier(String id, int year, String awardType, String movement, String kind, String title,
		String submittingOrg, int currentHop, DossierStatus status, String submittedBy, LocalDateTime submittedAt,
		LocalDateTime closedAt, String requestedDecisionNumber, LocalDateTime supplementDue) {
}
