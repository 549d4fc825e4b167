package vn.tdkt.awards.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.Http;

/**
 * Administrators launch and edit movements through {@code /api/movements}; nobody else may; bad input gets a problem
 * naming the field and leaves nothing behind.
 */
@AppTest
class MovementAdminApiTest {

	static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	MovementRepository movements;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	static String body(String code, String name, String launchedBy, int from, int to) {
		return """
				{"code":"%s","name":"%s","launchedBy":"%s","planNumber":"12/KH-UBND","planDate":"2026-03-02",
				 "periodFrom":%d,"periodTo":%d,"leadAgency":"SO_NOI_VU","status":"ACTIVE"}"""
			.formatted(code, name, launchedBy, from, to);
	}

	@Test
	void anAdministratorLaunchesAMovement_andEditsIt() throws Exception {
		var created = http.postJson("/api/movements", "admin", Http.ADMIN_PASSWORD,
				body("CHUYEN_DOI_SO_2026_2030", "Thi đua chuyển đổi số tỉnh Nam Định", "NAM_DINH", 2026, 2030));
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location")).hasValue("/api/movements/CHUYEN_DOI_SO_2026_2030");
		JsonNode listed = JSON.readTree(http.get("/api/movements", "giaophong.canbo", "demo").body());
		assertThat(listed.findValuesAsText("code")).contains("CHUYEN_DOI_SO_2026_2030");

		var edited = http.send(http.request("/api/movements/CHUYEN_DOI_SO_2026_2030", "admin", Http.ADMIN_PASSWORD)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body("IGNORED", "Thi đua chuyển đổi số, xây dựng chính quyền số",
					"NAM_DINH", 2026, 2031).replace("\"ACTIVE\"", "\"CLOSED\""), StandardCharsets.UTF_8))
			.build());
		assertThat(edited.statusCode()).isEqualTo(200);
		Movement movement = movements.find("CHUYEN_DOI_SO_2026_2030").orElseThrow();
		assertThat(movement.name()).isEqualTo("Thi đua chuyển đổi số, xây dựng chính quyền số");
		assertThat(movement.periodTo()).isEqualTo(2031);
		assertThat(movement.status()).isEqualTo("CLOSED");
		assertThat(movement.planDate()).hasToString("2026-03-02");
		assertThat(movements.find("IGNORED")).isEmpty();
	}

	@Test
	void onlyAdministratorsLaunchOrEdit() throws Exception {
		var refused = http.postJson("/api/movements", "namdinh.chutich", "demo",
				body("KHONG_DUOC_2026", "Không được", "NAM_DINH", 2026, 2026));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
		assertThat(JSON.readTree(refused.body()).get("detail").asText()).contains("quản trị");
		var put = http.send(http.request("/api/movements/NTM_2021_2025", "giaophong.canbo", "demo")
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body("NTM_2021_2025", "X", "NAM_DINH", 2021, 2025)))
			.build());
		assertThat(put.statusCode()).isEqualTo(403);
		assertThat(movements.find("KHONG_DUOC_2026")).isEmpty();
		assertThat(movements.find("NTM_2021_2025").orElseThrow().name()).startsWith("Nam Định chung sức");
	}

	@Test
	void badInput_namesTheFields_andCreatesNothing() throws Exception {
		var invalid = http.postJson("/api/movements", "admin", Http.ADMIN_PASSWORD,
				"{\"code\":\"chữ thường\",\"name\":\"\",\"launchedBy\":\"NAM_DINH\",\"periodFrom\":2026}");
		assertThat(invalid.statusCode()).isEqualTo(400);
		JsonNode problem = JSON.readTree(invalid.body());
		assertThat(problem.get("errors").findValuesAsText("field")).contains("code", "name", "periodTo");

		assertField(http.postJson("/api/movements", "admin", Http.ADMIN_PASSWORD, body("SAI_GIAI_DOAN", "Sai", "NAM_DINH", 2027, 2026)),
				"periodTo");
		assertField(http.postJson("/api/movements", "admin", Http.ADMIN_PASSWORD, body("SAI_CO_QUAN", "Sai", "KHONG_CO", 2026, 2026)),
				"launchedBy");
		assertField(http.postJson("/api/movements", "admin", Http.ADMIN_PASSWORD,
				body("SAI_TRANG_THAI", "Sai", "NAM_DINH", 2026, 2026).replace("ACTIVE", "DANG_CHAY")), "status");
		assertThat(movements.findAll()).extracting(Movement::code)
			.doesNotContain("SAI_GIAI_DOAN", "SAI_CO_QUAN", "SAI_TRANG_THAI");

		var duplicate = http.postJson("/api/movements", "admin", Http.ADMIN_PASSWORD,
				body("NTM_2021_2025", "Trùng mã", "NAM_DINH", 2021, 2025));
		assertThat(duplicate.statusCode()).isEqualTo(409);
		assertThat(movements.find("NTM_2021_2025").orElseThrow().name()).startsWith("Nam Định chung sức");

		var unknown = http.send(http.request("/api/movements/KHONG_CO", "admin", Http.ADMIN_PASSWORD)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body("KHONG_CO", "X", "NAM_DINH", 2026, 2026)))
			.build());
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(movements.find("KHONG_CO")).isEmpty();
	}

	private static void assertField(java.net.http.HttpResponse<String> response, String field) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(JSON.readTree(response.body()).get("field").asText()).isEqualTo(field);
	}

}
