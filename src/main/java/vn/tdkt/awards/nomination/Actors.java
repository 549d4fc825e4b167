package vn.tdkt.awards.nomination;

/** Actor names that are not users. */
public final class Actors {

	private Actors() {
	}

	/** Steps the system takes by itself (timers, routing). */
	public static final String SYSTEM = "system";

}
