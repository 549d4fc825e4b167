package vn.tdkt.awards.reorganization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.Http;
import vn.tdkt.awards.support.OwnJvm;
import vn.tdkt.awards.system.AppClock;

/**
 * Carrying a province's 2025 reorganization from the official files, on the seed's Nam Định: the new communes made
 * from the register, then the NSO conversion table (ninh-binh-2025-merged-from.csv) as a reorganization — previewed,
 * refused while its new units are missing, applied. Own JVM: the tree changes.
 */
@AppTest
@OwnJvm
class ReorganizationImportTest {

	static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	OrgRepository orgs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AppClock clock;

	static byte[] conversionTable() throws IOException {
		try (InputStream in = ReorganizationImportTest.class
			.getResourceAsStream("/reference/admin-units/ninh-binh-2025-merged-from.csv")) {
			return in.readAllBytes();
		}
	}

	HttpResponse<String> importTable(boolean preview) throws IOException {
		return new Http(port).postMultipart("/api/orgs/reorganizations/import?preview=" + preview, "admin",
				Http.ADMIN_PASSWORD, Map.of("effectiveFrom", clock.today().toString(), "legalBasis",
						"Nghị quyết 1674/NQ-UBTVQH15 (thử trên dữ liệu Nam Định)", "moveUsers", "true"),
				"file", "merged-from.csv", conversionTable());
	}

	String state() {
		return jdbc.sql("select count(*) from org_unit").query(Long.class).single() + "/"
				+ jdbc.sql("select count(*) from org_succession").query(Long.class).single() + "/"
				+ jdbc.sql("select count(*) from org_unit where valid_to is not null").query(Long.class).single() + "/"
				+ jdbc.sql("select count(*) from reference_change").query(Long.class).single();
	}

	@Test
	void theNewCommunesFromTheRegister_thenTheConversionTable() throws Exception {
		Http http = new Http(port);
		// the new units do not exist yet: refused, nothing written
		String before = state();
		HttpResponse<String> early = importTable(true);
		assertThat(early.statusCode()).as(early.body()).isEqualTo(400);
		assertThat(JSON.readTree(early.body()).get("detail").asText()).contains("Chưa có đơn vị mới", "14212");
		assertThat(state()).isEqualTo(before);
		HttpResponse<String> noProvince = http.postJson("/api/orgs/from-register", "admin", Http.ADMIN_PASSWORD,
				"{\"provinceCode\":\"99\",\"parentCode\":\"NAM_DINH\",\"validFrom\":\"" + clock.today() + "\"}");
		assertThat(noProvince.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(noProvince.body()).get("field").asText()).isEqualTo("provinceCode");
		assertThat(state()).isEqualTo(before);

		// Ninh Bình's 129 communes and wards, from the register
		HttpResponse<String> created = http.postJson("/api/orgs/from-register", "admin", Http.ADMIN_PASSWORD,
				"{\"provinceCode\":\"37\",\"parentCode\":\"NAM_DINH\",\"validFrom\":\"" + clock.today()
						+ "\",\"reason\":\"Đơn vị hành chính mới\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(JSON.readTree(created.body())).hasSize(129);
		assertThat(orgs.find("XA_GIAO_NINH").orElseThrow().officialCode()).isEqualTo("14212");

		// the preview: the seed's communes go into theirs; the table's other rows name no org here
		String afterCreate = state();
		JsonNode preview = JSON.readTree(importTable(true).body());
		assertThat(state()).isEqualTo(afterCreate);
		Map<String, String> merges = new HashMap<>();
		preview.at("/plan/merges").forEach(m -> m.get("from").forEach(f -> merges.put(f.asText(), m.get("into").asText())));
		assertThat(merges).containsEntry("GIAO_PHONG", "XA_GIAO_NINH").containsEntry("GIAO_AN", "XA_GIAO_HOA")
			.containsEntry("XUAN_PHU", "XA_XUAN_GIANG").containsEntry("YEN_TIEN", "XA_VAN_THANG")
			.containsEntry("NAM_HUNG", "XA_NAM_TRUC").hasSize(5);
		assertThat(preview.get("rowsUsed").asInt()).isEqualTo(5);
		assertThat(preview.get("rowsWithoutOrg").asInt()).isEqualTo(400);
		assertThat(preview.at("/plan/users").findValuesAsText("userId")).contains("giaophong.canbo");

		// applied
		HttpResponse<String> applied = importTable(false);
		assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
		assertThat(orgs.find("GIAO_PHONG").orElseThrow().validTo()).isEqualTo(clock.today().minusDays(1));
		assertThat(orgs.successorsOf("GIAO_PHONG")).singleElement().satisfies(s -> {
			assertThat(s.successorCode()).isEqualTo("XA_GIAO_NINH");
			assertThat(s.legalBasis()).contains("1674/NQ-UBTVQH15");
		});
		assertThat(JSON.readTree(http.get("/api/audit?entity=REORGANIZATION", "admin", Http.ADMIN_PASSWORD).body()))
			.hasSize(1);
	}

}
