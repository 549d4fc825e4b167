package vn.tdkt.awards.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import vn.tdkt.awards.identity.SecurityConfiguration;

/**
 * The bundles stay in step: every key of the Vietnamese bundle has an English text and the reverse, none empty; and
 * the classes that answer API errors take their titles and framework details from the bundles, not from literals.
 */
class MessagesTest {

	@Test
	void bothBundles_haveTheSameKeys_andNoEmptyText() throws IOException {
		for (String bundle : List.of("messages/messages", "ValidationMessages")) {
			Properties vi = load(bundle + ".properties");
			Properties en = load(bundle + "_en.properties");
			TreeSet<String> onlyVi = new TreeSet<>(vi.stringPropertyNames());
			onlyVi.removeAll(en.stringPropertyNames());
			TreeSet<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
			onlyEn.removeAll(vi.stringPropertyNames());
			assertThat(onlyVi).as(bundle + ": keys without English").isEmpty();
			assertThat(onlyEn).as(bundle + ": keys without Vietnamese").isEmpty();
			for (Properties texts : List.of(vi, en)) {
				assertThat(texts.stringPropertyNames()).allSatisfy(k -> assertThat(texts.getProperty(k)).as(k).isNotBlank());
			}
		}
	}

	/** A text with arguments goes through MessageFormat, where a lone apostrophe hides the rest of the text. */
	@Test
	void textsWithArguments_doubleTheirApostrophes() throws IOException {
		Pattern argument = Pattern.compile("\\{\\d");
		Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
		for (String resource : List.of("messages/messages.properties", "messages/messages_en.properties")) {
			Properties texts = load(resource);
			assertThat(texts.stringPropertyNames())
				.filteredOn(k -> argument.matcher(texts.getProperty(k)).find())
				.allSatisfy(k -> assertThat(loneApostrophe.matcher(texts.getProperty(k)).find())
					.as(resource + " " + k + ": " + texts.getProperty(k))
					.isFalse());
		}
	}

	@Test
	void problemTitles_comeFromTheBundles() throws IOException {
		Pattern vietnamese = Pattern.compile("\"[^\"]*[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđĐ][^\"]*\"");
		for (String file : List.of("system/ApiErrors", "system/UploadLimitErrors", "identity/SecurityConfiguration")) {
			String source = Files.readString(Path.of("src/main/java/vn/tdkt/awards/" + file + ".java"));
			Matcher literal = vietnamese.matcher(source);
			assertThat(literal.find()).as(file + " has a Vietnamese literal: " + (literal.hitEnd() ? "" : literal.group()))
				.isFalse();
		}
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(MessagesTest.class.getClassLoader().getResourceAsStream(resource),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
