package vn.tdkt.awards.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The engine's REST API as a user reaches it, over real HTTP: {@code /engine-rest} with HTTP Basic, or Tasklist's own
 * {@code /camunda/api/engine} with the session and XSRF token of a Tasklist login. Task completions go the way each
 * client sends them: {@code /complete} for engine-rest clients, {@code /submit-form} for Tasklist.
 */
public final class EngineApi {

	static final ObjectMapper JSON = new ObjectMapper();

	public enum Way {
		ENGINE_REST, TASKLIST
	}

	private final Http http;

	private final Way way;

	private final String user;

	private final String password;

	private String xsrf;

	private String acceptLanguage;

	private EngineApi(int port, Way way, String user, String password) {
		this.http = new Http(port);
		this.way = way;
		this.user = user;
		this.password = password;
	}

	/** Logs {@code user} in the way a client does (nothing to do for Basic). */
	public static EngineApi as(int port, Way way, String user) {
		EngineApi api = new EngineApi(port, way, user, "admin".equals(user) ? Http.ADMIN_PASSWORD : "demo");
		if (way == Way.TASKLIST) {
			api.login();
		}
		return api;
	}

	private void login() {
		HttpResponse<String> page = http.get("/camunda/app/tasklist/default/", null, null);
		xsrf = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
		HttpResponse<String> login = http.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
				"username=%s&password=%s".formatted(user, password), "X-XSRF-TOKEN", xsrf);
		assertThat(login.statusCode()).as("Tasklist login of " + user).isEqualTo(200);
		// the login starts a new session with a token of its own
		xsrf = login.headers().firstValue("X-XSRF-TOKEN")
			.orElseGet(() -> http.get("/camunda/app/tasklist/default/", null, null).headers().firstValue("X-XSRF-TOKEN").orElseThrow());
	}

	/** Sends {@code Accept-Language} with every request from now on. */
	public EngineApi acceptLanguage(String languages) {
		this.acceptLanguage = languages;
		return this;
	}

	public Way way() {
		return way;
	}

	public String user() {
		return user;
	}

	public HttpResponse<String> claim(String taskId, String userId) {
		return post("/task/" + taskId + "/claim", Map.of("userId", userId));
	}

	/** Completes the task with these variables (typed as {@link #string} etc. make them). */
	public HttpResponse<String> complete(String taskId, Map<String, Object> variables) {
		String action = way == Way.TASKLIST ? "submit-form" : "complete";
		return post("/task/" + taskId + "/" + action, Map.of("variables", variables));
	}

	public HttpResponse<String> get(String path) {
		return http.send(request(path).GET().build());
	}

	public HttpResponse<String> post(String path, Object body) {
		return http.send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8))
			.build());
	}

	public HttpResponse<String> put(String path, Object body) {
		return http.send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8))
			.build());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = way == Way.ENGINE_REST ? http.request("/engine-rest" + path, user, password)
				: http.request("/camunda/api/engine/engine/default" + path, null, null).header("X-XSRF-TOKEN", xsrf);
		return acceptLanguage == null ? request : request.header("Accept-Language", acceptLanguage);
	}

	private static String write(Object body) {
		try {
			return JSON.writeValueAsString(body);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static Map<String, Object> string(String value) {
		return typed(value, "String");
	}

	public static Map<String, Object> integer(long value) {
		return typed(value, "Integer");
	}

	public static Map<String, Object> longValue(long value) {
		return typed(value, "Long");
	}

	public static Map<String, Object> doubleValue(double value) {
		return typed(value, "Double");
	}

	public static Map<String, Object> bool(boolean value) {
		return typed(value, "Boolean");
	}

	/** A value without a type, as Tasklist sends a form's plain fields: the engine infers it from the JSON. */
	public static Map<String, Object> untyped(Object value) {
		Map<String, Object> v = new LinkedHashMap<>();
		v.put("value", value);
		return v;
	}

	public static Map<String, Object> json(Object value) {
		return typed(write(value), "Json");
	}

	private static Map<String, Object> typed(Object value, String type) {
		Map<String, Object> v = new LinkedHashMap<>();
		v.put("value", value);
		v.put("type", type);
		return v;
	}

	/** Variables in the order given: name, value, name, value… */
	public static Map<String, Object> vars(Object... pairs) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}

}
