package vn.tdkt.awards.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.Http;

/** An API client gets problem titles in the language it asks for (Accept-Language), Vietnamese otherwise. */
@AppTest
class ProblemLanguageTest {

	static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Test
	void titlesFollowAcceptLanguage_vietnameseByDefault() throws Exception {
		assertTitle("/api/dossiers/HS-2026-999999", "giaophong.canbo", null, 404, "Không tìm thấy");
		assertThat(assertTitle("/api/dossiers/HS-2026-999999", "giaophong.canbo", "en-US,en;q=0.9", 404, "Not found")
			.get("detail").asText()).isEqualTo("Dossier HS-2026-999999 not found");
		assertThat(assertTitle("/api/dossiers/HS-2026-999999", "giaophong.canbo", null, 404, "Không tìm thấy")
			.get("detail").asText()).isEqualTo("Không tìm thấy hồ sơ HS-2026-999999");
		assertTitle("/api/dossiers/HS-2026-999999", "giaophong.canbo", "fr-FR", 404, "Không tìm thấy");
		assertTitle("/api/dossiers/HS-2026-999999", "giaophong.canbo", "vi-VN,vi;q=0.9,en;q=0.8", 404, "Không tìm thấy");
		assertTitle("/api/dossiers", null, "en", 401, "Not signed in");
		assertTitle("/api/dossiers", null, null, 401, "Chưa đăng nhập");
		assertTitle("/api/audit?entity=org", "giaophong.canbo", "en", 403, "Forbidden");
		assertTitle("/api/audit?entity=org", "giaophong.canbo", null, 403, "Không có quyền");
		JsonNode invalid = assertTitle("/api/awards?year=abc", "giaophong.canbo", "en", 400, "Invalid input");
		assertThat(invalid.get("detail").asText()).isEqualTo("Value 'abc' is not valid for year");
		assertThat(assertTitle("/api/awards?year=abc", "giaophong.canbo", null, 400, "Dữ liệu không hợp lệ").get("detail")
			.asText()).isEqualTo("Giá trị 'abc' không hợp lệ cho year");
	}

	private JsonNode assertTitle(String path, String user, String language, int status, String title) throws Exception {
		Http http = new Http(port);
		var request = http.request(path, user, user == null ? null : "demo");
		if (language != null) {
			request.header("Accept-Language", language);
		}
		HttpResponse<String> response = http.send(request.GET().build());
		assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(status);
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("title").asText()).as(path + " in " + language).isEqualTo(title);
		return problem;
	}

}
