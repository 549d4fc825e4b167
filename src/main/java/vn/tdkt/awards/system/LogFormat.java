package vn.tdkt.awards.system;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code LOG_FORMAT=json}: one JSON object per line in Elastic Common Schema (Spring Boot's structured logging), with
 * the request id, the user and the dossier of every line ({@link LogContext}, and the engine's own context in process
 * steps). {@code LOG_FORMAT=text} or unset: the usual lines. Anything else stops the start: a log collector waiting
 * for JSON should not receive text.
 */
public class LogFormat implements EnvironmentPostProcessor, Ordered {

	static final String ENV = "LOG_FORMAT";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String format = environment.getProperty(ENV, "").trim().toLowerCase(Locale.ROOT);
		switch (format) {
			case "", "text" -> {
			}
			case "json" -> environment.getPropertySources()
				.addFirst(new MapPropertySource("awards-log-format", Map.of("logging.structured.format.console", "ecs")));
			default -> throw new IllegalStateException(
					"%s must be 'json' or 'text', not '%s'".formatted(ENV, environment.getProperty(ENV)));
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
