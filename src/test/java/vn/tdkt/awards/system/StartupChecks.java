package vn.tdkt.awards.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tdkt.awards.movement.Movement;
import vn.tdkt.awards.movement.MovementRepository;
import vn.tdkt.awards.org.OrgLevel;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.org.OrgUnit;
import vn.tdkt.awards.registry.DemoAwards;
import vn.tdkt.awards.report.MovementReport;
import vn.tdkt.awards.report.ReportService;
import vn.tdkt.awards.report.YearReport;

/** What every fresh start must give, whatever the database: the same checks run on H2 and on PostgreSQL. */
abstract class StartupChecks {

	@Autowired
	DataSource dataSource;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	IdentityService identityService;

	@Autowired
	OrgRepository orgs;

	@Autowired
	MovementRepository movements;

	@Autowired
	DemoAwards demoAwards;

	@Autowired
	ReportService reports;

	abstract String expectedDatabase();

	/** The registry's reports (grouping, joins) and the demo data set on this database. */
	@Test
	void theDemoDataSetAndTheReports_workOnThisDatabase() {
		try {
			assertThat(demoAwards.load()).isEqualTo(341);
			// the maintained counts agree with the rows
			var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
			assertThat(jdbc.queryForObject("select coalesce(sum(n), 0) from award_count", Long.class))
				.isEqualTo(jdbc.queryForObject("select count(*) from award", Long.class));
			MovementReport report = reports.movement("NTM_2021_2025", 2021, 2023);
			assertThat(report.demoAwards()).isEqualTo(341);
			assertThat(report.summary().get(0)).startsWith("Năm 2021, có ")
				.endsWith("; 35 tập thể, 50 cá nhân được tặng Giấy khen của Chủ tịch UBND cấp huyện.");
			YearReport year = reports.year(2023, "NAM_DINH");
			assertThat(year.rows()).filteredOn(r -> r.org().equals("VU_BAN"))
				.singleElement()
				.satisfies(r -> assertThat(r.collectives() + "/" + r.individuals()).isEqualTo("20/30"));
		}
		finally {
			demoAwards.remove();
		}
		assertThat(reports.movement("NTM_2021_2025", 2021, 2023).demoAwards()).isZero();
	}

	@Test
	void runsOnTheExpectedDatabase() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
		}
	}

	/** Our indexes on the engine's tables exist (their creation only warns when it fails, so this is what notices). */
	@Test
	void createsOurIndexesOnTheEnginesTables() {
		var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
		String indexes = "PostgreSQL".equals(expectedDatabase())
				? "select indexname from pg_indexes where tablename = 'act_ru_task'"
				: "select index_name from information_schema.indexes where table_name = 'ACT_RU_TASK'";
		List<String> plain = EngineIndexes.INDEXES.stream().map(i -> i[0]).toList();
		List<String> covering = EngineIndexes.COVERING.stream().map(i -> i[0]).toList();
		List<String> present = jdbc.queryForList(indexes, String.class).stream().map(String::toLowerCase).toList();
		assertThat(present).containsAll(plain);
		if ("PostgreSQL".equals(expectedDatabase())) {
			assertThat(present).containsAll(covering);
		}
		else {
			// INCLUDE is PostgreSQL's: elsewhere the covering index is not tried
			assertThat(present).doesNotContainAnyElementsOf(covering);
		}
	}

	@Test
	void deploysEveryFileOfTheBpmnFolderUnderItsRelativeName() throws IOException {
		List<String> onDisk;
		Path root = Path.of("bpmn");
		try (Stream<Path> files = Files.walk(root)) {
			onDisk = files.filter(Files::isRegularFile)
				.map(p -> root.relativize(p).toString().replace('\\', '/'))
				.filter(n -> n.endsWith(".bpmn") || n.endsWith(".dmn") || n.endsWith(".form"))
				.toList();
		}
		assertThat(onDisk).isNotEmpty();
		Deployment deployment = repositoryService.createDeploymentQuery()
			.deploymentName(BpmnFolderDeployment.DEPLOYMENT_NAME)
			.orderByDeploymentTime()
			.desc()
			.list()
			.get(0);
		assertThat(repositoryService.getDeploymentResourceNames(deployment.getId()))
			.containsExactlyInAnyOrderElementsOf(onDisk);
		List<ProcessDefinition> definitions = repositoryService.createProcessDefinitionQuery()
			.deploymentId(deployment.getId())
			.list();
		assertThat(definitions).isNotEmpty().allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isPositive());
	}

	@Test
	void loadsTheSeedsSevenMovementsWithTheirPlans() {
		// the seven of the seed (other tests in the same context launch more)
		assertThat(movements.findAll()).extracting(Movement::code)
			.contains("NTM_2021_2025", "VI_NGUOI_NGHEO_2021_2025", "VAN_HOA_CONG_SO_2019_2025", "CCHC_2021_2025",
					"DOI_SONG_VAN_HOA_2021_2026", "HA_TANG_TIET_KIEM_2022_2030", "GPMB_2022_2025");
		assertThat(movements.find("NTM_2021_2025")).get()
			.satisfies(m -> {
				assertThat(m.planNumber()).isEqualTo("79/KH-UBND");
				assertThat(m.planDate()).hasToString("2022-06-13");
				assertThat(m.name()).contains("nông thôn mới");
				assertThat(m.periodFrom()).isEqualTo(2021);
				assertThat(m.periodTo()).isEqualTo(2025);
			});
	}

	@Test
	void loadsTheGiaoThuyBranchUpToThePrimeMinister() {
		assertThat(orgs.pathToRoot("GIAO_PHONG")).extracting(OrgUnit::code)
			.containsExactly("GIAO_PHONG", "GIAO_THUY", "NAM_DINH", "BNV", "TTG", "CTN");
		assertThat(orgs.find("GIAO_THUY")).get()
			.satisfies(o -> {
				assertThat(o.level()).isEqualTo(OrgLevel.DISTRICT);
				assertThat(o.name()).isEqualTo("Ủy ban nhân dân huyện Giao Thủy");
			});
		assertThat(orgs.findAll()).filteredOn(o -> o.level() == OrgLevel.DISTRICT).hasSize(10);
	}

	@Test
	void createsGroupsPerOrgAndRoleAndTheDemoUsers() {
		assertThat(identityService.createGroupQuery().groupId("GIAO_THUY.appraiser").singleResult().getName())
			.isEqualTo("Chuyên viên thẩm định thi đua - khen thưởng – Ủy ban nhân dân huyện Giao Thủy");
		assertThat(identityService.createUserQuery().memberOfGroup("GIAO_THUY.appraiser").list())
			.extracting(u -> u.getId())
			.containsExactly("giaothuy.chuyenvien");
		assertThat(identityService.createUserQuery().userId("ttg.thutuong").singleResult().getEmail())
			.isEqualTo("ttg.thutuong@example.org");
		assertThat(identityService.checkPassword("giaophong.canbo", "demo")).isTrue();
	}

}
