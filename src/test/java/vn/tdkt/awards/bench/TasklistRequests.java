package vn.tdkt.awards.bench;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import vn.tdkt.awards.support.Http;

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

	private final Http http;

	private final String user;

	private final String password;

	TasklistRequests(Http http, String user, String password) {
		this.http = http;
		this.user = user;
		this.password = password;
	}

	/**
	 * Tasklist opening a saved filter: {@code POST /engine-rest/filter/{id}/list?firstResult=0&maxResults=15} as
	 * Tasklist's client sends it (the same resource Tasklist reaches under {@code /camunda/api/engine}); the HAL
	 * answer carries the filter's count and the tasks' embedded links, process definitions and users.
	 */
	void filterFirstPage(Stats stats, String filterId) {
		send(stats, http.request("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15", user, password)
			.header("Accept", "application/hal+json, application/json; q=0.5")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(TASKLIST_BODY)));
	}

	/** An outside client's first page: {@code GET /engine-rest/task?candidateGroup=…} by due date, 15 a page. */
	void candidateGroupFirstPage(Stats stats, String group) {
		send(stats, http.request("/engine-rest/task?candidateGroup=" + encode(group)
				+ "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=15", user, password).GET());
	}

	/** The same client's count: {@code GET /engine-rest/task/count?candidateGroup=…}. */
	void candidateGroupCount(Stats stats, String group) {
		send(stats, http.request("/engine-rest/task/count?candidateGroup=" + encode(group), user, password).GET());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private void send(Stats stats, HttpRequest.Builder builder) {
		HttpRequest request = builder.build();
		HttpResponse<String> response = stats.time(() -> http.send(request));
		if (response.statusCode() != 200) {
			throw new IllegalStateException(request.uri() + " → " + response.statusCode() + " " + response.body());
		}
	}

}
