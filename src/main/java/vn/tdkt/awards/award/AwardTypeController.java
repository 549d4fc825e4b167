package vn.tdkt.awards.award;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.tdkt.awards.org.OrgLevel;

/** {@code GET /api/award-types}. */
@RestController
@RequestMapping("/api/award-types")
class AwardTypeController {

	private final AwardTypeRepository awardTypes;

	AwardTypeController(AwardTypeRepository awardTypes) {
		this.awardTypes = awardTypes;
	}

	@Operation(summary = "Award types with their deciding levels, subject types, posting and papers")
	@GetMapping
	List<AwardTypeView> list() {
		return awardTypes.findAll().stream().map(AwardTypeView::of).toList();
	}

	/** {@code decidingLevel} is the first of {@code decidingLevels} (several for Giấy khen: district or department). */
	record AwardTypeView(String code, String name, String nameEn, String family, OrgLevel decidingLevel,
			List<OrgLevel> decidingLevels, String authority, List<SubjectType> subjectTypes, boolean publicPosting,
			String legalBasis) {

		static AwardTypeView of(AwardType type) {
			return new AwardTypeView(type.code(), type.nameVi(), type.nameEn(), type.family(),
					type.decidingLevels().get(0), type.decidingLevels(), type.authority(), type.subjectTypes(),
					type.publicPosting(), type.legalBasis());
		}

	}

}
