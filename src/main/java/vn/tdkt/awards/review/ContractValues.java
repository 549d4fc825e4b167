package vn.tdkt.awards.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.util.StringUtils;

/**
 * Reads reviewer-contract variables whatever form a client sent them in: Json (Spin), a JSON string, or a Java
 * list or map; numbers or numeric strings. Errors name the variable.
 */
final class ContractValues {

	private static final ObjectMapper JSON = new ObjectMapper();

	private ContractValues() {
	}

	static String requiredString(Object value, String variable) {
		if (value == null || !StringUtils.hasText(value.toString())) {
			throw new ReviewInputException(variable, "bắt buộc phải có");
		}
		return value.toString().trim();
	}

	static String optionalString(Object value) {
		return value == null || !StringUtils.hasText(value.toString()) ? null : value.toString().trim();
	}

	static int requiredInt(Object value, String variable) {
		if (value == null) {
			throw new ReviewInputException(variable, "bắt buộc phải có");
		}
		if (value instanceof Number n) {
			return n.intValue();
		}
		try {
			return Integer.parseInt(value.toString().trim());
		}
		catch (NumberFormatException ex) {
			throw new ReviewInputException(variable, "phải là số nguyên, nhận được '%s'".formatted(value));
		}
	}

	/** A JSON array of ids; null when the variable is absent. */
	static List<Long> idList(Object value, String variable) {
		if (value == null) {
			return null;
		}
		JsonNode node = json(value, variable);
		if (!node.isArray()) {
			throw new ReviewInputException(variable, "phải là mảng JSON các mã người được đề nghị");
		}
		List<Long> ids = new ArrayList<>();
		for (JsonNode item : node) {
			ids.add(id(item, variable));
		}
		return ids;
	}

	/** A JSON object of id to count. */
	static Map<Long, Integer> idCounts(Object value, String variable) {
		if (value == null) {
			throw new ReviewInputException(variable, "bắt buộc phải có");
		}
		JsonNode node = json(value, variable);
		if (!node.isObject()) {
			throw new ReviewInputException(variable, "phải là đối tượng JSON: mã người được đề nghị → số phiếu");
		}
		Map<Long, Integer> counts = new LinkedHashMap<>();
		var fields = node.fields();
		while (fields.hasNext()) {
			var entry = fields.next();
			long id;
			try {
				id = Long.parseLong(entry.getKey().trim());
			}
			catch (NumberFormatException ex) {
				throw new ReviewInputException(variable, "mã '%s' không phải số".formatted(entry.getKey()));
			}
			JsonNode count = entry.getValue();
			if (count.isTextual() && count.asText().trim().matches("-?\\d+")) {
				counts.put(id, Integer.parseInt(count.asText().trim()));
			}
			else if (count.isIntegralNumber()) {
				counts.put(id, count.intValue());
			}
			else {
				throw new ReviewInputException(variable, "số phiếu của %d phải là số nguyên".formatted(id));
			}
		}
		return counts;
	}

	private static long id(JsonNode item, String variable) {
		if (item.isIntegralNumber()) {
			return item.longValue();
		}
		if (item.isTextual() && item.asText().trim().matches("\\d+")) {
			return Long.parseLong(item.asText().trim());
		}
		throw new ReviewInputException(variable, "'%s' không phải mã người được đề nghị".formatted(item));
	}

	private static JsonNode json(Object value, String variable) {
		if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
			return JSON.valueToTree(value);
		}
		try {
			// Spin's Json values print as JSON text; so do plain strings holding JSON
			return JSON.readTree(value.toString());
		}
		catch (JsonProcessingException ex) {
			throw new ReviewInputException(variable, "không phải JSON hợp lệ");
		}
	}

}
