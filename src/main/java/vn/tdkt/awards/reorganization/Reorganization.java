package vn.tdkt.awards.reorganization;

import java.time.LocalDate;
import java.util.List;

/** What a reorganization is asked, plans and did: the shapes of {@code /api/admin/reorganizations}. */
public final class Reorganization {

	private Reorganization() {
	}

	public record Merge(List<String> from, String into) {
	}

	public record Request(LocalDate effectiveFrom, String legalBasis, List<Merge> merges, Boolean moveUsers,
			String reason) {
	}

	/** A dossier's move: from which org at its current hop, to which, and its route from there; or why it cannot. */
	public record DossierMove(String dossierId, int currentHop, String fromOrg, String toOrg, List<String> newRoute,
			String blockedBy) {
	}

	public record TaskMove(String taskId, String dossierId, String taskKey, String fromGroup, String toGroup) {
	}

	public record UserMove(String userId, String fromGroup, String toGroup) {
	}

	public record Plan(Long id, LocalDate effectiveFrom, String legalBasis, List<Merge> merges,
			List<DossierMove> dossiers, List<TaskMove> tasks, List<UserMove> users, boolean moveUsers,
			boolean applied) {
	}

	public record Applied(long id, LocalDate effectiveFrom, String legalBasis, String merges, java.time.LocalDateTime appliedAt,
			String actor, int dossiersMoved, int tasksMoved, int usersMoved) {
	}

}
