package vn.tdkt.awards.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tdkt.awards.support.ProcessDriver.collective;
import static vn.tdkt.awards.support.ProcessDriver.person;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_APPRAISE;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tdkt.awards.award.AwardTypeRepository;
import vn.tdkt.awards.award.CouncilRule;
import vn.tdkt.awards.nomination.CommendationKind;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.InvalidDossierException;
import vn.tdkt.awards.nomination.Nominee;
import vn.tdkt.awards.nomination.NomineeStatus;
import vn.tdkt.awards.org.OrgLevel;
import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.ProcessDriver;

/**
 * The legal values corrected against the law in force (legal-review.md §2–§7), each at its boundary: council
 * thresholds of all members and the quorum, the intake deadline of CSTĐ toàn quốc and Cờ thi đua Chính phủ, the 2026
 * days off and make-up Saturdays moving due dates, and no repealed basis left.
 */
@AppTest
class LawInForceTest {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

	@Autowired
	AwardTypeRepository awardTypes;

	@Autowired
	ProcessDriver driver;

	@Autowired
	DossierLifecycle dossiers;

	@Autowired
	BusinessCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkingCalendar workingCalendar;

	@Autowired
	org.camunda.bpm.engine.ManagementService management;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	CouncilRule rule(String awardType, OrgLevel level, LocalDate on) {
		return awardTypes.councilRule(awardType, level, on).orElseThrow();
	}

	@Test
	void cstdCoSo_andTheEmulationFlags_needEightyPercentOfAllMembers() {
		for (OrgLevel level : new OrgLevel[] { OrgLevel.COMMUNE, OrgLevel.DEPARTMENT, OrgLevel.DISTRICT }) {
			CouncilRule cstdCs = rule("CSTD_CS", level, TODAY);
			assertThat(cstdCs.passes(8, 10, 8)).as("8 of 10 members, %s", level).isTrue();
			// all present, 7 for: 70 % of all members is not enough whatever the share of those present
			assertThat(cstdCs.passes(7, 10, 10)).as("7 of 10 members, %s", level).isFalse();
		}
		for (String flag : new String[] { "CO_TINH", "CO_CP" }) {
			CouncilRule rule = rule(flag, OrgLevel.PROVINCE, TODAY);
			assertThat(rule.passes(12, 15, 12)).as("%s 12/15", flag).isTrue();
			assertThat(rule.passes(11, 15, 12)).as("%s 11/15 (11 of 12 present)", flag).isFalse();
			assertThat(rule.describeVi()).isEqualTo("từ 80% tổng số thành viên Hội đồng trở lên");
		}
		CouncilRule cstdTinh = rule("CSTD_TINH", OrgLevel.PROVINCE, TODAY);
		assertThat(cstdTinh.passes(9, 10, 9)).isTrue();
		assertThat(cstdTinh.passes(8, 10, 10)).isFalse();
		CouncilRule bkTinh = rule("BK_TINH", OrgLevel.PROVINCE, TODAY);
		assertThat(bkTinh.passes(7, 15, 13)).isTrue();
		assertThat(bkTinh.passes(6, 15, 12)).as("half of those present is no majority").isFalse();
		// each with the rule of its date
		assertThat(rule("CSTD_CS", OrgLevel.DISTRICT, LocalDate.of(2024, 6, 1)).legalBasis()).contains("98/2023");
		assertThat(rule("CSTD_CS", OrgLevel.COMMUNE, TODAY).legalBasis()).contains("152/2025");
		assertThat(awardTypes.councilRule("CSTD_CS", OrgLevel.COMMUNE, LocalDate.of(2023, 6, 1))).isEmpty();
	}

	@Test
	void aQuorumOfTwoThirds_isCheckedBeforeTheVote() {
		CouncilRule rule = rule("BK_TINH", OrgLevel.PROVINCE, TODAY);
		assertThat(rule.quorumOf(15)).isEqualTo(10);
		assertThat(rule.quorate(15, 10)).isTrue();
		assertThat(rule.quorate(15, 9)).isFalse();
		assertThat(rule.quorate(9, 6)).isTrue();
		assertThat(rule.quorate(9, 5)).isFalse();
	}

	@Test
	void aCstdCoSoVote_atTheEightyPercentBoundary() {
		String passes = driver.submit("giaothuy.chuyenvien", "GIAO_THUY", "CSTD_CS", null, CommendationKind.CONG_TRANG, 2026,
				person("Tám phiếu"));
		driver.approve(passes, "giaothuy.chuyenvien");
		driver.vote(passes, "giaothuy.thuky", 10, 8, 8);
		String fails = driver.submit("giaothuy.chuyenvien", "GIAO_THUY", "CSTD_CS", null, CommendationKind.CONG_TRANG, 2026,
				person("Bảy phiếu"));
		driver.approve(fails, "giaothuy.chuyenvien");
		driver.vote(fails, "giaothuy.thuky", 10, 10, 7);
		assertThat(dossiers.nominees(passes)).extracting(Nominee::status).containsExactly(NomineeStatus.PENDING);
		assertThat(dossiers.nominees(fails)).extracting(Nominee::status).containsExactly(NomineeStatus.NOT_AWARDED);
		assertThat(dossiers.nominees(fails).get(0).reason()).contains("80%");
	}

	@Test
	void nationalEmulationFighter_afterTheIntakeDeadline_isRefusedWithTheReason() {
		long before = jdbc.sql("select count(*) from dossier").query(Long.class).single();
		assertThatThrownBy(() -> driver.submit("giaothuy.chuyenvien", "GIAO_THUY", "CSTD_TQ", null,
				CommendationKind.CONG_TRANG, 2024, person("Nộp muộn")))
			.isInstanceOf(InvalidDossierException.class)
			.hasMessageContaining("Chiến sĩ thi đua toàn quốc cho thành tích năm 2024")
			.hasMessageContaining("31/12/2025")
			.hasMessageContaining("Điều 32");
		assertThatThrownBy(() -> driver.submit("giaothuy.chuyenvien", "GIAO_THUY", "CO_CP", null,
				CommendationKind.CONG_TRANG, 2025, collective("Hợp tác xã nộp muộn")))
			.isInstanceOf(InvalidDossierException.class)
			.hasMessageContaining("30/06/2026");
		assertThat(jdbc.sql("select count(*) from dossier").query(Long.class).single()).isEqualTo(before);
		// in time: the achievement of 2025 reaches Bộ Nội vụ by 31/12/2026
		assertThat(driver.submit("giaothuy.chuyenvien", "GIAO_THUY", "CSTD_TQ", null, CommendationKind.CONG_TRANG, 2025,
				person("Nộp đúng hạn"))).isNotBlank();
	}

	@Test
	void theDaysOffOf2026_andTheirMakeUpSaturdays_moveDueDates() {
		// 1/1 off, Friday 2/1 swapped with Saturday 10/1
		assertThat(calendar.addWorkingDays(LocalDate.of(2025, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 5));
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 1, 9), 1)).isEqualTo(LocalDate.of(2026, 1, 10));
		// Monday 31/8 swapped with Saturday 22/8; 1/9 and 2/9 off
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 8, 21), 1)).isEqualTo(LocalDate.of(2026, 8, 22));
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 8, 28), 1)).isEqualTo(LocalDate.of(2026, 9, 3));
		// 2027: 1/5 falls on a Saturday, Monday 3/5 off
		assertThat(calendar.addWorkingDays(LocalDate.of(2027, 4, 29), 1)).isEqualTo(LocalDate.of(2027, 5, 4));

		// an appraisal opened on Thursday 27/8/2026 is due ten working days later, past the National Day break
		ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 8, 27).atTime(9, 0)
			.atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Hạn xử lý"));
		assertThat(calendar.toLocalDate(driver.task(id, TASK_APPRAISE).getDueDate())).isEqualTo(LocalDate.of(2026, 9, 15));
	}

	@Test
	void aDayOffAddedLater_movesTheOpenTasksDueDate_andItsTimer() {
		ClockUtil.setCurrentTime(Date.from(LocalDate.of(2027, 3, 1).atTime(9, 0)
			.atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Hạn dời"));
		assertThat(calendar.toLocalDate(driver.task(id, TASK_APPRAISE).getDueDate())).isEqualTo(LocalDate.of(2027, 3, 15));
		workingCalendar.add(new WorkingCalendar.Day(LocalDate.of(2027, 3, 10), "Ngày nghỉ bổ sung (thử)",
				"Thông báo thử nghiệm", false), "bổ sung lịch", "admin");
		var task = driver.task(id, TASK_APPRAISE);
		assertThat(calendar.toLocalDate(task.getDueDate())).isEqualTo(LocalDate.of(2027, 3, 16));
		assertThat(management.createJobQuery().processInstanceId(task.getProcessInstanceId()).timers().list())
			.extracting(j -> j.getDuedate()).contains(task.getDueDate());
		// a Saturday worked after it brings it back
		workingCalendar.add(new WorkingCalendar.Day(LocalDate.of(2027, 3, 13), "Làm bù (thử)", "Thông báo thử nghiệm",
				true), "bổ sung lịch", "admin");
		assertThat(calendar.toLocalDate(driver.task(id, TASK_APPRAISE).getDueDate())).isEqualTo(LocalDate.of(2027, 3, 15));
	}

	@Test
	void noRepealedBasis_isCitedAnywhere() {
		for (String table : new String[] { "legal_basis", "award_council_rule", "legal_duration", "award_type",
				"intake_deadline" }) {
			String column = table.equals("legal_basis") ? "text" : "legal_basis";
			assertThat(jdbc.sql("select count(*) from " + table + " where " + column + " like '%91/2017%'")
				.query(Long.class)
				.single()).as(table).isZero();
		}
		assertThat(jdbc.sql("select certificate_title from certificate_layout where award_type = 'CSTD_CS'")
			.query(String.class)
			.single()).startsWith("BẰNG CHỨNG NHẬN");
	}

}
