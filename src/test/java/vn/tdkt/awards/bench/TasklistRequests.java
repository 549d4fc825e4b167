package vn.tdkt.awards.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A reviewer's task list as it is asked for over HTTP, by Tasklist and by an outside client (--group-tasks): what
 * the engine's Java API query in the benchmark stands for, with everything the REST layer adds (authentication,
 * the filter's expressions, HAL's embedded resources, JSON).
 */
final class TasklistRequests {

	/**
	 * What Tasklist posts for a filter's first page (its client's task list query: no search, its default sorting,
	 * active tasks only; {@code firstResult} and {@code maxResults} also in the path, which is what counts, HAL
	 * accepted). Tasklist sends it with its session's cookie; Basic authentication here adds, per request, the
	 * password check and the reads of the user's groups and tenants that a session does once.
	 */
	static final String TASKLIST_BODY = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
			+ "\"firstResult\":0,\"maxResults\":15,\"sorting\":[{\"sortOrder\":\"desc\",\"sortBy\":\"created\"}],"
			+ "\"active\":true}";

	private final HttpClient http;

	private final int port;

	private final String authorization;

	TasklistRequests(HttpClient http, int port, String user, String password) {
		this.http = http;
		this.port = port;
		this.authorization = "Basic " + Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Tasklist opening a saved filter: {@code POST /engine-rest/filter/{id}/list?firstResult=0&maxResults=15} as
	 * Tasklist's client sends it (the same resource Tasklist reaches under {@code /camunda/api/engine}); the HAL
	 * answer carries the filter's count and the tasks' embedded links, process definitions and users.
	 */
	void filterFirstPage(Stats stats, String filterId) {
		send(stats, HttpRequest.newBuilder(uri("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15"))
			.header("Accept", "application/hal+json, application/json; q=0.5")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(TASKLIST_BODY)));
	}

	/** An outside client's first page: {@code GET /engine-rest/task?candidateGroup=…} by due date, 15 a page. */
	void candidateGroupFirstPage(Stats stats, String group) {
		send(stats, HttpRequest.newBuilder(uri("/engine-rest/task?candidateGroup=" + encode(group)
				+ "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=15")).GET());
	}

	/** The same client's count: {@code GET /engine-rest/task/count?candidateGroup=…}. */
	void candidateGroupCount(Stats stats, String group) {
		send(stats, HttpRequest.newBuilder(uri("/engine-rest/task/count?candidateGroup=" + encode(group))).GET());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private void send(Stats stats, HttpRequest.Builder builder) {
		HttpRequest request = builder.header("Authorization", authorization).build();
		HttpResponse<String> response = stats.time(() -> call(request));
		if (response.statusCode() != 200) {
			throw new IllegalStateException(request.uri() + " → " + response.statusCode() + " " + response.body());
		}
	}

	private HttpResponse<String> call(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
