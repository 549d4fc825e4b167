package vn.tdkt.awards.identity;

import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;


/**
 * The administrator's password comes from {@code ADMIN_PASSWORD} and must meet the password policy
 * ({@link PasswordRules}); a weak one stops the start with what it lacks. Only the embedded default database (the
 * H2 file ./data/awards, DB_URL unset) falls back to {@code admin} when none is set, and says so in the log; any
 * other database (PostgreSQL, another H2 URL) without it does not start.
 */
public class AdminPasswordPolicy implements EnvironmentPostProcessor {

	public static final String ADMIN = "admin";

	static final String ENV = "ADMIN_PASSWORD";

	static final String TARGET = "camunda.bpm.admin-user.password";

	public static final String EMBEDDED_FALLBACK = "admin";

	/** Set when the fallback applies: the password policy lets exactly that password through for the administrator. */
	public static final String FALLBACK_FLAG = "awards.admin.embedded-fallback";

	/** The embedded default database of application.yaml. */
	public static final String EMBEDDED_DEFAULT_URL = "jdbc:h2:file:./data/awards;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";

	private final Log log;

	public AdminPasswordPolicy(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(AdminPasswordPolicy.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String password = environment.getProperty(ENV);
		String url = environment.getProperty("spring.datasource.url", "");
		boolean fallback = false;
		if (!StringUtils.hasText(password)) {
			if (!EMBEDDED_DEFAULT_URL.equals(url)) {
				throw new IllegalStateException(
						"%s must be set: the administrator has no default password outside the embedded default database (%s)"
							.formatted(ENV, url));
			}
			log.warn("%s is not set: the administrator 'admin' gets the password 'admin'. Acceptable only on the embedded demo database; set %s for any real use."
				.formatted(ENV, ENV));
			password = EMBEDDED_FALLBACK;
			fallback = true;
		}
		else {
			List<String> unmet = PasswordRules.unmet(password, ADMIN,
					environment.getProperty("camunda.bpm.admin-user.first-name"),
					environment.getProperty("camunda.bpm.admin-user.last-name"),
					environment.getProperty("camunda.bpm.admin-user.email"));
			if (!unmet.isEmpty()) {
				throw new IllegalStateException("%s does not meet the password policy (%s); it lacks: %s"
					.formatted(ENV, PasswordRules.describe(), String.join("; ", unmet)));
			}
		}
		environment.getPropertySources()
			.addFirst(new MapPropertySource("adminPasswordPolicy",
					Map.of(TARGET, password, FALLBACK_FLAG, Boolean.toString(fallback))));
	}

}
