package vn.tdkt.awards.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;

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
		all.add(new Rule("PASSWORD_POLICY_USER_DATA", Map.of(), "không chứa tên đăng nhập, họ tên hay thư điện tử",
				"no part of the user's id, names or e-mail", PasswordRules::freeOfUserData));
		all.add(count("PASSWORD_POLICY_LENGTH", "minLength", MIN_LENGTH, "ký tự", "characters", c -> true));
		all.add(count("PASSWORD_POLICY_LOWERCASE", "minLowerCase", 1, "chữ thường", "lowercase letter",
				Character::isLowerCase));
		all.add(count("PASSWORD_POLICY_UPPERCASE", "minUpperCase", 1, "chữ hoa", "uppercase letter",
				Character::isUpperCase));
		all.add(count("PASSWORD_POLICY_DIGIT", "minDigit", 1, "chữ số", "digit", Character::isDigit));
		all.add(count("PASSWORD_POLICY_SPECIAL", "minSpecial", 1, "ký tự đặc biệt", "special character",
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
				unmet.add(r.vi + " / " + r.en);
			}
		}
		return unmet;
	}

	/** The rules in one sentence, for messages. */
	public static String describe() {
		return "ít nhất %d ký tự, có chữ thường, chữ hoa, chữ số và ký tự đặc biệt, không chứa tên đăng nhập, họ tên hay thư điện tử"
			.formatted(MIN_LENGTH)
				+ " / at least %d characters with a lowercase and an uppercase letter, a digit and a special character, and no part of the user's id, names or e-mail"
					.formatted(MIN_LENGTH);
	}

	private static Rule count(String placeholder, String parameter, int min, String vi, String en, IntPredicate counts) {
		return new Rule(placeholder, Map.of(parameter, Integer.toString(min)),
				(min == 1 ? "có " : "ít nhất %d ".formatted(min)) + vi, (min == 1 ? "a " : "at least %d ".formatted(min)) + en
						+ (min == 1 ? "" : "s"),
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

		final String vi;

		final String en;

		final Check check;

		Rule(String placeholder, Map<String, String> parameters, String vi, String en, Check check) {
			this.placeholder = placeholder;
			this.parameters = parameters;
			this.vi = vi;
			this.en = en;
			this.check = check;
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
