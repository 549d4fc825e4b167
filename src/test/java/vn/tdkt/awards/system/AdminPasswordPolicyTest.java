package vn.tdkt.awards.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class AdminPasswordPolicyTest {

	AdminPasswordPolicy policy = new AdminPasswordPolicy(new DeferredLogs());

	@Test
	void embeddedH2FallsBackToAdmin() {
		StandardEnvironment env = env(Map.of("spring.datasource.url", "jdbc:h2:file:./data/awards"));
		policy.postProcessEnvironment(env, new SpringApplication());
		assertThat(env.getProperty(AdminPasswordPolicy.TARGET)).isEqualTo("admin");
	}

	@Test
	void postgresWithoutPasswordRefusesToStart() {
		StandardEnvironment env = env(Map.of("spring.datasource.url", "jdbc:postgresql://db/awards"));
		assertThatIllegalStateException().isThrownBy(() -> policy.postProcessEnvironment(env, new SpringApplication()))
			.withMessageContaining("ADMIN_PASSWORD must be set");
	}

	@Test
	void theEnvironmentsPasswordWins() {
		StandardEnvironment env = env(
				Map.of("spring.datasource.url", "jdbc:postgresql://db/awards", "ADMIN_PASSWORD", "s3cret!"));
		policy.postProcessEnvironment(env, new SpringApplication());
		assertThat(env.getProperty(AdminPasswordPolicy.TARGET)).isEqualTo("s3cret!");
	}

	private static StandardEnvironment env(Map<String, Object> values) {
		StandardEnvironment env = new StandardEnvironment();
		env.getPropertySources().addFirst(new MapPropertySource("test", values));
		return env;
	}

}
