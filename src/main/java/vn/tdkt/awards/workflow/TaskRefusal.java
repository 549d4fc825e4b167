package vn.tdkt.awards.workflow;

import vn.tdkt.awards.system.LocalizedException;

/**
 * A task listener's refusal of what a user asked of a task (a completion outside the reviewer contract, a claim by
 * somebody outside the hop's group). The engine wraps it, whatever the way in, and rolls the command back; HTTP
 * answers it with {@link #status()} and this shape, not as a server error ({@link TaskRefusals}), its message one
 * sentence in the reader's language.
 */
public abstract class TaskRefusal extends LocalizedException {

	private final String variable;

	/** {@code message}: a key of the messages bundle with its arguments. */
	protected TaskRefusal(String variable, String message, Object... args) {
		super(message, args);
		this.variable = variable;
	}

	/** The variable (or field) refused, or null when the refusal is about the user. */
	public String variable() {
		return variable;
	}

	/** 400 for input outside the contract, 403 for a user who may not act on the task. */
	public abstract int status();

	/** The engine-rest error type clients see: the simple name of the refusal. */
	public String type() {
		return getClass().getSimpleName();
	}

}
