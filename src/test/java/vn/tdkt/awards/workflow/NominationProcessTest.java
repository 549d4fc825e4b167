package vn.tdkt.awards.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tdkt.awards.support.ProcessDriver.collective;
import static vn.tdkt.awards.support.ProcessDriver.person;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_APPRAISE;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_COUNCIL_VOTE;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_SIGN;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_VERIFY_OBJECTION;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tdkt.awards.legal.BusinessCalendar;
import vn.tdkt.awards.nomination.DossierEventType;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.DossierService;
import vn.tdkt.awards.nomination.DossierStateException;
import vn.tdkt.awards.nomination.DossierStatus;
import vn.tdkt.awards.nomination.Nominee;
import vn.tdkt.awards.nomination.NomineeStatus;
import vn.tdkt.awards.registry.AwardDecisionService;
import vn.tdkt.awards.registry.AwardRegistry;
import vn.tdkt.awards.review.PostingService;
import vn.tdkt.awards.review.ReviewInputException;
import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.ProcessDriver;
import vn.tdkt.awards.system.AppClock;

/**
 * Every path of the nomination process, run by the real engine, delegates and tables (H2), the reviewers acting
 * as the demo users of each level.
 */
@AppTest
class NominationProcessTest {

	@Autowired
	ProcessDriver driver;

	@Autowired
	DossierLifecycle dossiers;

	@Autowired
	DossierService dossierService;

	@Autowired
	vn.tdkt.awards.nomination.SupplementService supplements;

	@Autowired
	PostingService reviews;

	@Autowired
	AwardRegistry registry;

	@Autowired
	AwardDecisionService decisions;

	@Autowired
	RuntimeService runtime;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	HistoryService history;

	@Autowired
	ManagementService management;

	@Autowired
	BusinessCalendar calendar;

	@Autowired
	org.camunda.bpm.engine.TaskService taskService;

	@Autowired
	org.camunda.bpm.engine.IdentityService identityService;

	List<String> route(String id) {
		return dossiers.route(id).stream().map(h -> h.orgCode() + ":" + h.role()).toList();
	}

	void passDistrict(String id) {
		driver.approve(id, "giaothuy.chuyenvien");
		driver.sign(id, "giaothuy.chutich");
	}

	void passProvince(String id) {
		driver.approve(id, "namdinh.chuyenvien");
		driver.vote(id, "namdinh.thuky", 15, 13, 12);
		driver.sign(id, "namdinh.chutich");
	}

	void passCentral(String id) {
		driver.approve(id, "bnv.chuyenvien");
		driver.sign(id, "bnv.botruong");
	}

	/** The reason given for the nominees left out is theirs; the appraisal's comment stays the appraisal's. */
	@Test
	void theNomineesLeftOut_getTheExclusionReason_notTheGeneralComment() {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Người được đề nghị"),
				person("Người chưa đủ thời gian"));
		List<Long> ids = driver.nomineeIds(id);
		driver.complete(id, TASK_APPRAISE, "giaothuy.chuyenvien", "outcome", "APPROVE", "approvedNominees",
				ProcessDriver.json(List.of(ids.get(0))), "comment", "Hồ sơ đầy đủ, đề nghị 1/2",
				"exclusionReason", "Chưa đủ 2 năm công tác tại đơn vị");
		Nominee out = dossiers.nominees(id).get(1);
		assertThat(out.status()).isEqualTo(NomineeStatus.NOT_AWARDED);
		assertThat(out.reason()).endsWith(": Chưa đủ 2 năm công tác tại đơn vị").doesNotContain("Hồ sơ đầy đủ");
		assertThat(dossiers.events(id)).anySatisfy(e -> assertThat(e.comment()).contains("Hồ sơ đầy đủ, đề nghị 1/2"));
	}

	/**
	 * A nominee the appraisal left out can be put back when the dossier comes back to the same appraisal (the leader
	 * returns it); the council's or an earlier level's refusal cannot be undone that way.
	 */
	@Test
	void aNomineeLeftOut_isPutBack_whenTheLeaderReturnsTheDossierToTheAppraiser() {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "BK_TINH", person("Người ở lại"),
				person("Người bị bỏ sót"));
		List<Long> ids = driver.nomineeIds(id);
		driver.approve(id, "giaothuy.chuyenvien", ids.get(0));
		assertThat(dossiers.nominees(id)).extracting(Nominee::status)
			.containsExactly(NomineeStatus.PENDING, NomineeStatus.NOT_AWARDED);
		driver.complete(id, TASK_SIGN, "giaothuy.chutich", "outcome", "RETURN", "comment", "Xem lại người thứ hai");

		// offered again, unticked; the form starts with only the one still proposed
		Task again = driver.task(id, TASK_APPRAISE);
		assertThat(String.valueOf(taskService.getVariableLocal(again.getId(), "nomineeOptions")))
			.contains("Người bị bỏ sót (").contains(") – đã không đề nghị lần trước");
		assertThat(String.valueOf(taskService.getVariableLocal(again.getId(), "approvedNominees")))
			.isEqualTo("[\"" + ids.get(0) + "\"]");
		driver.approve(id, "giaothuy.chuyenvien", ids.get(0), ids.get(1));
		assertThat(dossiers.nominees(id)).extracting(Nominee::status)
			.containsExactly(NomineeStatus.PENDING, NomineeStatus.PENDING);
		assertThat(dossiers.nominees(id).get(1).reason()).isNull();
		driver.sign(id, "giaothuy.chutich");
		assertThat(dossiers.require(id).currentHop()).isEqualTo(2);

		// at the province nobody left out at the district can be put back
		String other = driver.submit("giaophong.canbo", "GIAO_PHONG", "BK_TINH", person("Người thứ nhất"),
				person("Người thứ hai"));
		List<Long> otherIds = driver.nomineeIds(other);
		driver.approve(other, "giaothuy.chuyenvien", otherIds.get(0));
		driver.sign(other, "giaothuy.chutich");
		assertThatThrownBy(() -> driver.approve(other, "namdinh.chuyenvien", otherIds.get(0), otherIds.get(1)))
			.hasMessageContaining("không phải người được đề nghị còn đang xét");
		assertThat(dossiers.nominees(other)).extracting(Nominee::status)
			.containsExactly(NomineeStatus.PENDING, NomineeStatus.NOT_AWARDED);
	}

	@Test
	void bkTtgFromACommune_climbsToThePrimeMinisterAndIsRegistered() {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "BK_TTG", person("Phạm Văn Sơn"),
				collective("Hội Nông dân xã Giao Phong"));
		assertThat(route(id)).containsExactly("GIAO_PHONG:SUBMIT", "GIAO_THUY:FORWARD", "NAM_DINH:FORWARD",
				"BNV:FORWARD", "TTG:DECIDE");
		assertThat(dossiers.require(id).status()).isEqualTo(DossierStatus.IN_REVIEW);

		Task appraise = driver.task(id, TASK_APPRAISE);
		assertThat(appraise.getName())
			.isEqualTo("Thẩm định hồ sơ " + id + " – Bằng khen của Thủ tướng Chính phủ – 1 tập thể, 1 cá nhân");
		assertThat(candidateGroups(appraise)).containsExactly("GIAO_THUY.appraiser");
		assertThat(calendar.isWorkingDay(calendar.toLocalDate(appraise.getDueDate()))).isTrue();
		assertThat(appraise.getDueDate()).isAfter(appraise.getFollowUpDate());

		passDistrict(id);
		assertThat(dossiers.require(id).currentHop()).isEqualTo(2);
		assertThat(candidateGroups(driver.task(id, TASK_APPRAISE))).containsExactly("NAM_DINH.appraiser");
		assertThat(driver.task(id, TASK_APPRAISE).getFollowUpDate()).isBefore(driver.task(id, TASK_APPRAISE).getDueDate());
		driver.approve(id, "namdinh.chuyenvien");
		// a BK_TTG is not posted (Decree 98/2023 art. 46(2) posts orders and state titles): straight to the council
		assertThat(driver.timer(id, AwardNominationProcess.POSTING_PERIOD)).isNull();
		assertThat(candidateGroups(driver.task(id, TASK_COUNCIL_VOTE))).containsExactly("NAM_DINH.secretary");
		driver.vote(id, "namdinh.thuky", 15, 13, 12);
		assertThat(driver.task(id, TASK_SIGN).getName()).startsWith("Ký tờ trình đề nghị cấp trên hồ sơ " + id);
		driver.sign(id, "namdinh.chutich");
		// Bộ Nội vụ: 20 working days to appraise, 5 to send an ineligible dossier back (the follow-up date, where
		// other levels show the reminder's)
		Task central = driver.task(id, TASK_APPRAISE);
		assertThat(central.getFollowUpDate()).isEqualTo(calendar.deadline(5));
		assertThat(central.getDueDate()).isEqualTo(calendar.deadline(20));
		passCentral(id);
		assertThat(candidateGroups(driver.task(id, TASK_APPRAISE))).containsExactly("TTG.appraiser");
		driver.approve(id, "vpcp.chuyenvien");
		assertThat(driver.task(id, TASK_SIGN).getName()).startsWith("Ký quyết định khen thưởng hồ sơ " + id);
		driver.sign(id, "ttg.thutuong");

		assertThat(dossiers.require(id).status()).isEqualTo(DossierStatus.DECIDED);
		assertThat(dossiers.nominees(id)).extracting(Nominee::status).containsOnly(NomineeStatus.AWARDED);
		var decision = decisions.find(id).orElseThrow();
		assertThat(decision.number()).endsWith("/QĐ-TTg");
		assertThat(decision.signerTitle()).isEqualTo("Thủ tướng Chính phủ");
		assertThat(decision.signer()).isEqualTo("ttg.thutuong");
		assertThat(registry.ofDossier(id)).hasSize(2).allSatisfy(a -> {
			assertThat(a.awardType()).isEqualTo("BK_TTG");
			assertThat(a.year()).isEqualTo(2024);
			assertThat(a.movement()).isEqualTo("NTM_2021_2025");
			assertThat(a.authorityOrg()).isEqualTo("TTG");
			assertThat(a.decisionNumber()).isEqualTo(decision.number());
		});
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id).list())
			.extracting(p -> p.getProcessDefinitionKey())
			.contains(AwardNominationProcess.KEY, AwardNominationProcess.LEVEL_REVIEW_KEY)
			.doesNotContain(AwardNominationProcess.PUBLIC_POSTING_KEY);
		assertThat(dossiers.events(id)).extracting(e -> e.action())
			.containsSubsequence(DossierEventType.SUBMITTED, DossierEventType.APPRAISED,
					DossierEventType.SUBMISSION_SIGNED, DossierEventType.FORWARDED, DossierEventType.COUNCIL_VOTED,
					DossierEventType.DECISION_SIGNED, DossierEventType.DECIDED)
			.doesNotContain(DossierEventType.POSTED);
	}

	@Test
	void anOrder_isPostedPubliclyAtTheProvince_beforeItsCouncil() {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "HCLD3", person("Phạm Văn Sơn"));
		assertThat(route(id)).containsExactly("GIAO_PHONG:SUBMIT", "GIAO_THUY:FORWARD", "NAM_DINH:FORWARD",
				"BNV:FORWARD", "TTG:FORWARD", "CTN:DECIDE");
		passDistrict(id);
		driver.approve(id, "namdinh.chuyenvien");
		// posted publicly before it leaves the province: nothing to vote on until the period is over
		assertThat(driver.openTasks(id)).isEmpty();
		assertThat(driver.timer(id, AwardNominationProcess.POSTING_PERIOD).getDuedate())
			.isEqualTo(calendar.deadline(10));
		driver.fireTimer(id, AwardNominationProcess.POSTING_PERIOD);
		assertThat(candidateGroups(driver.task(id, TASK_COUNCIL_VOTE))).containsExactly("NAM_DINH.secretary");
		driver.vote(id, "namdinh.thuky", 15, 13, 12);
		driver.sign(id, "namdinh.chutich");
		assertThat(candidateGroups(driver.task(id, TASK_APPRAISE))).containsExactly("BNV.appraiser");
		assertThat(dossiers.events(id)).extracting(e -> e.action())
			.containsSubsequence(DossierEventType.FORWARDED, DossierEventType.POSTED, DossierEventType.POSTING_ENDED,
					DossierEventType.COUNCIL_VOTED, DossierEventType.SUBMISSION_SIGNED);
	}

	@Test
	void giayKhenFromACommune_isDecidedByItsDistrictAfterTheCouncil() {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Trần Thị Hoa"));
		assertThat(route(id)).containsExactly("GIAO_PHONG:SUBMIT", "GIAO_THUY:DECIDE");
		driver.approve(id, "giaothuy.chuyenvien");
		driver.vote(id, "giaothuy.thuky", 9, 9, 7);
		driver.sign(id, "giaothuy.chutich");
		assertThat(dossiers.require(id).status()).isEqualTo(DossierStatus.DECIDED);
		assertThat(decisions.find(id).orElseThrow().number()).endsWith("/QĐ-UBND");
		assertThat(decisions.find(id).orElseThrow().authorityOrg()).isEqualTo("GIAO_THUY");
	}

	@Test
	void bkTinhFromACommune_stopsAtTheProvince() {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "BK_TINH", person("Vũ Văn Nam"));
		assertThat(route(id)).containsExactly("GIAO_PHONG:SUBMIT", "GIAO_THUY:FORWARD", "NAM_DINH:DECIDE");
		passDistrict(id);
		driver.approve(id, "namdinh.chuyenvien");
		// a provincial award is not posted publicly: straight to the council
		driver.vote(id, "namdinh.thuky", 15, 12, 10);
		driver.sign(id, "namdinh.chutich");
		assertThat(dossiers.require(id).status()).isEqualTo(DossierStatus.DECIDED);
		assertThat(decisions.find(id).orElseThrow().signerTitle()).isEqualTo("Chủ tịch UBND tỉnh Nam Định");
	}

	@Test
	void aDepartmentsDossier_skipsTheDistricts() {
		String id = driver.submit("sotuphap.canbo", "SO_TU_PHAP", "BK_TINH", person("Lê Thị Thu"));
		assertThat(route(id)).containsExactly("SO_TU_PHAP:FORWARD", "NAM_DINH:DECIDE");
		driver.approve(id, "sotuphap.chuyenvien");
		driver.sign(id, "sotuphap.giamdoc");
		assertThat(candidateGroups(driver.task(id, TASK_APPRAISE))).containsExactly("NAM_DINH.appraiser");
	}

	@Test
	void returnThenSupplement_comesBackToTheSameAppraiser() {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "BK_TINH", person("Đỗ Văn Quyết"));
		driver.complete(id, TASK_APPRAISE, "giaothuy.chuyenvien", "outcome", "RETURN", "comment",
				"Thiếu báo cáo thành tích có xác nhận");
		var returned = dossiers.require(id);
		assertThat(returned.status()).isEqualTo(DossierStatus.RETURNED);
		assertThat(driver.openTasks(id)).isEmpty();
		assertThat(returned.supplementDue().toLocalDate())
			.isEqualTo(calendar.addWorkingDays(LocalDate.now(AppClock.ZONE), 10));

		supplements.supplement(id, "Đã bổ sung báo cáo thành tích", driver.user("giaophong.canbo"));
		driver.runJobs();
		assertThat(dossiers.require(id).status()).isEqualTo(DossierStatus.IN_REVIEW);
		Task again = driver.task(id, TASK_APPRAISE);
		assertThat(candidateGroups(again)).containsExactly("GIAO_THUY.appraiser");
		// the earlier reviewer's answer does not linger in the process
		assertThat(runtime.getVariables(again.getExecutionId())).doesNotContainKeys("outcome", "comment");
		driver.approve(id, "giaothuy.chuyenvien");
		assertThat(driver.task(id, TASK_SIGN)).isNotNull();
		assertThat(dossiers.events(id)).extracting(e -> e.action())
			.containsSubsequence(DossierEventType.RETURNED, DossierEventType.SUPPLEMENTED, DossierEventType.APPRAISED);
	}

	@Test
	void returnWithoutSupplement_expires() {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "BK_TINH", person("Ngô Thị Yến"));
		driver.complete(id, TASK_APPRAISE, "giaothuy.chuyenvien", "outcome", "RETURN", "comment", "Thiếu biên bản bình xét");
		driver.fireTimer(id, AwardNominationProcess.SUPPLEMENT_DEADLINE);
		assertThat(dossiers.require(id).status()).isEqualTo(DossierStatus.EXPIRED);
		assertThat(dossiers.nominees(id)).extracting(Nominee::status).containsOnly(NomineeStatus.NOT_AWARDED);
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
		assertThatThrownBy(() -> supplements.supplement(id, "muộn", driver.user("giaophong.canbo")))
			.isInstanceOf(DossierStateException.class);
	}

	/** BK_TTG rejected at its 1st..4th reviewing hop. */
	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 4 })
	void rejectAtAnyLevel_endsTheDossierRejected(int rejectingHop) {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "BK_TTG", person("Mai Văn Tới"));
		String[] appraisers = { null, "giaothuy.chuyenvien", "namdinh.chuyenvien", "bnv.chuyenvien", "vpcp.chuyenvien" };
		if (rejectingHop > 1) {
			passDistrict(id);
		}
		if (rejectingHop > 2) {
			passProvince(id);
		}
		if (rejectingHop > 3) {
			passCentral(id);
		}
		driver.complete(id, TASK_APPRAISE, appraisers[rejectingHop], "outcome", "REJECT", "comment",
				"Chưa đủ tiêu chuẩn theo Điều 73 Luật Thi đua khen thưởng");
		assertThat(dossiers.require(id).status()).isEqualTo(DossierStatus.REJECTED);
		Nominee nominee = dossiers.nominees(id).get(0);
		assertThat(nominee.status()).isEqualTo(NomineeStatus.NOT_AWARDED);
		assertThat(nominee.closedHop()).isEqualTo(rejectingHop);
		assertThat(nominee.reason()).contains("Chưa đủ tiêu chuẩn");
		assertThat(registry.ofDossier(id)).isEmpty();
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
	}

	@Test
	void perNomineeApproval_onlyTheApprovedGoOnAndAreAwarded() {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "BK_TINH", person("Người A"), person("Người B"),
				collective("Tập thể C"));
		List<Long> ids = driver.nomineeIds(id);
		driver.approve(id, "giaothuy.chuyenvien", ids.get(0), ids.get(2));
		assertThat(dossiers.nominees(id).get(1).status()).isEqualTo(NomineeStatus.NOT_AWARDED);
		assertThat(dossiers.nominees(id).get(1).closedHop()).isEqualTo(1);
		driver.sign(id, "giaothuy.chutich");
		assertThat(driver.task(id, TASK_APPRAISE).getName()).endsWith("1 tập thể, 1 cá nhân");
		driver.approve(id, "namdinh.chuyenvien");
		driver.vote(id, "namdinh.thuky", 15, 15, 15);
		driver.sign(id, "namdinh.chutich");
		assertThat(registry.ofDossier(id)).extracting(a -> a.recipientName()).containsExactly("Người A", "Tập thể C");
	}

	@Test
	void councilBelowThreshold_dropsTheNominee_andNobodyLeftRejects() {
		// CSTĐ cấp tỉnh: secret ballot, at least 90 % of ALL members (15): 14 passes, 13 does not
		String id = driver.submit("giaothuy.chuyenvien", "GIAO_THUY", "CSTD_TINH", "CCHC_2021_2025",
				vn.tdkt.awards.nomination.CommendationKind.CONG_TRANG, person("Người đạt"), person("Người không đạt"));
		assertThat(route(id)).containsExactly("GIAO_THUY:FORWARD", "NAM_DINH:DECIDE");
		passDistrict(id);
		driver.approve(id, "namdinh.chuyenvien");
		List<Long> ids = driver.nomineeIds(id);
		driver.complete(id, TASK_COUNCIL_VOTE, "namdinh.thuky", "membersTotal", 15, "membersPresent", 15, "votesFor",
				ProcessDriver.json(Map.of(ids.get(0).toString(), 14, ids.get(1).toString(), 13)));
		Nominee failed = dossiers.nominees(id).get(1);
		assertThat(failed.status()).isEqualTo(NomineeStatus.NOT_AWARDED);
		assertThat(failed.reason()).contains("13/15").contains("từ 90% tổng số thành viên Hội đồng trở lên");
		driver.sign(id, "namdinh.chutich");
		assertThat(registry.ofDossier(id)).extracting(a -> a.recipientName()).containsExactly("Người đạt");

		String none = driver.submit("giaothuy.chuyenvien", "GIAO_THUY", "CSTD_TINH", "CCHC_2021_2025",
				vn.tdkt.awards.nomination.CommendationKind.CONG_TRANG, person("Người thiếu phiếu"));
		passDistrict(none);
		driver.approve(none, "namdinh.chuyenvien");
		driver.vote(none, "namdinh.thuky", 15, 14, 13);
		assertThat(dossiers.require(none).status()).isEqualTo(DossierStatus.REJECTED);
		assertThat(driver.openTasks(none)).isEmpty();
	}

	@Test
	void objectionUpheld_dropsTheNominee_dismissedKeepsIt() {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "HCLD3", person("Bị phản ánh đúng"),
				person("Bị phản ánh sai"), person("Không bị phản ánh"));
		passDistrict(id);
		driver.approve(id, "namdinh.chuyenvien");
		List<Long> ids = driver.nomineeIds(id);
		reviews.receiveObjection(id, ids.get(0), "Đang bị xem xét kỷ luật");
		reviews.receiveObjection(id, ids.get(1), "Thư nặc danh không có căn cứ");
		driver.runJobs();
		List<Task> verifications = driver.openTasks(id);
		assertThat(verifications).extracting(Task::getTaskDefinitionKey).containsOnly(TASK_VERIFY_OBJECTION).hasSize(2);
		assertThat(candidateGroups(verifications.get(0))).containsExactly("NAM_DINH.appraiser");
		// the period ends while the verifications are open: the posting waits for them
		driver.fireTimer(id, AwardNominationProcess.POSTING_PERIOD);
		assertThat(runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(id)
			.processDefinitionKey(AwardNominationProcess.PUBLIC_POSTING_KEY)
			.count()).isEqualTo(1);
		completeVerification(id, ids.get(0), true, "Đúng: có quyết định xem xét kỷ luật");
		completeVerification(id, ids.get(1), false, "Không có căn cứ");
		assertThat(dossiers.nominees(id)).extracting(Nominee::status)
			.containsExactly(NomineeStatus.NOT_AWARDED, NomineeStatus.PENDING, NomineeStatus.PENDING);
		assertThat(driver.task(id, TASK_COUNCIL_VOTE).getName()).endsWith("2 cá nhân");
	}

	@Test
	void anObjectionOutsideThePosting_isRefused() {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "BK_TTG", person("Nguyễn Văn B"));
		assertThatThrownBy(() -> reviews.receiveObjection(id, driver.nomineeIds(id).get(0), "phản ánh"))
			.isInstanceOf(DossierStateException.class);
	}

	@Test
	void signerTypedNumber_isKept_andAUsedNumberIsRefused() {
		String first = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Người 1"));
		driver.approve(first, "giaothuy.chuyenvien");
		driver.vote(first, "giaothuy.thuky", 9, 9, 9);
		driver.complete(first, TASK_SIGN, "giaothuy.chutich", "outcome", "SIGN", "decisionNumber", "999/QĐ-UBND");
		assertThat(decisions.find(first).orElseThrow().number()).isEqualTo("999/QĐ-UBND");

		String second = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Người 2"));
		driver.approve(second, "giaothuy.chuyenvien");
		driver.vote(second, "giaothuy.thuky", 9, 9, 9);
		assertThatThrownBy(() -> driver.complete(second, TASK_SIGN, "giaothuy.chutich", "outcome", "SIGN",
				"decisionNumber", "999/QĐ-UBND"))
			.hasRootCauseInstanceOf(ReviewInputException.class)
			.rootCause()
			.hasMessageStartingWith("Số quyết định 999/QĐ-UBND của Ủy ban nhân dân huyện Giao Thủy năm ")
			.hasMessageEndingWith(" đã được dùng hoặc đã có người ký giữ.")
			.satisfies(ex -> assertThat(((ReviewInputException) ex).variable()).isEqualTo("decisionNumber"));
		assertThat(driver.task(second, TASK_SIGN)).isNotNull();
	}

	@Test
	void signReturn_goesBackToTheAppraiserOfTheSameHop() {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "BK_TINH", person("Hoàng Văn Em"));
		driver.approve(id, "giaothuy.chuyenvien");
		driver.complete(id, TASK_SIGN, "giaothuy.chutich", "outcome", "RETURN", "comment", "Rà soát lại thành tích");
		assertThat(candidateGroups(driver.task(id, TASK_APPRAISE))).containsExactly("GIAO_THUY.appraiser");
	}

	@Test
	void decisionNumbers_areUniqueWhenTwoDossiersAreDecidedAtOnce() throws Exception {
		String a = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Song song A"));
		String b = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Song song B"));
		for (String id : List.of(a, b)) {
			driver.approve(id, "giaothuy.chuyenvien");
			driver.vote(id, "giaothuy.thuky", 9, 9, 9);
		}
		// both leaders sign; both decision jobs wait, then run at the same moment on two threads
		dossiersSign(driver.task(a, TASK_SIGN));
		dossiersSign(driver.task(b, TASK_SIGN));
		var jobs = management.createJobQuery().executable().messages().list();
		assertThat(jobs).hasSize(2);
		CountDownLatch start = new CountDownLatch(1);
		var runs = jobs.stream().map(job -> CompletableFuture.runAsync(() -> {
			try {
				start.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			management.executeJob(job.getId());
		})).toList();
		start.countDown();
		CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
		driver.runJobs();
		String na = decisions.find(a).orElseThrow().number();
		String nb = decisions.find(b).orElseThrow().number();
		assertThat(na).isNotEqualTo(nb);
	}

	@Test
	void withdraw_endsEveryInstance_butNotAfterTheDecisionIsSigned() {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "BK_TTG", person("Rút hồ sơ"));
		passDistrict(id);
		dossierService.withdraw(id, "Đơn vị xin rút để bổ sung thành tích năm sau", driver.user("giaophong.canbo"));
		assertThat(dossiers.require(id).status()).isEqualTo(DossierStatus.WITHDRAWN);
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
		assertThat(dossiers.nominees(id)).extracting(Nominee::status).containsOnly(NomineeStatus.NOT_AWARDED);

		String signed = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Đã ký"));
		driver.approve(signed, "giaothuy.chuyenvien");
		driver.vote(signed, "giaothuy.thuky", 9, 9, 9);
		dossiersSign(driver.task(signed, TASK_SIGN));
		assertThatThrownBy(() -> dossierService.withdraw(signed, "muộn", driver.user("giaophong.canbo")))
			.isInstanceOf(DossierStateException.class);
		driver.runJobs();
		assertThat(dossiers.require(signed).status()).isEqualTo(DossierStatus.DECIDED);
	}

	@Test
	void badReviewerInput_isRefusedAndTheTaskStays() {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Người X"), person("Người Y"));
		assertRefused(id, TASK_APPRAISE, "outcome", "outcome", "MAYBE");
		assertRefused(id, TASK_APPRAISE, "outcome");
		assertRefused(id, TASK_APPRAISE, "comment", "outcome", "REJECT");
		assertRefused(id, TASK_APPRAISE, "approvedNominees", "outcome", "APPROVE", "approvedNominees",
				ProcessDriver.json(List.of(123456789)));
		assertRefused(id, TASK_APPRAISE, "approvedNominees", "outcome", "APPROVE", "approvedNominees",
				ProcessDriver.json(List.of()));
		assertThat(dossiers.nominees(id)).extracting(Nominee::status).containsOnly(NomineeStatus.PENDING);
		assertThat(dossiers.events(id)).extracting(e -> e.action()).containsExactly(DossierEventType.SUBMITTED,
				DossierEventType.RECEIVED);

		driver.approve(id, "giaothuy.chuyenvien");
		List<Long> ids = driver.nomineeIds(id);
		assertRefused(id, TASK_COUNCIL_VOTE, "votesFor", "membersTotal", 9, "membersPresent", 9, "votesFor",
				ProcessDriver.json(Map.of(ids.get(0).toString(), 5)));
		assertRefused(id, TASK_COUNCIL_VOTE, "votesFor", "membersTotal", 9, "membersPresent", 9, "votesFor",
				ProcessDriver.json(Map.of(ids.get(0).toString(), 5, ids.get(1).toString(), 10)));
		assertRefused(id, TASK_COUNCIL_VOTE, "membersPresent", "membersTotal", 9, "membersPresent", 10, "votesFor",
				ProcessDriver.json(Map.of(ids.get(0).toString(), 5, ids.get(1).toString(), 5)));
		assertRefused(id, TASK_COUNCIL_VOTE, "membersTotal", "membersPresent", 9, "votesFor", "{}");
	}

	@Test
	void anotherOrgsReviewer_cannotCompleteTheTask() {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Người Z"));
		// cannot take it
		assertThatThrownBy(() -> driver.complete(id, TASK_APPRAISE, "namdinh.chuyenvien", "outcome", "APPROVE"))
			.isInstanceOf(AuthorizationException.class);
		// and holding it (an administrator handed it over by mistake) cannot complete it: the completion itself is refused
		driver.assignAsAdministrator(id, TASK_APPRAISE, "namdinh.chuyenvien");
		assertThatThrownBy(() -> driver.completeAsAssignee(id, TASK_APPRAISE, "namdinh.chuyenvien", "outcome", "APPROVE"))
			.rootCause()
			.isInstanceOf(vn.tdkt.awards.review.ReviewerNotAllowedException.class)
			.hasMessageContaining("namdinh.chuyenvien");
		assertThat(driver.task(id, TASK_APPRAISE).getAssignee()).isEqualTo("namdinh.chuyenvien");
		assertThat(dossiers.require(id).status()).isEqualTo(DossierStatus.IN_REVIEW);
		assertThat(dossiers.nominees(id)).extracting(Nominee::status).containsExactly(NomineeStatus.PENDING);
	}

	/**
	 * A Giấy khen proposed by the province itself: no level on its way up decides Giấy khen, so it cannot be routed.
	 * It is refused at submission, naming the award type, and leaves no dossier, no nominee and no process behind.
	 */
	@Test
	void aDossierThatCannotBeRouted_leavesNothingBehind() {
		long dossiersBefore = jdbc.sql("select count(*) from dossier").query(Long.class).single();
		long nomineesBefore = jdbc.sql("select count(*) from nominee").query(Long.class).single();
		long processesBefore = runtime.createProcessInstanceQuery().count();
		assertThatThrownBy(() -> driver.submit("admin", "NAM_DINH", "GIAY_KHEN", person("Người của tỉnh")))
			.isInstanceOf(vn.tdkt.awards.nomination.InvalidDossierException.class)
			.satisfies(ex -> assertThat(((vn.tdkt.awards.nomination.InvalidDossierException) ex).field())
				.isEqualTo("awardType"));
		assertThat(jdbc.sql("select count(*) from dossier").query(Long.class).single()).isEqualTo(dossiersBefore);
		assertThat(jdbc.sql("select count(*) from nominee").query(Long.class).single()).isEqualTo(nomineesBefore);
		assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(processesBefore);
	}

	private void assertRefused(String id, String key, String variable, Object... vars) {
		assertThatThrownBy(() -> driver.complete(id, key, userFor(key), vars)).isInstanceOf(ProcessEngineException.class)
			.rootCause()
			.isInstanceOf(ReviewInputException.class)
			.satisfies(ex -> assertThat(((ReviewInputException) ex).variable()).isEqualTo(variable));
		assertThat(driver.task(id, key)).isNotNull();
	}

	private static String userFor(String key) {
		return switch (key) {
			case TASK_APPRAISE -> "giaothuy.chuyenvien";
			case TASK_COUNCIL_VOTE -> "giaothuy.thuky";
			default -> "giaothuy.chutich";
		};
	}

	private void dossiersSign(Task sign) {
		identityService.setAuthentication("giaothuy.chutich", List.of("GIAO_THUY.leader"));
		try {
			taskService.complete(sign.getId(), Map.of("outcome", "SIGN"));
		}
		finally {
			identityService.clearAuthentication();
		}
		// run the continuation up to (not into) the decision job
		driver.runJobsExcept(AwardNominationProcess.ISSUE_DECISION);
	}

	private void completeVerification(String id, long nomineeId, boolean upheld,
			String comment) {
		String user = "namdinh.chuyenvien";
		for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey(TASK_VERIFY_OBJECTION).list()) {
			var objection = taskService.getVariableLocal(task.getId(), "objectionText");
			String name = dossiers.nominees(id)
				.stream()
				.filter(n -> n.id() == nomineeId)
				.findFirst()
				.orElseThrow()
				.name();
			if (objection.toString().contains(name)) {
				identityService.setAuthentication(user, List.of("NAM_DINH.appraiser"));
				try {
					taskService.complete(task.getId(), Map.of("upheld", upheld, "comment", comment));
				}
				finally {
					identityService.clearAuthentication();
				}
				driver.runJobs();
				return;
			}
		}
		throw new AssertionError("no verification for " + nomineeId);
	}

	private List<String> candidateGroups(Task task) {
		return taskService.getIdentityLinksForTask(task.getId())
			.stream()
			.filter(l -> "candidate".equals(l.getType()))
			.map(l -> l.getGroupId())
			.toList();
	}

}
