package vn.tdkt.awards.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What every operation of {@code /api} may answer besides its success, in the OpenAPI description: the problem
 * responses (RFC 9457, {@code application/problem+json}) with their schema and an example each — 400 with
 * {@code field} and {@code errors[]}, 401, 403 always; 404 where the path names a resource; 409 where a write meets a
 * state that forbids it; 413 and 415 for uploads; 422 where an {@code Idempotency-Key} is taken. Request examples are
 * files under {@code openapi/examples/}, named after the operation ({@code POST_api_dossiers.json}).
 */
@Component
class OpenApiProblems implements OpenApiCustomizer {

	static final String PROBLEM = "Problem";

	static final String PROBLEM_JSON = "application/problem+json";

	private static final ObjectMapper JSON = new ObjectMapper();

	private record Answer(String status, String description, String title, String detail) {
	}

	private static final Answer BAD_REQUEST = new Answer("400", "Dữ liệu không hợp lệ: `field` là trường sai đầu tiên, `errors[]` liệt kê từng trường",
			"Dữ liệu không hợp lệ", "nominees[0].name: không được để trống");

	private static final Answer UNAUTHORIZED = new Answer("401", "Chưa đăng nhập (HTTP Basic); không có thách thức Basic",
			"Unauthorized", "Cần đăng nhập (HTTP Basic) để dùng API này.");

	private static final Answer FORBIDDEN = new Answer("403", "Người dùng không có quyền với thao tác này", "Không có quyền",
			"Chỉ quản trị viên được thực hiện thao tác này");

	private static final Answer NOT_FOUND = new Answer("404", "Không có, hoặc người dùng không được xem (không phân biệt hai trường hợp)",
			"Không tìm thấy", "Không có hồ sơ HS-2026-000123");

	private static final Answer CONFLICT = new Answer("409", "Trạng thái hiện tại không cho phép thao tác (ví dụ hồ sơ đã kết thúc)",
			"Trạng thái hồ sơ không cho phép", "Hồ sơ HS-2026-000123 đã kết thúc (DECIDED)");

	private static final Answer TOO_LARGE = new Answer("413", "Tệp lớn hơn giới hạn tải lên", "Tệp quá lớn",
			"Tệp lớn hơn giới hạn tải lên cho phép");

	private static final Answer UNSUPPORTED = new Answer("415", "Nội dung tệp không thuộc loại được nhận (xét theo nội dung, không theo tên)",
			"Loại tệp không được chấp nhận", "Nội dung tệp a.pdf không phải PDF, DOCX, XLSX, JPEG hoặc PNG");

	private static final Answer UNPROCESSABLE = new Answer("422", "Idempotency-Key đã dùng cho một yêu cầu khác",
			"Idempotency-Key đã dùng cho yêu cầu khác", "Khóa này đã dùng cho một hồ sơ có nội dung khác");

	@Override
	public void customise(OpenAPI openApi) {
		openApi.getComponents().addSchemas(PROBLEM, problemSchema());
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			ApiResponses responses = operation.getResponses();
			add(responses, BAD_REQUEST);
			add(responses, UNAUTHORIZED);
			add(responses, FORBIDDEN);
			if (path.contains("{")) {
				add(responses, NOT_FOUND);
			}
			if (method != PathItem.HttpMethod.GET) {
				add(responses, CONFLICT);
			}
			if (multipart(operation)) {
				add(responses, TOO_LARGE);
				add(responses, UNSUPPORTED);
			}
			if (operation.getParameters() != null
					&& operation.getParameters().stream().anyMatch(p -> "Idempotency-Key".equals(p.getName()))) {
				add(responses, UNPROCESSABLE);
			}
			example(method, path, operation);
		}));
	}

	private static boolean multipart(Operation operation) {
		return operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
				&& operation.getRequestBody().getContent().containsKey("multipart/form-data");
	}

	/** The request example of the operation, from openapi/examples/, when there is one. */
	private static void example(PathItem.HttpMethod method, String path, Operation operation) {
		if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
			return;
		}
		MediaType json = operation.getRequestBody().getContent().get("application/json");
		if (json == null) {
			return;
		}
		ClassPathResource file = new ClassPathResource("openapi/examples/" + exampleName(method, path));
		if (!file.exists()) {
			return;
		}
		try (InputStream in = file.getInputStream()) {
			json.setExample(JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String exampleName(PathItem.HttpMethod method, String path) {
		return method.name() + path.replaceAll("[{}]", "").replace('/', '_').toLowerCase(Locale.ROOT) + ".json";
	}

	private static void add(ApiResponses responses, Answer answer) {
		if (responses.containsKey(answer.status())) {
			ApiResponse existing = responses.get(answer.status());
			if (existing.getContent() != null && existing.getContent().containsKey(PROBLEM_JSON)) {
				return;
			}
		}
		Map<String, Object> example = new LinkedHashMap<>();
		example.put("type", answer.status().equals("400") ? ApiErrors.INVALID.toString() : "about:blank");
		example.put("title", answer.title());
		example.put("status", Integer.valueOf(answer.status()));
		example.put("detail", answer.detail());
		if (answer.status().equals("400")) {
			example.put("field", "nominees[0].name");
			example.put("errors", List.of(Map.of("field", "nominees[0].name", "message", "không được để trống")));
		}
		responses.addApiResponse(answer.status(), new ApiResponse().description(answer.description())
			.content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
				.schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
				.addExamples(answer.title(), new Example().value(example)))));
	}

	private static Schema<?> problemSchema() {
		Schema<?> error = new ObjectSchema().description("One offending field")
			.addProperty("field", new StringSchema().example("nominees[0].name"))
			.addProperty("message", new StringSchema().example("không được để trống"));
		return new ObjectSchema().description("RFC 9457 problem details; texts in the request's language (Vietnamese first)")
			.addProperty("type", new StringSchema().format("uri").example("urn:problem:invalid-field"))
			.addProperty("title", new StringSchema().example("Dữ liệu không hợp lệ"))
			.addProperty("status", new IntegerSchema().example(400))
			.addProperty("detail", new StringSchema().example("nominees[0].name: không được để trống"))
			.addProperty("instance", new StringSchema().format("uri").example("/api/dossiers"))
			.addProperty("field", new StringSchema().description("400 and 422: the first offending field"))
			.addProperty("errors", new ArraySchema().items(error).description("400: every offending field"));
	}

}
