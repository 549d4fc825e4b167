package vn.tdkt.awards.system;

import java.util.Map;

import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * The administrator's password comes from {@code ADMIN_PASSWORD}. Only the embedded H2 default falls back to
 * {@code admin}, and says so in the log; on any other database a missing password stops the start.
 */
public class AdminPasswordPolicy implements EnvironmentPostProcessor {

	static final String ENV = "ADMIN_PASSWORD";

	static final String TARGET = "camunda.bpm.admin-user.password";

	static final String EMBEDDED_FALLBACK = "admin";

	private final Log log;

	public AdminPasswordPolicy(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(AdminPasswordPolicy.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String password = environment.getProperty(ENV);
		if (!StringUtils.hasText(password)) {
			String url = environment.getProperty("spring.datasource.url", "");
			if (!url.startsWith("jdbc:h2:")) {
				throw new IllegalStateException(
						"%s must be set: the administrator has no default password outside the embedded H2 database (%s)"
							.formatted(ENV, url));
			}
			log.warn("%s is not set: the administrator 'admin' gets the password 'admin'. Acceptable only on the embedded demo database; set %s for any real use."
				.formatted(ENV, ENV));
			password = EMBEDDED_FALLBACK;
		}
		environment.getPropertySources()
			.addFirst(new MapPropertySource("adminPasswordPolicy", Map.of(TARGET, password)));
	}

}
