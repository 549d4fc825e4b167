package vn.tdkt.awards.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine's webapps speak Vietnamese everywhere, not only on their login screens: our Vietnamese locale of each
 * (Tasklist, Cockpit, Admin, Welcome) has every label of the English one the webjar ships, with the same
 * placeholders, so nothing falls back to English.
 */
class WebappLocalesTest {

	static final ObjectMapper JSON = new ObjectMapper();

	static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]+?)\\s*}}");

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void everyEnglishLabel_hasAVietnameseOne_withTheSamePlaceholders(String app) throws IOException {
		Map<String, String> english = flat(read("META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json"));
		Map<String, String> vietnamese = flat(read("META-INF/resources/webjars/camunda/app/" + app + "/locales/vi.json"));
		Set<String> missing = new TreeSet<>(english.keySet());
		missing.removeAll(vietnamese.keySet());
		assertThat(missing).as(app + ": labels without Vietnamese").isEmpty();
		english.forEach((key, text) -> assertThat(placeholders(vietnamese.get(key))).as(app + " " + key)
			.isEqualTo(placeholders(text)));
	}

	private static JsonNode read(String resource) throws IOException {
		try (InputStream in = WebappLocalesTest.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
		}
	}

	private static Map<String, String> flat(JsonNode node) {
		Map<String, String> out = new LinkedHashMap<>();
		flat("", node, out);
		return out;
	}

	private static void flat(String prefix, JsonNode node, Map<String, String> out) {
		if (node.isObject()) {
			node.fields().forEachRemaining(e -> flat(prefix + e.getKey() + ".", e.getValue(), out));
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				flat(prefix + i + ".", node.get(i), out);
			}
		}
		else {
			out.put(prefix.substring(0, prefix.length() - 1), node.asText());
		}
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		if (text != null) {
			Matcher m = PLACEHOLDER.matcher(text);
			while (m.find()) {
				found.add(m.group(1).replaceAll("\\s+", ""));
			}
		}
		return found;
	}

}
