package vn.tdkt.awards.nomination;

import java.time.LocalDateTime;

/** A public posting under way: the dossier's current hop, and when the posting ends. */
public record OpenPosting(String dossierId, int hopSeq, String orgCode, LocalDateTime ends) {
}
