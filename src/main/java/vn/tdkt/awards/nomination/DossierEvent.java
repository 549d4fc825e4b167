package vn.tdkt.awards.nomination;

import java.time.LocalDateTime;

/** A line of a dossier's timeline: who did what, when, where, why. */
public record DossierEvent(long id, String dossierId, LocalDateTime at, int hopSeq, String orgCode, String actor,
		DossierEventType action, String taskKey, String taskId, String comment) {
}
