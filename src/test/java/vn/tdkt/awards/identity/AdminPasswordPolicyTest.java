package vn.tdkt.awards.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** ADMIN_PASSWORD: required outside the embedded default database, and always held to the password policy. */
class AdminPasswordPolicyTest {

	AdminPasswordPolicy policy = new AdminPasswordPolicy(new DeferredLogs());

	@Test
	void onlyTheEmbeddedDefaultDatabaseFallsBackToAdmin() {
		StandardEnvironment env = env(Map.of("spring.datasource.url", AdminPasswordPolicy.EMBEDDED_DEFAULT_URL));
		policy.postProcessEnvironment(env, new SpringApplication());
		assertThat(env.getProperty(AdminPasswordPolicy.TARGET)).isEqualTo("admin");
		assertThat(env.getProperty(AdminPasswordPolicy.FALLBACK_FLAG)).isEqualTo("true");
		for (String url : new String[] { "jdbc:h2:mem:awards", "jdbc:h2:tcp://db/awards", "jdbc:h2:file:/srv/awards",
				"jdbc:postgresql://db/awards" }) {
			StandardEnvironment other = env(Map.of("spring.datasource.url", url));
			assertThatIllegalStateException().isThrownBy(() -> policy.postProcessEnvironment(other, new SpringApplication()))
				.withMessageContaining("ADMIN_PASSWORD must be set");
		}
	}

	@Test
	void aWeakAdminPassword_stopsTheStart_sayingWhatItLacks() {
		for (String weak : new String[] { "admin", "s3cret!", "longbutlowercase1!", "NoDigitsHere!!", "Admin-2026-ok!" }) {
			StandardEnvironment env = env(Map.of("spring.datasource.url", "jdbc:postgresql://db/awards",
					"ADMIN_PASSWORD", weak, "camunda.bpm.admin-user.last-name", "Quản trị"));
			assertThatIllegalStateException().as(weak)
				.isThrownBy(() -> policy.postProcessEnvironment(env, new SpringApplication()))
				.withMessageContaining("does not meet the password policy");
		}
		StandardEnvironment embedded = env(Map.of("spring.datasource.url", AdminPasswordPolicy.EMBEDDED_DEFAULT_URL,
				"ADMIN_PASSWORD", "admin"));
		assertThatIllegalStateException().isThrownBy(() -> policy.postProcessEnvironment(embedded, new SpringApplication()));
	}

	@Test
	void aStrongPassword_wins() {
		StandardEnvironment env = env(
				Map.of("spring.datasource.url", "jdbc:postgresql://db/awards", "ADMIN_PASSWORD", "Ban-thi-dua-2026!"));
		policy.postProcessEnvironment(env, new SpringApplication());
		assertThat(env.getProperty(AdminPasswordPolicy.TARGET)).isEqualTo("Ban-thi-dua-2026!");
		assertThat(env.getProperty(AdminPasswordPolicy.FALLBACK_FLAG)).isEqualTo("false");
	}

	private static StandardEnvironment env(Map<String, Object> values) {
		StandardEnvironment env = new StandardEnvironment();
		// what the test JVM's own environment says (pom.xml gives it ADMIN_PASSWORD) is not the case under test
		env.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		env.getPropertySources().addFirst(new MapPropertySource("test", values));
		return env;
	}

}
