package vn.tdkt.awards.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.awards.support.ProcessDriver.many;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.tdkt.awards.award.SubjectType;
import vn.tdkt.awards.nomination.CommendationKind;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.DossierStatus;
import vn.tdkt.awards.nomination.SubmitDossier.NewNominee;
import vn.tdkt.awards.registry.AwardRegistry;
import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.Http;
import vn.tdkt.awards.support.ProcessDriver;

/**
 * The seed report's "Nông thôn mới" figures written by the system itself: the dossiers of 2021–2023 run through
 * the whole workflow (district, provincial council, Ministry of Home Affairs, Prime Minister), then the report and its
 * downloads say what the province wrote by hand. And the demo data set: loaded on request, marked, removable.
 */
@AppTest
class NongThonMoiReportTest {

	static final String NTM = "NTM_2021_2025";

	static final ObjectMapper JSON = new ObjectMapper();

	/** The seed's 2022 sentence, word for word but for naming the provincial award in full as the others. */
	static final String SEED_2022 = "Năm 2022, có 01 tập thể, 09 cá nhân được tặng Bằng khen của Thủ tướng Chính phủ;"
			+ " 28 cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh.";

	@LocalServerPort
	int port;

	@Autowired
	ProcessDriver driver;

	@Autowired
	DossierLifecycle dossiers;

	@Autowired
	AwardRegistry registry;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	/** A district's BK_TTG dossier through the district, the provincial council, the ministry and the Prime Minister. */
	void primeMinisters(int year, NewNominee... nominees) {
		String id = driver.submit("giaothuy.chuyenvien", "GIAO_THUY", "BK_TTG", NTM, CommendationKind.PHONG_TRAO, year,
				nominees);
		driver.fromGiaoThuyToThePrimeMinister(id);
		assertThat(dossiers.require(id).status()).isEqualTo(DossierStatus.DECIDED);
	}

	/** A district's BK_TINH dossier through the district and the provincial council to the Chairman. */
	void provinces(int year, NewNominee... nominees) {
		String id = driver.submit("giaothuy.chuyenvien", "GIAO_THUY", "BK_TINH", NTM, CommendationKind.PHONG_TRAO, year,
				nominees);
		driver.approve(id, "giaothuy.chuyenvien");
		driver.sign(id, "giaothuy.chutich");
		driver.approve(id, "namdinh.chuyenvien");
		driver.vote(id, "namdinh.thuky", 15, 12, 10);
		driver.sign(id, "namdinh.chutich");
		assertThat(dossiers.require(id).status()).isEqualTo(DossierStatus.DECIDED);
	}

	@Test
	void theWorkflowsAwards_giveTheSeedsCountsAndSentences() throws Exception {
		// 2022: one dossier to the Prime Minister with a collective and nine individuals, 28 farmers to the province
		primeMinisters(2022, concat(many(SubjectType.TAP_THE, "Hợp tác xã nông nghiệp", 1),
				many(SubjectType.CA_NHAN, "Điển hình nông thôn mới", 9)));
		provinces(2022, many(SubjectType.CA_NHAN, "Nông dân tiêu biểu", 28));
		// 2021 and 2023 (the seed's "14 tập thể, cá nhân" of 2021 split as the demo data set assumes: 05 + 09)
		primeMinisters(2021, many(SubjectType.CA_NHAN, "Cá nhân 2021", 6));
		provinces(2021, concat(many(SubjectType.TAP_THE, "Tập thể 2021", 5), many(SubjectType.CA_NHAN, "Cá nhân tỉnh 2021", 9)));
		primeMinisters(2023, many(SubjectType.CA_NHAN, "Cá nhân 2023", 1));
		provinces(2023, many(SubjectType.TAP_THE, "Xã nông thôn mới kiểu mẫu", 14));

		JsonNode report = JSON.readTree(http.get("/api/reports/movements/" + NTM + "?fromYear=2021&toYear=2023",
				"namdinh.chuyenvien", "demo").body());
		assertThat(MovementReportTest.texts(report.get("summary"))).containsExactly(
				"Năm 2021, có 06 cá nhân được tặng Bằng khen của Thủ tướng Chính phủ; 05 tập thể, 09 cá nhân được tặng"
						+ " Bằng khen của Chủ tịch UBND tỉnh.",
				SEED_2022,
				"Năm 2023, có 01 cá nhân được tặng Bằng khen của Thủ tướng Chính phủ; 14 tập thể được tặng Bằng khen"
						+ " của Chủ tịch UBND tỉnh.");
		assertThat(MovementReportTest.rows(report)).containsExactly("2021 BK_TTG Thủ tướng Chính phủ 0 6",
				"2021 BK_TINH Chủ tịch UBND tỉnh 5 9", "2022 BK_TTG Thủ tướng Chính phủ 1 9",
				"2022 BK_TINH Chủ tịch UBND tỉnh 0 28", "2023 BK_TTG Thủ tướng Chính phủ 0 1",
				"2023 BK_TINH Chủ tịch UBND tỉnh 14 0");

		// the downloads say the same
		String csv = new String(http.getBytes("/api/reports/movements/" + NTM + "?fromYear=2022&toYear=2022&format=csv",
				"namdinh.chuyenvien", "demo").body(), StandardCharsets.UTF_8);
		assertThat(csv).contains("2022,BK_TTG,Bằng khen của Thủ tướng Chính phủ,Thủ tướng Chính phủ,1,9,0")
			.contains("2022,BK_TINH,Bằng khen của Chủ tịch UBND tỉnh,Chủ tịch UBND tỉnh,0,28,0")
			.contains(SEED_2022);
		byte[] xlsx = http.getBytes("/api/reports/movements/" + NTM + "?fromYear=2022&toYear=2022&format=xlsx",
				"namdinh.chuyenvien", "demo").body();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheet("Tóm tắt").getRow(0).getCell(0).getStringCellValue()).isEqualTo(SEED_2022);
			assertThat(MovementReportTest.cells(book.getSheet("Số liệu").getRow(2)))
				.containsExactly("2022", "BK_TTG", "Bằng khen của Thủ tướng Chính phủ", "Thủ tướng Chính phủ", "1", "9", "0");
		}
	}

	@Test
	void theDemoDataSet_isLoadedOnRequest_markedAsDemo_andRemovable() throws Exception {
		// one real award of a year and type the demo set also holds: the report must say that it counts them twice
		registry.recordExternal(new AwardRegistry.External("BK_TINH", 2022, NTM, "PHONG_TRAO", "CA_NHAN",
				"Người thật – kiểm thử cộng trùng", "UBND xã Giao Phong", "GIAO_PHONG", "NAM_DINH", "9/QĐ-UBND",
				java.time.LocalDate.of(2022, 12, 20)), AwardRegistry.IMPORT);
		try {
			demoDataSet();
		}
		finally {
			jdbc.sql("delete from award where recipient_name = ?").param("Người thật – kiểm thử cộng trùng").update();
			registry.rebuildCounts();
		}
	}

	void demoDataSet() throws Exception {
		assertThat(report().get("demoDoublesReal").asBoolean()).isFalse();
		Map<String, long[]> before = counts();
		assertThat(JSON.readTree(http.get("/api/awards/demo", "admin", Http.ADMIN_PASSWORD).body()).get("loaded").asLong()).isZero();
		try {
			var loaded = http.postJson("/api/awards/demo", "admin", Http.ADMIN_PASSWORD, "");
			assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(200);
			assertThat(JSON.readTree(loaded.body()).get("loaded").asLong()).isEqualTo(341);
			// a second request adds nothing
			assertThat(JSON.readTree(http.postJson("/api/awards/demo", "admin", Http.ADMIN_PASSWORD, "").body()).get("loaded").asLong())
				.isEqualTo(341);

			Map<String, long[]> after = counts();
			Map<String, String> added = new HashMap<>();
			after.forEach((key, n) -> {
				long[] b = before.getOrDefault(key, new long[2]);
				if (n[0] != b[0] || n[1] != b[1]) {
					added.put(key, (n[0] - b[0]) + "/" + (n[1] - b[1]));
				}
			});
			// the seed's counts (collectives/individuals), the 2021 provincial 14 and the Giấy khen split as documented
			assertThat(added).containsOnly(Map.entry("2021 BK_TTG", "0/6"), Map.entry("2021 BK_TINH", "5/9"),
					Map.entry("2021 GIAY_KHEN", "35/50"), Map.entry("2022 BK_TTG", "1/9"),
					Map.entry("2022 BK_TINH", "0/28"), Map.entry("2022 GIAY_KHEN", "38/52"),
					Map.entry("2023 BK_TTG", "0/1"), Map.entry("2023 BK_TINH", "14/0"),
					Map.entry("2023 GIAY_KHEN", "38/55"));
			JsonNode report = report();
			assertThat(report.get("demoAwards").asLong()).isEqualTo(341);
			assertThat(report.get("demoDoublesReal").asBoolean()).isTrue();
			String csv = new String(http.getBytes("/api/reports/movements/" + NTM + "?format=csv", "admin", Http.ADMIN_PASSWORD).body(),
					StandardCharsets.UTF_8);
			assertThat(csv).contains("Lưu ý: số liệu có 341 khen thưởng là DỮ LIỆU MINH HỌA (demo)")
				.contains("Cảnh báo: báo cáo cộng cả khen thưởng thật và DỮ LIỆU MINH HỌA");
			JsonNode registry = JSON.readTree(http.get("/api/awards?movement=" + NTM + "&year=2022&awardType=BK_TINH",
					"admin", Http.ADMIN_PASSWORD).body());
			assertThat(registry.findValuesAsText("source")).contains("DEMO");
			assertThat(registry.findValuesAsText("recipientName")).anySatisfy(n -> assertThat(n).contains("minh họa"));
		}
		finally {
			var removed = http.send(http.request("/api/awards/demo", "admin", Http.ADMIN_PASSWORD).DELETE().build());
			assertThat(removed.statusCode()).isEqualTo(200);
		}
		assertThat(counts()).usingRecursiveComparison().isEqualTo(before);
		assertThat(report().get("demoAwards").asLong()).isZero();
		assertThat(report().get("demoDoublesReal").asBoolean()).isFalse();
	}

	JsonNode report() throws Exception {
		return JSON.readTree(http.get("/api/reports/movements/" + NTM + "?fromYear=2021&toYear=2023", "admin", Http.ADMIN_PASSWORD)
			.body());
	}

	/** "year awardType" → collectives, individuals. */
	Map<String, long[]> counts() throws Exception {
		Map<String, long[]> counts = new HashMap<>();
		for (JsonNode row : report().get("rows")) {
			long[] n = counts.computeIfAbsent(row.get("year").asText() + " " + row.get("awardType").asText(),
					k -> new long[2]);
			n[0] += row.get("collectives").asLong();
			n[1] += row.get("individuals").asLong();
		}
		return counts;
	}

	static NewNominee[] concat(NewNominee[] a, NewNominee[] b) {
		List<NewNominee> all = new ArrayList<>(List.of(a));
		all.addAll(List.of(b));
		return all.toArray(NewNominee[]::new);
	}

}
