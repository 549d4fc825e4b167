package vn.tdkt.awards.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** A small real HTTP client for tests against the running application (no MockMvc: the real filter chains run). */
public final class Http {

	/** The administrator's password in tests (application-test.yaml): not the embedded default's fallback. */
	public static final String ADMIN_PASSWORD = "Quan-tri-2026!";

	private final String base;

	private final HttpClient client;

	private final CookieManager cookies;

	public Http(int port) {
		this(port, new CookieManager());
	}

	private Http(int port, CookieManager cookies) {
		this.base = "http://localhost:" + port;
		this.cookies = cookies;
		this.client = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/** The same browser on another node (port): same cookies, so the same session. */
	public Http onPort(int port) {
		return new Http(port, cookies);
	}

	public HttpResponse<String> get(String path, String user, String password) {
		return send(request(path, user, password).GET().build());
	}

	public HttpResponse<String> postJson(String path, String user, String password, String json) {
		return send(request(path, user, password).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build());
	}

	public HttpResponse<String> postForm(String path, String form, String... headers) {
		HttpRequest.Builder builder = request(path, null, null).header("Content-Type", "application/x-www-form-urlencoded");
		if (headers.length > 0) {
			builder.headers(headers);
		}
		return send(builder.POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build());
	}

	/** A multipart/form-data POST with text fields and one file part. */
	public HttpResponse<String> postMultipart(String path, String user, String password, Map<String, String> fields,
			String fileField, String fileName, byte[] content) {
		String boundary = "----test" + System.nanoTime();
		var body = new java.io.ByteArrayOutputStream();
		try {
			for (var field : fields.entrySet()) {
				body.write(("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n".formatted(boundary,
						field.getKey(), field.getValue())).getBytes(StandardCharsets.UTF_8));
			}
			if (fileField != null) {
				body.write(("--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\n"
						+ "Content-Type: application/octet-stream\r\n\r\n").formatted(boundary, fileField, fileName)
					.getBytes(StandardCharsets.UTF_8));
				body.write(content);
				body.write("\r\n".getBytes(StandardCharsets.UTF_8));
			}
			body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return send(request(path, user, password).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	public HttpResponse<byte[]> getBytes(String path, String user, String password) {
		return sendBytes(request(path, user, password).GET().build());
	}

	public HttpResponse<byte[]> sendBytes(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpRequest.Builder request(String path, String user, String password) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
		if (user != null) {
			builder.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		return builder;
	}

}
