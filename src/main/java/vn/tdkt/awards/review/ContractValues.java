package vn.tdkt.awards.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.variable.value.TypedValue;

import vn.tdkt.awards.system.InvalidInputException;
import vn.tdkt.awards.system.Texts;

/**
 * A contract variable's value as a completion sends it, read to its declared kind (text within its length, a count,
 * nominee ids, votes per nominee): a wrong type or shape is refused naming the variable, never cast blindly.
 */
final class ContractValues {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** "15/QĐ-UBND", "1234/QĐ-TTg": letters (Vietnamese too), digits, slash, dot, hyphen. */
	private static final Pattern DECISION_NUMBER = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}/.\\-]*");

	private ContractValues() {
	}

	/** The value of a contract variable, of its declared type; null when absent. */
	static Object read(ContractVariable variable, TypedValue typed) {
		if (typed == null || typed.getValue() == null) {
			return null;
		}
		String name = variable.name();
		Object value = typed.getValue();
		String type = typed.getType() == null ? "" : typed.getType().getName();
		return switch (variable.kind()) {
			case TEXT -> text(variable, type, value);
			case COUNT -> count(name, type, value);
			case FLAG -> {
				if (!(value instanceof Boolean flag)) {
					throw wrongType(name, "Boolean", type, value);
				}
				yield flag;
			}
			case NOMINEE_IDS -> nomineeIds(name, json(name, type, value));
			case VOTES -> votes(name, json(name, type, value));
		};
	}

	private static String text(ContractVariable variable, String type, Object value) {
		String name = variable.name();
		if (!(value instanceof String text)) {
			throw wrongType(name, "String", type, value);
		}
		String trimmed;
		try {
			trimmed = Texts.lines(name, text, variable.maxLength());
		}
		catch (InvalidInputException ex) {
			throw new ReviewInputException(name, "error.review.text", ex);
		}
		if (trimmed == null) {
			return null;
		}
		if (!variable.allowed().isEmpty() && !variable.allowed().contains(trimmed)) {
			throw new ReviewInputException(name, "error.review.not-a-choice", String.join(", ", variable.allowed()),
					abbreviate(trimmed));
		}
		if (ReviewTask.Names.DECISION_NUMBER.equals(name) && !DECISION_NUMBER.matcher(trimmed).matches()) {
			throw new ReviewInputException(name, "error.review.decision-number-format", abbreviate(trimmed));
		}
		return trimmed;
	}

	private static Integer count(String name, String type, Object value) {
		if (value instanceof Integer i) {
			return nonNegative(name, i);
		}
		if (value instanceof Short s) {
			return nonNegative(name, s.intValue());
		}
		if (value instanceof Long l) {
			if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
				throw new ReviewInputException(name, "error.review.too-large", l);
			}
			return nonNegative(name, l.intValue());
		}
		throw wrongType(name, "Integer", type, value);
	}

	private static int nonNegative(String name, int value) {
		if (value < 0) {
			throw new ReviewInputException(name, "error.review.negative");
		}
		return value;
	}

	private static JsonNode json(String name, String type, Object value) {
		if (!"json".equals(type)) {
			throw wrongType(name, "Json", type, value);
		}
		try {
			return JSON.readTree(value.toString());
		}
		catch (JsonProcessingException ex) {
			throw new ReviewInputException(name, "error.review.not-json");
		}
	}

	private static List<Long> nomineeIds(String name, JsonNode node) {
		if (!node.isArray()) {
			throw new ReviewInputException(name, "error.review.not-an-id-array");
		}
		List<Long> ids = new ArrayList<>();
		for (JsonNode item : node) {
			ids.add(nomineeId(name, item));
		}
		return ids;
	}

	private static Map<Long, Integer> votes(String name, JsonNode node) {
		if (!node.isObject()) {
			throw new ReviewInputException(name, "error.review.not-a-vote-object");
		}
		Map<Long, Integer> votes = new LinkedHashMap<>();
		var fields = node.fields();
		while (fields.hasNext()) {
			var entry = fields.next();
			long id = nomineeId(name, JSON.getNodeFactory().textNode(entry.getKey()));
			JsonNode count = entry.getValue();
			if (!count.isIntegralNumber() || !count.canConvertToInt()) {
				throw new ReviewInputException(name, "error.review.votes-not-integer", abbreviate(count.toString()));
			}
			if (count.intValue() < 0) {
				throw new ReviewInputException(name, "error.review.votes-negative");
			}
			votes.put(id, count.intValue());
		}
		return votes;
	}

	private static long nomineeId(String name, JsonNode item) {
		if (item.isIntegralNumber() && item.canConvertToLong()) {
			return item.longValue();
		}
		if (item.isTextual() && item.asText().trim().matches("\\d{1,18}")) {
			return Long.parseLong(item.asText().trim());
		}
		throw new ReviewInputException(name, "error.review.not-a-nominee-id", abbreviate(item.toString()));
	}

	private static ReviewInputException wrongType(String name, String expected, String type, Object value) {
		String got = type.isEmpty() ? "?" : Character.toUpperCase(type.charAt(0)) + type.substring(1);
		String shown = value instanceof String || value instanceof Number || value instanceof Boolean
				? " '%s'".formatted(abbreviate(value.toString())) : "";
		return new ReviewInputException(name, "error.review.wrong-type", expected, got, shown);
	}

	private static String abbreviate(String text) {
		return text.length() <= 40 ? text : text.substring(0, 40) + "…";
	}

}
