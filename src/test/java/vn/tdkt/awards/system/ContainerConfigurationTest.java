package vn.tdkt.awards.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml and the Dockerfile as production needs them, read the way Docker reads them (no Docker engine
 * here): images pinned, restart policies, a stop grace longer than the application's graceful shutdown, start periods,
 * demo users off, the public address required, the heap from the container's memory, a writable data folder, a health
 * check. Every variable compose hands the application is one the application reads.
 */
class ContainerConfigurationTest {

	static final Path ROOT = Path.of(".").toAbsolutePath().normalize();

	@SuppressWarnings("unchecked")
	static Map<String, Object> compose() throws IOException {
		return new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> service(String name) throws IOException {
		return (Map<String, Object>) ((Map<String, Object>) compose().get("services")).get(name);
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyServiceIsPinned_restarts_andWaitsForItsStart() throws IOException {
		Map<String, Object> services = (Map<String, Object>) compose().get("services");
		assertThat(services).containsKeys("postgres", "mailpit", "app");
		for (var entry : services.entrySet()) {
			Map<String, Object> service = (Map<String, Object>) entry.getValue();
			assertThat(service.get("restart")).as(entry.getKey()).isEqualTo("unless-stopped");
			if (service.containsKey("image")) {
				assertThat((String) service.get("image")).as(entry.getKey() + " image").matches("[^:]+:v?\\d+\\.\\d+(\\.\\d+)?");
			}
		}
		Map<String, Object> app = service("app");
		Duration grace = duration((String) app.get("stop_grace_period"));
		assertThat(grace).as("longer than the application's 30 s graceful shutdown").isGreaterThan(Duration.ofSeconds(30));
		Map<String, Object> health = (Map<String, Object>) app.get("healthcheck");
		assertThat(health.get("test").toString()).contains("/actuator/health/readiness");
		assertThat(duration((String) health.get("start_period"))).isGreaterThanOrEqualTo(Duration.ofSeconds(60));
		assertThat(((Map<String, Object>) service("postgres").get("healthcheck"))).containsKey("start_period");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theApplication_startsWithoutDemoUsers_andMustBeToldItsAddressAndPassword() throws IOException {
		Map<String, Object> environment = (Map<String, Object>) service("app").get("environment");
		assertThat(environment.get("AWARDS_DEMO_ENABLED")).isEqualTo("${AWARDS_DEMO_ENABLED:-false}");
		assertThat((String) environment.get("APP_BASE_URL")).startsWith("${APP_BASE_URL:?");
		assertThat((String) environment.get("ADMIN_PASSWORD")).startsWith("${ADMIN_PASSWORD:?");
		assertThat((String) environment.get("JAVA_OPTS")).contains("MaxRAMPercentage").contains("ExitOnOutOfMemoryError")
			.doesNotContain("-Xmx");
		assertThat(service("app")).containsKey("mem_limit");

		// each variable is read by the application (application*.yaml) or the container's entry point
		String configuration = Files.readString(ROOT.resolve("src/main/resources/application.yaml"))
				+ Files.readString(ROOT.resolve("src/main/resources/application-postgres.yaml"));
		List<String> outside = List.of("SPRING_PROFILES_ACTIVE", "JAVA_OPTS", "ADMIN_PASSWORD", "LOG_FORMAT");
		for (String variable : environment.keySet()) {
			if (!outside.contains(variable)) {
				assertThat(configuration).as(variable + " is read by application.yaml").contains("${" + variable + ":");
			}
		}
	}

	@Test
	void theImage_sizesItsHeapFromTheContainer_writesItsData_andReportsItsHealth() throws IOException {
		String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
		assertThat(dockerfile).doesNotContain("-Xmx").contains("-XX:MaxRAMPercentage=").contains("-XX:+ExitOnOutOfMemoryError");
		assertThat(dockerfile).contains("HEALTHCHECK").contains("--start-period=").contains("/actuator/health/readiness");
		assertThat(dockerfile).contains("chown awards /app/data").contains("USER awards");
		Matcher from = Pattern.compile("(?m)^FROM (\\S+)").matcher(dockerfile);
		while (from.find()) {
			assertThat(from.group(1)).as("base image pinned to a release").matches("[^:]+:\\d+\\.\\d+\\.\\d+_\\d+-\\w+");
		}
		// exec: the JVM is PID 1 and gets docker stop's SIGTERM
		assertThat(dockerfile).contains("exec java");
	}

	static Duration duration(String text) {
		Matcher m = Pattern.compile("(\\d+)(s|m)").matcher(text);
		assertThat(m.matches()).as(text).isTrue();
		long value = Long.parseLong(m.group(1));
		return m.group(2).equals("m") ? Duration.ofMinutes(value) : Duration.ofSeconds(value);
	}

}
