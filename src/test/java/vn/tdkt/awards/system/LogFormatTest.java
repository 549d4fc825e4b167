package vn.tdkt.awards.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** LOG_FORMAT chooses Spring Boot's structured (ECS) console format; a value it does not know stops the start. */
class LogFormatTest {

	@Test
	void json_isElasticCommonSchema_text_andUnset_areTheUsualLines() {
		MockEnvironment json = new MockEnvironment().withProperty("LOG_FORMAT", "JSON");
		new LogFormat().postProcessEnvironment(json, null);
		assertThat(json.getProperty("logging.structured.format.console")).isEqualTo("ecs");

		for (MockEnvironment plain : new MockEnvironment[] { new MockEnvironment(),
				new MockEnvironment().withProperty("LOG_FORMAT", "text") }) {
			new LogFormat().postProcessEnvironment(plain, null);
			assertThat(plain.getProperty("logging.structured.format.console")).isNull();
		}
	}

	@Test
	void anUnknownFormat_stopsTheStart_sayingWhatIsAllowed() {
		MockEnvironment environment = new MockEnvironment().withProperty("LOG_FORMAT", "xml");
		assertThatThrownBy(() -> new LogFormat().postProcessEnvironment(environment, null))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("'json' or 'text'")
			.hasMessageContaining("xml");
	}

}
