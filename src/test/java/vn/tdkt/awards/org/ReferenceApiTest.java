package vn.tdkt.awards.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.Http;

/** The read-only reference endpoints answer the SPEC §4 shapes. */
@AppTest
class ReferenceApiTest {

	@LocalServerPort
	int port;

	@Autowired
	ObjectMapper json;

	List<Map<String, Object>> get(String path) throws Exception {
		var response = new Http(port).get(path, "giaophong.canbo", "demo");
		assertThat(response.statusCode()).isEqualTo(200);
		return json.readValue(response.body(), new TypeReference<>() {
		});
	}

	@Test
	void orgsAreAFlatTreeWithParentCodes() throws Exception {
		var orgs = get("/api/orgs");
		assertThat(orgs).allSatisfy(o -> assertThat(o).containsKeys("code", "name", "level", "parentCode"));
		assertThat(orgs).filteredOn(o -> "GIAO_PHONG".equals(o.get("code")))
			.singleElement()
			.satisfies(o -> {
				assertThat(o.get("name")).isEqualTo("Ủy ban nhân dân xã Giao Phong");
				assertThat(o.get("level")).isEqualTo("UNIT");
				assertThat(o.get("parentCode")).isEqualTo("GIAO_THUY");
			});
		assertThat(orgs).filteredOn(o -> "TTG".equals(o.get("code")))
			.singleElement()
			.satisfies(o -> assertThat(o.get("level")).isEqualTo("GOVERNMENT"));
	}

	@Test
	void awardTypesNameTheirDecidingLevelAndAuthority() throws Exception {
		var types = get("/api/award-types");
		assertThat(types).extracting(t -> t.get("code"))
			.contains("GIAY_KHEN", "LDTT", "CSTD_CS", "TT_LDTT", "BK_TINH", "CSTD_TINH", "TT_LDXS", "CO_TINH", "BK_TTG",
					"CSTD_TQ", "CO_CP", "HCLD3");
		assertThat(types).filteredOn(t -> "BK_TTG".equals(t.get("code")))
			.singleElement()
			.satisfies(t -> {
				assertThat(t.get("name")).isEqualTo("Bằng khen của Thủ tướng Chính phủ");
				assertThat(t.get("decidingLevel")).isEqualTo("GOVERNMENT");
				assertThat(t.get("authority")).isEqualTo("Thủ tướng Chính phủ");
				assertThat(t.get("subjectTypes")).asList().contains("CA_NHAN", "TAP_THE");
			});
	}

	@Test
	void movementsCarryPlanAndPeriod() throws Exception {
		var movements = get("/api/movements");
		// the seed's seven, and any other tests launched in the same context
		assertThat(movements).hasSizeGreaterThanOrEqualTo(7)
			.allSatisfy(m -> assertThat(m).containsKeys("code", "name", "launchedBy", "planNumber", "planDate",
					"periodFrom", "periodTo"));
		assertThat(movements).filteredOn(m -> "CCHC_2021_2025".equals(m.get("code")))
			.singleElement()
			.satisfies(m -> {
				assertThat(m.get("planNumber")).isEqualTo("125/KH-UBND");
				assertThat(m.get("planDate")).isEqualTo("2021-10-28");
				assertThat(m.get("launchedBy")).isEqualTo("NAM_DINH");
			});
	}

}
