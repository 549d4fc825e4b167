package vn.tdkt.awards.review;

import static vn.tdkt.awards.review.StepSupport.record;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.nomination.DossierEventType;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.Nominee;
import vn.tdkt.awards.nomination.RouteHop;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.workflow.LevelOutcome;

/** The appraisal of a hop (BPMN level-review: user task {@code appraise}, "Thẩm định hồ sơ"). */
@Service
public class AppraisalService {

	private final DossierLifecycle dossiers;

	private final AppClock clock;

	private final StepSupport support;

	AppraisalService(DossierLifecycle dossiers, AppClock clock, StepSupport support) {
		this.dossiers = dossiers;
		this.clock = clock;
		this.support = support;
	}

	/** {@code exclusionReason}: why the nominees left out are not proposed (the comment when null). */
	public record Appraisal(String outcome, String comment, List<Long> approvedNominees, String exclusionReason) {

		public Appraisal(String outcome, String comment, List<Long> approvedNominees) {
			this(outcome, comment, approvedNominees, null);
		}

	}

	public record AppraisalResult(AppraisalOutcome outcome, int remaining) {
	}

	/** The hop being appraised, the appraiser's task and when. */
	private record At(String dossierId, int hopSeq, RouteHop hop, TaskRef task, LocalDateTime now) {
	}

	/** {@code appraise} completed: APPROVE (with the nominees that go on), RETURN or REJECT, with reasons. */
	@Transactional
	public AppraisalResult recordAppraisal(String dossierId, int hopSeq, Appraisal input, TaskRef task) {
		AppraisalOutcome outcome = StepSupport.choice(AppraisalOutcome.class, input.outcome(), "outcome");
		if (outcome != AppraisalOutcome.APPROVE && input.comment() == null) {
			throw new ReviewInputException("comment", "error.review.reason-required");
		}
		dossiers.lock(dossierId);
		At at = new At(dossierId, hopSeq, dossiers.hop(dossierId, hopSeq), task, clock.localNow());
		List<Nominee> pending = dossiers.pendingNominees(dossierId);
		return switch (outcome) {
			case RETURN -> returned(at, input, pending.size());
			case REJECT -> rejected(at, input, pending);
			case APPROVE -> approved(at, input, pending);
		};
	}

	private AppraisalResult returned(At at, Appraisal input, int pending) {
		event(at, DossierEventType.RETURNED, input.comment());
		dossiers.setAppraisalOutcome(at.dossierId(), at.hopSeq(), AppraisalOutcome.RETURN.name());
		return new AppraisalResult(AppraisalOutcome.RETURN, pending);
	}

	private AppraisalResult rejected(At at, Appraisal input, List<Nominee> pending) {
		String reason = record("record.review.not-proposed-because", support.orgName(at.hop().orgCode()),
				input.comment());
		pending.forEach(n -> support.drop(n, at.hopSeq(), "APPRAISE", reason, at.now()));
		event(at, DossierEventType.REJECTED, input.comment());
		dossiers.setAppraisalOutcome(at.dossierId(), at.hopSeq(), AppraisalOutcome.REJECT.name());
		dossiers.setHopOutcome(at.dossierId(), at.hopSeq(), LevelOutcome.REJECTED.name());
		return new AppraisalResult(AppraisalOutcome.REJECT, 0);
	}

	private AppraisalResult approved(At at, Appraisal input, List<Nominee> pending) {
		List<Nominee> considered = considered(at, input, pending);
		Set<Long> approved = approvedIds(input, pending);
		List<String> goOn = new ArrayList<>();
		for (Nominee n : considered) {
			if (approved.contains(n.id())) {
				dossiers.addVerdict(n.id(), at.hopSeq(), "APPRAISE", true, input.comment(), at.now());
				goOn.add(n.name());
			}
			else {
				support.drop(n, at.hopSeq(), "APPRAISE", exclusion(at, input), at.now());
			}
		}
		event(at, DossierEventType.APPRAISED, record("record.review.appraised", goOn.size(), considered.size(),
				String.join(", ", goOn)) + (input.comment() == null ? "" : " " + input.comment()));
		dossiers.setAppraisalOutcome(at.dossierId(), at.hopSeq(), AppraisalOutcome.APPROVE.name());
		return new AppraisalResult(AppraisalOutcome.APPROVE, goOn.size());
	}

	/** Everyone approved when the list is absent; otherwise the ids given. */
	private static Set<Long> approvedIds(Appraisal input, List<Nominee> pending) {
		return input.approvedNominees() == null ? pending.stream().map(Nominee::id).collect(Collectors.toSet())
				: new HashSet<>(input.approvedNominees());
	}

	/**
	 * The nominees this appraisal decides on: those pending, and those it left out before the dossier came back to it
	 * that it now approves again (put back); an id that is neither is refused, as is approving nobody.
	 */
	private List<Nominee> considered(At at, Appraisal input, List<Nominee> pending) {
		Set<Long> pendingIds = pending.stream().map(Nominee::id).collect(Collectors.toSet());
		List<Nominee> leftOut = dossiers.leftOutByAppraisal(at.dossierId(), at.hopSeq());
		Set<Long> approved = approvedIds(input, pending);
		for (Long id : approved) {
			if (!pendingIds.contains(id) && leftOut.stream().noneMatch(n -> n.id() == id)) {
				throw support.notPending("approvedNominees", at.dossierId(), id);
			}
		}
		List<Nominee> putBack = leftOut.stream().filter(n -> approved.contains(n.id())).toList();
		putBack.forEach(n -> dossiers.reopenNominee(n.id()));
		if (approved.isEmpty()) {
			throw new ReviewInputException("approvedNominees", "error.review.none-approved");
		}
		List<Nominee> considered = new ArrayList<>(pending);
		considered.addAll(putBack);
		return considered;
	}

	/** Why a nominee left out is not proposed: the exclusion reason, else the comment, else nothing but the org. */
	private String exclusion(At at, Appraisal input) {
		String why = input.exclusionReason() != null ? input.exclusionReason() : input.comment();
		String org = support.orgName(at.hop().orgCode());
		return why == null ? record("record.review.not-proposed", org)
				: record("record.review.not-proposed-because", org, why);
	}

	private void event(At at, DossierEventType type, String text) {
		dossiers.addEvent(at.dossierId(), at.now(), at.hopSeq(), at.hop().orgCode(), at.task().actor(), type,
				at.task().taskKey(), at.task().taskId(), text);
	}

}
