package vn.tdkt.awards.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.Http;

/**
 * An integrator learns {@code /api} from its OpenAPI description alone: every operation has a summary, a success
 * response with a schema, an example of its JSON request, and the problem responses it may give, each with the
 * problem schema. A new operation without them fails here, listing what it lacks.
 */
@AppTest
class OpenApiContractTest {

	static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Test
	void everyOperation_isDescribedWellEnoughToWorkFrom() throws Exception {
		HttpResponse<String> response = new Http(port).get("/v3/api-docs", null, null);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode api = JSON.readTree(response.body());
		assertThat(api.at("/components/schemas/Problem/properties/errors/type").asText()).isEqualTo("array");

		List<String> lacks = new ArrayList<>();
		int operations = 0;
		for (Iterator<Map.Entry<String, JsonNode>> paths = api.get("paths").fields(); paths.hasNext();) {
			var path = paths.next();
			for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
				var method = methods.next();
				operations++;
				String name = method.getKey().toUpperCase() + " " + path.getKey();
				JsonNode operation = method.getValue();
				if (operation.path("summary").asText().isBlank()) {
					lacks.add(name + ": summary");
				}
				JsonNode responses = operation.get("responses");
				success(name, responses, lacks);
				List<String> problems = new ArrayList<>(List.of("400", "401", "403"));
				if (path.getKey().contains("{")) {
					problems.add("404");
				}
				JsonNode body = operation.path("requestBody").path("content");
				if (body.has("multipart/form-data")) {
					problems.addAll(List.of("413", "415"));
				}
				for (String status : problems) {
					if (!responses.path(status).path("content").path("application/problem+json").path("schema")
						.path("$ref").asText().endsWith("/Problem")) {
						lacks.add(name + ": problem response " + status);
					}
				}
				if (body.has("application/json")) {
					JsonNode json = body.get("application/json");
					if (!json.has("schema")) {
						lacks.add(name + ": request schema");
					}
					if (!json.has("example") && !json.has("examples")) {
						lacks.add(name + ": request example (openapi/examples/" + OpenApiProblems.exampleName(
								io.swagger.v3.oas.models.PathItem.HttpMethod.valueOf(method.getKey().toUpperCase()),
								path.getKey()) + ")");
					}
				}
			}
		}
		assertThat(operations).as("operations of /api").isGreaterThan(40);
		assertThat(lacks).as("what operations lack").isEmpty();
	}

	/** A 2xx response; unless it has no content (201 without body, 204), its content says what it holds. */
	private static void success(String name, JsonNode responses, List<String> lacks) {
		boolean found = false;
		for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext();) {
			var response = it.next();
			if (!response.getKey().startsWith("2")) {
				continue;
			}
			found = true;
			if (response.getKey().equals("204")) {
				continue;
			}
			JsonNode content = response.getValue().path("content");
			if (content.isMissingNode() || content.isEmpty()) {
				lacks.add(name + ": content of " + response.getKey());
				continue;
			}
			for (Iterator<Map.Entry<String, JsonNode>> media = content.fields(); media.hasNext();) {
				var type = media.next();
				JsonNode schema = type.getValue().path("schema");
				boolean file = type.getKey().startsWith("text/csv") || type.getKey().contains("spreadsheetml")
						|| type.getKey().equals("application/pdf") || type.getKey().equals("application/octet-stream");
				if (!file && !described(schema)) {
					lacks.add(name + ": schema of " + response.getKey() + " " + type.getKey() + " " + schema);
				}
			}
		}
		if (!found) {
			lacks.add(name + ": a 2xx response");
		}
	}

	/** A reference, a typed value, an array of something, or an object with properties: not a bare object. */
	static boolean described(JsonNode schema) {
		if (schema.has("$ref")) {
			return true;
		}
		String type = schema.path("type").asText();
		return switch (type) {
			case "array" -> described(schema.path("items"));
			case "object" -> schema.has("properties") || schema.path("additionalProperties").isObject()
					&& (described(schema.get("additionalProperties")) || schema.get("additionalProperties").isEmpty());
			case "string", "integer", "number", "boolean" -> true;
			default -> false;
		};
	}

}
