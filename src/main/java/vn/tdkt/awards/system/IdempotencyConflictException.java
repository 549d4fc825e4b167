package vn.tdkt.awards.system;


/** An Idempotency-Key used again with another request than the one that made its dossier: answered 422. */
public class IdempotencyConflictException extends LocalizedException {

	private final String idempotencyKey;

	public IdempotencyConflictException(String key, String dossierId) {
		super("error.nomination.idempotency-conflict", key, dossierId);
		this.idempotencyKey = key;
	}

	/** The Idempotency-Key reused (not the message's bundle key, which the message itself uses). */
	@Override
	public String key() {
		return idempotencyKey;
	}

}
