package vn.tdkt.awards.nomination;

/** An Idempotency-Key used again with another request than the one that made its dossier: answered 422. */
public class IdempotencyConflictException extends RuntimeException {

	private final String key;

	public IdempotencyConflictException(String key, String dossierId) {
		super("Idempotency-Key '%s' đã được dùng cho một yêu cầu khác (hồ sơ %s); dùng khóa mới cho hồ sơ mới. / The key was used for another request."
			.formatted(key, dossierId));
		this.key = key;
	}

	public String key() {
		return key;
	}

}
