package vn.tdkt.awards.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Small enough to read: no main source file over 250 lines, no method or constructor over 40 (from its signature to
 * its closing brace; test code is not held to it). A block's header is told from the code, strings, text blocks and
 * comments skipped, so a brace in a literal does not count.
 */
class CodeSizeTest {

	static final Path MAIN = Path.of("src/main/java");

	static final int MAX_FILE_LINES = 250;

	static final int MAX_METHOD_LINES = 40;

	/** A method's or constructor's header: modifiers, type parameters, a return type (not for a constructor), a name. */
	static final Pattern SIGNATURE = Pattern.compile("(?s)^(?:(?:public|protected|private|static|final|synchronized"
			+ "|abstract|default|native)\\s+)*(?:<[^{};]*>\\s*)?(?:[\\w.$<>\\[\\],?\\s]+?\\s+)?(\\w+)\\s*\\([^{};]*\\)"
			+ "\\s*(?:throws\\s+[\\w.$,\\s]+)?$");

	static final List<String> NOT_METHODS = List.of("if", "for", "while", "switch", "catch", "synchronized", "try",
			"return", "new", "else", "do", "yield", "throw", "case");

	@Test
	void noFileOver250Lines_noMethodOver40() throws IOException {
		List<String> tooLong = new ArrayList<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
				String source = Files.readString(file);
				String name = MAIN.relativize(file).toString();
				long lines = source.lines().count();
				if (lines > MAX_FILE_LINES) {
					tooLong.add("%s: %d lines".formatted(name, lines));
				}
				methods(source).stream()
					.filter(m -> m.lines() > MAX_METHOD_LINES)
					.forEach(m -> tooLong.add("%s: %s() %d lines from line %d".formatted(name, m.name(), m.lines(),
							m.line())));
			}
		}
		assertThat(tooLong).as("files over %d lines, methods over %d", MAX_FILE_LINES, MAX_METHOD_LINES).isEmpty();
	}

	@Test
	void theCounter_seesMethodsAndSkipsLiterals() {
		String source = """
				class A {
					@Override
					public String name(int a) throws IOException {
						String s = "{ not a block }";
						if (a > 0) {
							return "}";
						}
						return s; // }
					}

					A() {
						/* { */
					}

					record R(int a) {
					}

					Runnable r() {
						return new Runnable() {
							public void run() {
							}
						};
					}
				}
				""";
		assertThat(methods(source)).extracting(Method::name, Method::lines, Method::line)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("name", 7, 3),
					org.assertj.core.groups.Tuple.tuple("A", 3, 11), org.assertj.core.groups.Tuple.tuple("run", 2, 20),
					org.assertj.core.groups.Tuple.tuple("r", 6, 18));
	}

	record Method(String name, int line, int lines) {
	}

	/** The methods and constructors of a source: each block whose header is a signature, with its length. */
	static List<Method> methods(String source) {
		List<Method> methods = new ArrayList<>();
		Deque<Method> open = new ArrayDeque<>();
		StringBuilder header = new StringBuilder();
		List<Integer> headerLines = new ArrayList<>();
		int line = 1;
		for (int i = 0; i < source.length(); i++) {
			char c = source.charAt(i);
			int skipped = skipLiteralOrComment(source, i);
			if (skipped > i) {
				line += (int) source.substring(i, skipped).chars().filter(ch -> ch == '\n').count();
				header.append(' ');
				headerLines.add(line);
				i = skipped - 1;
				continue;
			}
			if (c == '{') {
				open.push(block(header.toString(), headerLines));
				header.setLength(0);
				headerLines.clear();
			}
			else if (c == '}') {
				Method block = open.isEmpty() ? new Method(null, 0, 0) : open.pop();
				if (block.name() != null) {
					methods.add(new Method(block.name(), block.line(), line - block.line() + 1));
				}
				header.setLength(0);
				headerLines.clear();
			}
			else if (c == ';') {
				header.setLength(0);
				headerLines.clear();
			}
			else {
				header.append(c);
				headerLines.add(line);
			}
			if (c == '\n') {
				line++;
			}
		}
		return methods;
	}

	/** The block a header opens: a method or constructor named, from its signature's line; else an unnamed block. */
	static Method block(String header, List<Integer> lines) {
		String text = ANNOTATION.matcher(header).replaceAll(m -> " ".repeat(m.group().length()));
		var m = SIGNATURE.matcher(text.strip());
		if (!m.matches() || NOT_METHODS.contains(m.group(1)) || text.contains("=") || text.contains("->")
				|| TYPE_OR_NEW.matcher(text).find()) {
			return new Method(null, 0, 0);
		}
		int first = 0;
		while (Character.isWhitespace(text.charAt(first))) {
			first++;
		}
		return new Method(m.group(1), lines.get(first), 0);
	}

	/** A type's declaration or an anonymous class: not a method. */
	static final Pattern TYPE_OR_NEW = Pattern.compile("\\b(class|record|enum|interface|new)\\s");

	/** An annotation with its arguments: not part of the signature, nor its first line. */
	static final Pattern ANNOTATION = Pattern.compile("@[\\w.]+(\\s*\\((?:[^()]|\\([^()]*\\))*\\))?");

	/** The index after the string, text block, char literal or comment starting at {@code i}, else {@code i}. */
	static int skipLiteralOrComment(String s, int i) {
		if (s.startsWith("//", i)) {
			int end = s.indexOf('\n', i);
			return end < 0 ? s.length() : end;
		}
		if (s.startsWith("/*", i)) {
			return s.indexOf("*/", i + 2) + 2;
		}
		if (s.startsWith("\"\"\"", i)) {
			return s.indexOf("\"\"\"", i + 3) + 3;
		}
		char c = s.charAt(i);
		if (c == '"' || c == '\'') {
			int j = i + 1;
			while (s.charAt(j) != c) {
				j += s.charAt(j) == '\\' ? 2 : 1;
			}
			return j + 1;
		}
		return i;
	}

}
