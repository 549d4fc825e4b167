package vn.tdkt.awards.nomination;

import java.time.LocalDateTime;

/** A stored document, without its bytes; {@code generated} when the system made it (a decision, a submission...). */
public record DocumentInfo(long id, String dossierId, DocumentType type, String typeName, String fileName,
		String contentType, long size, String sha256, String uploadedBy, LocalDateTime uploadedAt, boolean generated) {
}
