package vn.tdkt.awards.reorganization;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.awards.support.ProcessDriver.person;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_APPRAISE;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tdkt.awards.nomination.DossierEventType;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.DossierStatus;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.Browser;
import vn.tdkt.awards.support.Http;
import vn.tdkt.awards.support.OwnJvm;
import vn.tdkt.awards.support.ProcessDriver;
import vn.tdkt.awards.system.AppClock;

/**
 * Administrators keep the org tree through the API, and carry a reorganization with dossiers in flight: huyện Giao
 * Thủy merged into the province and xã Giao Phong, Giao An into a new commune, on the seed's Nam Định (own JVM: the
 * tree changes). Every refusal is checked as the administrator, with nothing written. Each test works on orgs of
 * its own (Giao Thủy; Xuân Trường and Nam Trực; Ý Yên), so their order does not matter.
 */
@AppTest
@OwnJvm
class ReorganizationTest {

	static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	ProcessDriver driver;

	@Autowired
	DossierLifecycle dossiers;

	@Autowired
	OrgRepository orgs;

	@Autowired
	TaskService tasks;

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AppClock clock;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	HttpResponse<String> admin(String method, String path, Object body) throws Exception {
		return http.send(http.request(path, "admin", Http.ADMIN_PASSWORD)
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
			.build());
	}

	long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	/** A snapshot of what a refused change must leave as it was. */
	String tree() {
		return jdbc.sql("select code || '|' || coalesce(parent_code, '') || '|' || coalesce(cast(valid_from as varchar(10)), '')"
				+ " || '|' || coalesce(cast(valid_to as varchar(10)), '') || '|' || name from org_unit order by code")
			.query(String.class)
			.list()
			.toString() + count("select count(*) from org_succession") + "/" + count("select count(*) from org_parent_history")
				+ "/" + count("select count(*) from reference_change") + "/" + count("select count(*) from reorganization");
	}

	void refused(int status, String field, String method, String path, Object body) throws Exception {
		String before = tree();
		HttpResponse<String> response = admin(method, path, body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		if (field != null) {
			assertThat(JSON.readTree(response.body()).get("field").asText()).as(response.body()).startsWith(field);
		}
		assertThat(tree()).as("nothing written").isEqualTo(before);
	}

	@Test
	void orgsAreCreatedMovedAndClosed_throughTheApi_withEveryBadInputRefused() throws Exception {
		HttpResponse<String> created = admin("POST", "/api/orgs", Map.of("code", "XA_THU_NGHIEM", "name",
				"Ủy ban nhân dân xã Thử Nghiệm", "level", "UNIT", "parentCode", "XUAN_TRUONG", "reason", "Thành lập thử"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(identity.createGroupQuery().groupId("XA_THU_NGHIEM.nominator").count()).isOne();
		JsonNode change = JSON.readTree(http.get("/api/audit?entity=ORG", "admin", Http.ADMIN_PASSWORD).body()).get(0);
		assertThat(change.get("entityKey").asText()).isEqualTo("XA_THU_NGHIEM");
		assertThat(change.get("action").asText()).isEqualTo("CREATE");
		assertThat(change.get("actor").asText()).isEqualTo("admin");
		assertThat(change.get("reason").asText()).isEqualTo("Thành lập thử");
		assertThat(change.get("newValue").asText()).contains("Ủy ban nhân dân xã Thử Nghiệm", "XUAN_TRUONG");

		// refused, nothing written: a parent that does not exist, a cycle, validity outside the parent's, a successor
		// that does not exist, a date range upside down, a code taken
		refused(400, "parentCode", "POST", "/api/orgs", Map.of("code", "XA_KHAC", "name", "Xã khác", "level", "UNIT",
				"parentCode", "KHONG_CO"));
		refused(400, "parentCode", "PUT", "/api/orgs/XUAN_TRUONG", Map.of("parentCode", "XA_THU_NGHIEM"));
		refused(400, "successorCode", "PUT", "/api/orgs/XA_THU_NGHIEM", Map.of("validTo", "2026-06-30", "successorCode",
				"KHONG_CO", "legalBasis", "Quyết định thử"));
		refused(400, "validTo", "PUT", "/api/orgs/XA_THU_NGHIEM", Map.of("validFrom", "2026-07-01", "validTo", "2026-06-30"));
		refused(400, "code", "POST", "/api/orgs", Map.of("code", "XUAN_TRUONG", "name", "Trùng", "level", "UNIT",
				"parentCode", "NAM_DINH"));
		// a child must stay inside its parent's validity
		admin("POST", "/api/orgs", Map.of("code", "XA_TAM", "name", "Xã tạm", "level", "UNIT", "parentCode", "XUAN_TRUONG",
				"validFrom", "2026-01-01", "validTo", "2026-06-30"));
		refused(400, "validFrom", "POST", "/api/orgs", Map.of("code", "THON_TAM", "name", "Thôn tạm", "level", "UNIT",
				"parentCode", "XA_TAM", "validFrom", "2025-01-01"));
		// not an administrator: 403, nothing written
		String before = tree();
		assertThat(http.postJson("/api/orgs", "giaothuy.chuyenvien", "demo", "{\"code\":\"X\"}").statusCode()).isEqualTo(403);
		assertThat(http.get("/api/audit", "giaothuy.chuyenvien", "demo").statusCode()).isEqualTo(403);
		assertThat(tree()).isEqualTo(before);

		// moved under Nam Trực from today: routes of earlier dates still go through Xuân Trường
		HttpResponse<String> moved = admin("PUT", "/api/orgs/XA_THU_NGHIEM", Map.of("parentCode", "NAM_TRUC",
				"movedFrom", clock.today().toString(), "reason", "Điều chỉnh địa giới"));
		assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
		assertThat(orgs.find("XA_THU_NGHIEM").orElseThrow().parentCode()).isEqualTo("NAM_TRUC");
		assertThat(orgs.parentOn(orgs.find("XA_THU_NGHIEM").orElseThrow(), clock.today().minusDays(1))).isEqualTo("XUAN_TRUONG");
		assertThat(orgs.parentOn(orgs.find("XA_THU_NGHIEM").orElseThrow(), clock.today())).isEqualTo("NAM_TRUC");
		// closed with a successor
		HttpResponse<String> closed = admin("PUT", "/api/orgs/XA_TAM", Map.of("validTo", "2026-06-30", "successorCode",
				"XA_THU_NGHIEM", "legalBasis", "Nghị quyết thử nghiệm"));
		assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
		assertThat(orgs.successorsOf("XA_TAM")).singleElement().satisfies(s -> {
			assertThat(s.successorCode()).isEqualTo("XA_THU_NGHIEM");
			assertThat(s.effectiveFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
		});
	}

	@Test
	void aReorganization_isPreviewed_thenAppliedWithDossiersInFlight() throws Exception {
		LocalDate from = clock.today();
		// the new commune that takes in Giao Phong and Giao An, with its people
		assertThat(admin("POST", "/api/orgs", Map.of("code", "XA_GIAO_MOI", "name", "Ủy ban nhân dân xã Giao Mới", "level",
				"COMMUNE", "parentCode", "NAM_DINH", "validFrom", from.toString(), "officialCode", "99999")).statusCode())
			.isEqualTo(201);
		for (String[] u : new String[][] { { "giaomoi.chuyenvien", "appraiser" }, { "giaomoi.chuyenvien", "secretary" },
				{ "giaomoi.chutich", "leader" } }) {
			if (identity.createUserQuery().userId(u[0]).count() == 0) {
				User user = identity.newUser(u[0]);
				user.setPassword("Mat-khau-2026!");
				identity.saveUser(user);
			}
			identity.createMembership(u[0], "XA_GIAO_MOI." + u[1]);
		}
		// in flight at Giao Thủy: a BK_TINH to forward to the province, a Giấy khen it would have decided itself
		String bkTinh = driver.submit("giaophong.canbo", "GIAO_PHONG", "BK_TINH", person("Phạm Văn Sơn"));
		String giayKhen = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Nguyễn Thị Hoa"));
		// at the province already: untouched
		String atProvince = driver.submit("sotuphap.canbo", "SO_TU_PHAP", "BK_TINH", person("Lê Thị Thu"));
		driver.approve(atProvince, "sotuphap.chuyenvien");
		driver.sign(atProvince, "sotuphap.giamdoc");
		// decided at Giao Thủy before: its history stays
		String decided = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Đã khen"));
		driver.approve(decided, "giaothuy.chuyenvien");
		driver.vote(decided, "giaothuy.thuky", 9, 9, 8);
		driver.sign(decided, "giaothuy.chutich");

		Map<String, Object> request = Map.of("effectiveFrom", from.toString(), "legalBasis",
				"Nghị quyết thử nghiệm về sắp xếp đơn vị hành chính", "moveUsers", true, "reason", "Sắp xếp 2026",
				"merges", List.of(Map.of("from", List.of("GIAO_PHONG", "GIAO_AN"), "into", "XA_GIAO_MOI"),
						Map.of("from", List.of("GIAO_THUY"), "into", "NAM_DINH")));

		// refused whole, nothing written: a cycle, an org that does not exist, a date to come, an org twice
		refused(400, "merges[0].into", "POST", "/api/orgs/reorganizations?preview=false", Map.of("effectiveFrom",
				from.toString(), "legalBasis", "x", "merges", List.of(Map.of("from", List.of("NAM_DINH"), "into", "GIAO_THUY"))));
		refused(400, "merges[0].into", "POST", "/api/orgs/reorganizations?preview=false", Map.of("effectiveFrom",
				from.toString(), "legalBasis", "x", "merges", List.of(Map.of("from", List.of("GIAO_THUY"), "into", "KHONG_CO"))));
		refused(400, "effectiveFrom", "POST", "/api/orgs/reorganizations?preview=false", Map.of("effectiveFrom",
				from.plusDays(10).toString(), "legalBasis", "x", "merges", List.of(Map.of("from", List.of("GIAO_THUY"),
						"into", "NAM_DINH"))));
		refused(400, "merges[1].from", "POST", "/api/orgs/reorganizations?preview=false", Map.of("effectiveFrom",
				from.toString(), "legalBasis", "x", "merges", List.of(Map.of("from", List.of("GIAO_THUY"), "into", "NAM_DINH"),
						Map.of("from", List.of("GIAO_THUY"), "into", "XA_GIAO_MOI"))));
		// a dossier that could not go on (a department merged into a commune that reviews no BK_TINH above it): 409
		String stuck = driver.submit("sotuphap.canbo", "SO_TU_PHAP", "BK_TINH", person("Không chuyển được"));
		refused(409, null, "POST", "/api/orgs/reorganizations?preview=false", Map.of("effectiveFrom", from.toString(),
				"legalBasis", "x", "merges", List.of(Map.of("from", List.of("SO_TU_PHAP"), "into", "GIAO_PHONG"))));
		driver.complete(stuck, TASK_APPRAISE, "sotuphap.chuyenvien", "outcome", "REJECT", "comment", "Dọn dữ liệu thử");

		// the preview: what moves where, nothing written
		String before = tree();
		List<String> routeBefore = route(bkTinh);
		JsonNode preview = JSON.readTree(admin("POST", "/api/orgs/reorganizations?preview=true", request).body());
		assertThat(tree()).isEqualTo(before);
		assertThat(route(bkTinh)).isEqualTo(routeBefore);
		assertThat(preview.get("applied").asBoolean()).isFalse();
		assertThat(moves(preview)).containsOnlyKeys(bkTinh, giayKhen)
			.containsEntry(bkTinh, "GIAO_THUY→NAM_DINH [NAM_DINH:DECIDE]")
			.containsEntry(giayKhen, "GIAO_THUY→XA_GIAO_MOI [XA_GIAO_MOI:DECIDE]");
		assertThat(preview.get("tasks").findValuesAsText("toGroup")).containsExactlyInAnyOrder("NAM_DINH.appraiser",
				"XA_GIAO_MOI.appraiser");
		assertThat(preview.get("users").findValuesAsText("userId")).contains("giaophong.canbo", "giaothuy.chuyenvien",
				"giaothuy.chutich");

		// applied
		HttpResponse<String> applied = admin("POST", "/api/orgs/reorganizations?preview=false", request);
		assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
		assertThat(orgs.find("GIAO_THUY").orElseThrow().validTo()).isEqualTo(from.minusDays(1));
		assertThat(orgs.successorsOf("GIAO_AN")).extracting(OrgRepository.Succession::successorCode)
			.containsExactly("XA_GIAO_MOI");
		assertThat(candidates(bkTinh)).containsExactly("NAM_DINH.appraiser");
		assertThat(candidates(giayKhen)).containsExactly("XA_GIAO_MOI.appraiser");
		assertThat(route(bkTinh)).containsExactly("GIAO_PHONG:SUBMIT", "NAM_DINH:DECIDE");
		assertThat(dossiers.events(bkTinh)).filteredOn(e -> e.action() == DossierEventType.REORGANIZED).singleElement()
			.satisfies(e -> assertThat(e.comment()).contains("Ủy ban nhân dân huyện Giao Thủy", "Ủy ban nhân dân tỉnh Nam Định",
					"Nghị quyết thử nghiệm"));
		assertThat(identity.createUserQuery().memberOfGroup("XA_GIAO_MOI.nominator").userId("giaophong.canbo").count())
			.isOne();
		assertThat(identity.createUserQuery().memberOfGroup("GIAO_THUY.appraiser").count()).isZero();
		// both go on to their decision at their new orgs, nothing lost
		driver.approve(bkTinh, "namdinh.chuyenvien");
		driver.vote(bkTinh, "namdinh.thuky", 15, 12, 10);
		driver.sign(bkTinh, "namdinh.chutich");
		assertThat(dossiers.require(bkTinh).status()).isEqualTo(DossierStatus.DECIDED);
		driver.approve(giayKhen, "giaomoi.chuyenvien");
		driver.vote(giayKhen, "giaomoi.chuyenvien", 9, 9, 8);
		driver.sign(giayKhen, "giaomoi.chutich");
		assertThat(dossiers.require(giayKhen).status()).isEqualTo(DossierStatus.DECIDED);
		assertThat(dossiers.nominees(giayKhen)).extracting(n -> n.status().name()).containsExactly("AWARDED");
		// untouched: the one at the province, the one decided before (its hops stay Giao Thủy's)
		assertThat(route(atProvince)).containsExactly("SO_TU_PHAP:FORWARD", "NAM_DINH:DECIDE");
		assertThat(route(decided)).containsExactly("GIAO_PHONG:SUBMIT", "GIAO_THUY:DECIDE");
		// listed, audited; a new dossier from Giao Phong is refused naming the new commune
		JsonNode list = JSON.readTree(http.get("/api/orgs/reorganizations", "admin", Http.ADMIN_PASSWORD).body());
		assertThat(list.get(0).get("dossiersMoved").asInt()).isEqualTo(2);
		assertThat(JSON.readTree(http.get("/api/audit?entity=REORGANIZATION", "admin", Http.ADMIN_PASSWORD).body()))
			.hasSize(1);
		assertThat(JSON.readTree(http.get("/api/audit?entity=ORG", "admin", Http.ADMIN_PASSWORD).body())
			.findValuesAsText("action")).contains("CLOSE");
		assertThat(http.postJson("/api/dossiers", "admin", Http.ADMIN_PASSWORD,
				"{\"submittingOrg\":\"GIAO_PHONG\",\"awardType\":\"GIAY_KHEN\",\"kind\":\"CONG_TRANG\",\"year\":2026,"
						+ "\"title\":\"x\",\"nominees\":[{\"subjectType\":\"CA_NHAN\",\"name\":\"A\"}]}").body())
			.contains("Ủy ban nhân dân xã Giao Mới");
	}

	@Test
	void anAdministrator_addsAnOrg_andMergesIt_inTheBrowser() throws Exception {
		try (Browser browser = Browser.open(port)) {
			try {
				browser.login("admin", Http.ADMIN_PASSWORD);
				browser.go("/admin/orgs?level=DISTRICT");
				browser.visible(By.xpath("//h1[normalize-space(.)='Cơ cấu tổ chức']"));
				assertThat(browser.driver().findElements(By.cssSelector("#org-list tr[data-org]")))
					.hasSize((int) orgs.validOn(clock.today()).stream().filter(o -> o.level().name().equals("DISTRICT")).count())
					.hasSizeGreaterThanOrEqualTo(9);
				// a code already taken: the reason, what was typed kept, nothing written
				String before = tree();
				browser.driver().findElement(By.id("new-code")).sendKeys("Y_YEN");
				browser.driver().findElement(By.id("new-name")).sendKeys("Ủy ban nhân dân xã Tràng");
				new Select(browser.driver().findElement(By.id("new-level"))).selectByValue("UNIT");
				new Select(browser.driver().findElement(By.id("new-parent"))).selectByValue("Y_YEN");
				browser.script("arguments[0].value = '';", browser.driver().findElement(By.id("new-validFrom")));
				browser.click(browser.clickable(By.id("new-save")));
				assertThat(browser.visible(By.id("form-error")).getText()).contains("Đã có đơn vị mã Y_YEN");
				assertThat(browser.driver().findElement(By.id("new-name")).getAttribute("value"))
					.isEqualTo("Ủy ban nhân dân xã Tràng");
				assertThat(tree()).isEqualTo(before);
				WebElement code = browser.driver().findElement(By.id("new-code"));
				code.clear();
				code.sendKeys("XA_TRANG");
				new Select(browser.driver().findElement(By.id("new-level"))).selectByValue("UNIT");
				new Select(browser.driver().findElement(By.id("new-parent"))).selectByValue("Y_YEN");
				browser.script("arguments[0].value = '';", browser.driver().findElement(By.id("new-validFrom")));
				browser.click(browser.clickable(By.id("new-save")));
				assertThat(browser.visible(By.cssSelector(".alert.success")).getText()).contains("Ủy ban nhân dân xã Tràng");
				assertThat(orgs.find("XA_TRANG").orElseThrow().parentCode()).isEqualTo("Y_YEN");
				browser.shot("org-admin-01-created");

				// merged into xã Yên Tiến: preview, then apply
				browser.go("/admin/reorganizations");
				browser.driver().findElement(By.id("legalBasis")).sendKeys("Nghị quyết thử nghiệm số 1");
				browser.driver().findElement(By.id("merges")).sendKeys("XA_TRANG → YEN_TIEN");
				browser.click(browser.clickable(By.id("preview")));
				browser.visible(By.id("moves"));
				assertThat(orgs.find("XA_TRANG").orElseThrow().validTo()).isNull();
				browser.shot("org-admin-02-preview");
				browser.click(browser.clickable(By.id("apply")));
				assertThat(browser.visible(By.id("applied")).getText()).startsWith("Đã áp dụng");
				assertThat(browser.driver().findElement(By.id("reorg-list")).getText()).contains("Nghị quyết thử nghiệm số 1");
				assertThat(orgs.find("XA_TRANG").orElseThrow().validTo()).isEqualTo(clock.today().minusDays(1));
				assertThat(orgs.successorsOf("XA_TRANG")).extracting(OrgRepository.Succession::successorCode)
					.containsExactly("YEN_TIEN");
				// a bad line: the reason on the page
				browser.driver().findElement(By.id("legalBasis")).sendKeys("x");
				browser.driver().findElement(By.id("merges")).sendKeys("YEN_TIEN NAM_HUNG");
				browser.click(browser.clickable(By.id("preview")));
				assertThat(browser.visible(By.id("reorg-error")).getText()).contains("Dòng 1");
				browser.shot("org-admin-03-applied");
			}
			catch (RuntimeException | AssertionError ex) {
				browser.shot("org-admin-failure");
				browser.dumpPage("org-admin-failure");
				throw ex;
			}
		}
	}

	Map<String, String> moves(JsonNode plan) {
		Map<String, String> moves = new java.util.HashMap<>();
		for (JsonNode d : plan.get("dossiers")) {
			moves.put(d.get("dossierId").asText(), d.get("fromOrg").asText() + "→" + d.get("toOrg").asText() + " "
					+ textRoute(d.get("newRoute")));
		}
		return moves;
	}

	static String textRoute(JsonNode route) {
		List<String> hops = new java.util.ArrayList<>();
		route.forEach(h -> hops.add(h.asText()));
		return hops.toString().replace(", ", ",");
	}

	List<String> route(String id) {
		return dossiers.route(id).stream().map(h -> h.orgCode() + ":" + h.role()).toList();
	}

	List<String> candidates(String id) {
		return tasks.getIdentityLinksForTask(driver.task(id, TASK_APPRAISE).getId()).stream()
			.filter(l -> "candidate".equals(l.getType()))
			.map(IdentityLink::getGroupId)
			.toList();
	}

}
