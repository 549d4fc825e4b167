package vn.tdkt.awards.nomination;

import java.time.LocalDateTime;

/** A line of the dossier list. */
public record DossierSummary(String id, DossierStatus status, String awardType, int year, String movement,
		String submittingOrg, String currentOrg, String title, LocalDateTime submittedAt, int nominees) {
}
