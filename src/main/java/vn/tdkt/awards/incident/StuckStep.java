package vn.tdkt.awards.incident;

import java.time.LocalDateTime;

/**
 * A dossier's step that failed after its retries (an incident of the engine): which dossier, which step of its
 * process, since when, why in words safe to show, and whether it can be tried again.
 */
public record StuckStep(String id, String dossierId, String activityId, String activityName, LocalDateTime since,
		String message, boolean retryable) {
}
