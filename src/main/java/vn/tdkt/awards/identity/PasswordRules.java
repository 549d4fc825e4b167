package vn.tdkt.awards.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;

import vn.tdkt.awards.system.UserTexts;
import vn.tdkt.awards.system.WebConfiguration;

/**
 * The password policy, the engine's own extension point (so it holds wherever a password is set: Camunda Admin, the
 * user's profile, engine-rest, the Java API): at least {@value #MIN_LENGTH} characters with a lowercase and an
 * uppercase letter, a digit and another character, and no part of the user's id, names or e-mail. The placeholders
 * are the engine's, so the webapps describe the rules in their language. A demo account may keep the shared demo
 * password while the demo is on ({@link Exemption}).
 */
public class PasswordRules implements PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	/** Credentials exempt from the rules: the documented demo accounts of the embedded demonstration. */
	public interface Exemption {

		boolean exempts(String candidatePassword, User user);

	}

	private final List<PasswordPolicyRule> rules;

	public PasswordRules(Exemption exemption) {
		List<Rule> all = new ArrayList<>();
		// the phrases are the bundle's label.password.*, written for these minimums
		all.add(new Rule("PASSWORD_POLICY_USER_DATA", Map.of(), "label.password.user-data", 0,
				PasswordRules::freeOfUserData));
		all.add(count("PASSWORD_POLICY_LENGTH", "minLength", MIN_LENGTH, "label.password.length", c -> true));
		all.add(count("PASSWORD_POLICY_LOWERCASE", "minLowerCase", 1, "label.password.lowercase",
				Character::isLowerCase));
		all.add(count("PASSWORD_POLICY_UPPERCASE", "minUpperCase", 1, "label.password.uppercase",
				Character::isUpperCase));
		all.add(count("PASSWORD_POLICY_DIGIT", "minDigit", 1, "label.password.digit", Character::isDigit));
		all.add(count("PASSWORD_POLICY_SPECIAL", "minSpecial", 1, "label.password.special",
				c -> !Character.isLetterOrDigit(c) && !Character.isWhitespace(c)));
		this.rules = all.stream().map(rule -> (PasswordPolicyRule) new Exempted(rule, exemption)).toList();
	}

	@Override
	public List<PasswordPolicyRule> getRules() {
		return rules;
	}

	/** What the password lacks, one phrase per rule not met, in Vietnamese and English ("vi / en"). */
	public static List<String> unmet(String password, String userId, String firstName, String lastName, String email) {
		List<String> unmet = new ArrayList<>();
		for (PasswordPolicyRule rule : new PasswordRules((p, u) -> false).getRules()) {
			Rule r = ((Exempted) rule).rule;
			if (!r.check(password, userId, firstName, lastName, email)) {
				unmet.add(r.text(WebConfiguration.VIETNAMESE) + " / " + r.text(Locale.ENGLISH));
			}
		}
		return unmet;
	}

	/** The rules in one sentence, for messages: in Vietnamese and English ("vi / en"). */
	public static String describe() {
		return describe(WebConfiguration.VIETNAMESE) + " / " + describe(Locale.ENGLISH);
	}

	/** The rules in one sentence, in {@code locale}. */
	public static String describe(Locale locale) {
		return UserTexts.text(locale, "label.password.rules", MIN_LENGTH);
	}

	private static Rule count(String placeholder, String parameter, int min, String key, IntPredicate counts) {
		return new Rule(placeholder, Map.of(parameter, Integer.toString(min)), key, min,
				(password, user) -> password.codePoints().filter(counts).count() >= min);
	}

	private static boolean freeOfUserData(String password, String[] user) {
		String lower = password.toLowerCase(Locale.ROOT);
		for (String part : user) {
			if (part != null && part.trim().length() >= 3 && lower.contains(part.trim().toLowerCase(Locale.ROOT))) {
				return false;
			}
		}
		return true;
	}

	interface Check {

		boolean test(String password, String[] user);

	}

	static final class Rule {

		final String placeholder;

		final Map<String, String> parameters;

		/** The key of the phrase that names the rule; {@code min} its argument. */
		final String key;

		final int min;

		final Check check;

		Rule(String placeholder, Map<String, String> parameters, String key, int min, Check check) {
			this.placeholder = placeholder;
			this.parameters = parameters;
			this.key = key;
			this.min = min;
			this.check = check;
		}

		String text(Locale locale) {
			return UserTexts.text(locale, key, min);
		}

		boolean check(String password, String userId, String firstName, String lastName, String email) {
			return password != null && check.test(password, new String[] { userId, firstName, lastName, email });
		}

	}

	/** A rule as the engine sees it: met by an exempt demo credential whatever it says. */
	static final class Exempted implements PasswordPolicyRule {

		final Rule rule;

		private final Exemption exemption;

		Exempted(Rule rule, Exemption exemption) {
			this.rule = rule;
			this.exemption = exemption;
		}

		@Override
		public String getPlaceholder() {
			return rule.placeholder;
		}

		@Override
		public Map<String, String> getParameters() {
			return rule.parameters;
		}

		@Override
		public boolean execute(String candidatePassword) {
			return execute(candidatePassword, null);
		}

		@Override
		public boolean execute(String candidatePassword, User user) {
			if (user != null && exemption.exempts(candidatePassword, user)) {
				return true;
			}
			return user == null ? rule.check(candidatePassword, null, null, null, null)
					: rule.check(candidatePassword, user.getId(), user.getFirstName(), user.getLastName(), user.getEmail());
		}

	}

}
