package vn.tdkt.awards.review;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.Nominee;
import vn.tdkt.awards.nomination.NomineeStatus;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.org.OrgUnit;
import vn.tdkt.awards.system.UserTexts;
import vn.tdkt.awards.system.WebConfiguration;

/**
 * What the steps of a hop share when they record a reviewer's decision: dropping a nominee with its verdict, the
 * names of orgs and nominees as records and refusals tell them, the records' language, a choice of the contract.
 */
@Component
class StepSupport {

	private final DossierLifecycle dossiers;

	private final OrgRepository orgs;

	StepSupport(DossierLifecycle dossiers, OrgRepository orgs) {
		this.dossiers = dossiers;
		this.orgs = orgs;
	}

	/** The nominee is not proposed further: a negative verdict at the step and the nominee closed NOT_AWARDED. */
	void drop(Nominee nominee, int hopSeq, String step, String reason, LocalDateTime at) {
		dossiers.addVerdict(nominee.id(), hopSeq, step, false, reason, at);
		dossiers.closeNominee(nominee.id(), NomineeStatus.NOT_AWARDED, reason, hopSeq);
	}

	String orgName(String code) {
		return orgs.find(code).map(OrgUnit::name).orElse(code);
	}

	/** A nominee id that is not, or no longer, under review in this dossier: named when it is one of its nominees. */
	ReviewInputException notPending(String variable, String dossierId, long nomineeId) {
		return new ReviewInputException(variable, "error.review.nominee-not-pending", nomineeLabel(dossierId, nomineeId),
				dossierId);
	}

	/** The nominee's name, or "mã 86" (in the reader's language) for an id that is none of the dossier's. */
	Object nomineeLabel(String dossierId, long nomineeId) {
		return findName(dossierId, nomineeId).<Object>map(name -> name)
			.orElse(new UserTexts.Text("error.review.nominee-code", nomineeId));
	}

	/** The nominee's name for the records, its id when it has none in the dossier. */
	String nomineeName(String dossierId, long nomineeId) {
		return findName(dossierId, nomineeId).orElse(Long.toString(nomineeId));
	}

	private Optional<String> findName(String dossierId, long nomineeId) {
		return dossiers.nominees(dossierId).stream().filter(n -> n.id() == nomineeId).map(Nominee::name).findFirst();
	}

	/** A text kept in the dossier's records (timeline, verdicts): Vietnamese, as the records are. */
	static String record(String key, Object... args) {
		return UserTexts.text(WebConfiguration.VIETNAMESE, key, args);
	}

	/** The contract variable's value as one of the enum's constants; refused, naming the choices, otherwise. */
	static <E extends Enum<E>> E choice(Class<E> type, String value, String variable) {
		String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
		if (value == null) {
			throw new ReviewInputException(variable, "error.review.required-choice", allowed);
		}
		for (E candidate : type.getEnumConstants()) {
			if (candidate.name().equals(value)) {
				return candidate;
			}
		}
		throw new ReviewInputException(variable, "error.review.not-a-choice", allowed, value);
	}

}
