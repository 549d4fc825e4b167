package vn.tdkt.awards.review;

import java.util.Locale;

import vn.tdkt.awards.system.UserTexts;
import vn.tdkt.awards.workflow.TaskRefusal;

/**
 * A reviewer's completion that breaks the reviewer contract (a variable it does not declare, a wrong type, a missing
 * outcome, an unknown nominee id, votes above the members present...). Thrown from the completing task's listener,
 * it rolls the completion back; engine-rest and Tasklist's API answer 400 naming the variable. Its message is one
 * sentence naming the field as the form labels it ({@code {0}} of every refusal text) and the nominee by name.
 */
public class ReviewInputException extends TaskRefusal {

	/** {@code message}: a key of the messages bundle; {@code {0}} is the field's label, {@code args} follow. */
	public ReviewInputException(String variable, String message, Object... args) {
		super(variable, message, args);
	}

	@Override
	public String text(Locale locale) {
		Object[] args = args();
		Object[] all = new Object[args.length + 1];
		all[0] = label(locale, variable());
		System.arraycopy(args, 0, all, 1, args.length);
		return UserTexts.text(locale, key(), all);
	}

	/** The field as the form labels it ({@code review.field.<variable>}), the variable's name when it has no label. */
	static String label(Locale locale, String variable) {
		if (variable != null && variable.matches("votes\\d+")) {
			return UserTexts.text(locale, "review.field.vote-slot", variable.substring("votes".length()));
		}
		String key = "review.field." + variable;
		return UserTexts.has(key) ? UserTexts.text(locale, key) : variable;
	}

	@Override
	public int status() {
		return 400;
	}

}
