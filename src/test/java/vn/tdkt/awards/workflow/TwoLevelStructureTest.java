package vn.tdkt.awards.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.awards.support.ProcessDriver.person;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import vn.tdkt.awards.nomination.CommendationKind;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.DossierStatus;
import vn.tdkt.awards.registry.AwardDecisionService;
import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.OwnJvm;
import vn.tdkt.awards.support.ProcessDriver;

/**
 * The two-level local government (since 1/7/2025): communes directly under the province decide what districts
 * used to. Only the reference data set differs from the 2023 one; the code and BPMN are the same.
 */
@AppTest
@OwnJvm
@TestPropertySource(properties = "awards.reference-data=ninh-binh-2025")
class TwoLevelStructureTest {

	static final String MOVEMENT = "KTXH_NB_2026";

	@Autowired
	ProcessDriver driver;

	@Autowired
	DossierLifecycle dossiers;

	@Autowired
	AwardDecisionService decisions;

	List<String> route(String id) {
		return dossiers.route(id).stream().map(h -> h.orgCode() + ":" + h.role()).toList();
	}

	String submit(String user, String org, String awardType) {
		// the movement's own year: a dossier reports under a movement within its period
		return driver.submit(user, org, awardType, MOVEMENT, CommendationKind.PHONG_TRAO, 2026,
				person("Giáo viên Trần Thị Hoa"));
	}

	@Test
	void giayKhenOfASchool_isDecidedByItsCommune() {
		String id = submit("thcsgiaophuc.canbo", "THCS_GIAO_PHUC", "GIAY_KHEN");
		assertThat(route(id)).containsExactly("THCS_GIAO_PHUC:SUBMIT", "XA_GIAO_PHUC:DECIDE");
		driver.approve(id, "giaophuc.chuyenvien");
		driver.vote(id, "giaophuc.chuyenvien", 7, 7, 6);
		driver.sign(id, "giaophuc.chutich");
		assertThat(dossiers.require(id).status()).isEqualTo(DossierStatus.DECIDED);
		var decision = decisions.find(id).orElseThrow();
		assertThat(decision.authorityOrg()).isEqualTo("XA_GIAO_PHUC");
		assertThat(decision.signerTitle()).isEqualTo("Chủ tịch UBND xã Giao Phúc");
	}

	@Test
	void bkTinhOfACommune_goesStraightToTheProvince() {
		String id = submit("giaophuc.chuyenvien", "XA_GIAO_PHUC", "BK_TINH");
		assertThat(route(id)).containsExactly("XA_GIAO_PHUC:FORWARD", "NINH_BINH:DECIDE");
		driver.approve(id, "giaophuc.chuyenvien");
		driver.sign(id, "giaophuc.chutich");
		driver.approve(id, "ninhbinh.chuyenvien");
		driver.vote(id, "ninhbinh.thuky", 15, 14, 12);
		driver.sign(id, "ninhbinh.chutich");
		assertThat(dossiers.require(id).status()).isEqualTo(DossierStatus.DECIDED);
		assertThat(decisions.find(id).orElseThrow().authorityOrg()).isEqualTo("NINH_BINH");
	}

	@Test
	void stateLevelAwardsStillClimbThroughTheProvinceToThePrimeMinister() {
		assertThat(route(submit("thcsgiaophuc.canbo", "THCS_GIAO_PHUC", "BK_TTG"))).containsExactly(
				"THCS_GIAO_PHUC:SUBMIT", "XA_GIAO_PHUC:FORWARD", "NINH_BINH:FORWARD", "BNV:FORWARD", "TTG:DECIDE");
	}

}
