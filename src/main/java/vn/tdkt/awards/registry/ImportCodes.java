package vn.tdkt.awards.registry;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.tdkt.awards.award.AwardType;
import vn.tdkt.awards.award.AwardTypeRepository;
import vn.tdkt.awards.award.SubjectType;
import vn.tdkt.awards.nomination.CommendationKind;

/**
 * The codes an import file writes (award types, subject types, kinds of commendation), for the import pages to list
 * with what each means: an officer reads "CA_NHAN – Cá nhân", not a bare code.
 */
@Component("importCodes")
public class ImportCodes {

	private final AwardTypeRepository awardTypes;

	ImportCodes(AwardTypeRepository awardTypes) {
		this.awardTypes = awardTypes;
	}

	public List<AwardType> awardTypes() {
		return awardTypes.findAll();
	}

	public List<String> subjectTypes() {
		return Arrays.stream(SubjectType.values()).map(Enum::name).toList();
	}

	public List<String> kinds() {
		return Arrays.stream(CommendationKind.values()).map(Enum::name).toList();
	}

}
