package vn.tdkt.awards.review;

import java.time.LocalDateTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.nomination.DossierEventType;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.HopRole;
import vn.tdkt.awards.nomination.RouteHop;
import vn.tdkt.awards.registry.DecisionNumbers;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.workflow.LevelOutcome;

/** The hop leader's signature (BPMN level-review: user task {@code sign}, "Ký duyệt"). */
@Service
public class SignatureService {

	private final DossierLifecycle dossiers;

	private final DecisionNumbers decisionNumbers;

	private final AppClock clock;

	private final StepSupport support;

	SignatureService(DossierLifecycle dossiers, DecisionNumbers decisionNumbers, AppClock clock,
			StepSupport support) {
		this.dossiers = dossiers;
		this.decisionNumbers = decisionNumbers;
		this.clock = clock;
		this.support = support;
	}

	public record Signature(String outcome, String decisionNumber, String comment) {
	}

	/**
	 * {@code sign} completed: the deciding hop's leader signs the decision (a typed number must be free for the
	 * authority and year), any other hop's leader the submission upward; RETURN sends it back to the appraiser.
	 * Returns the hop's outcome, or null for RETURN.
	 */
	@Transactional
	public LevelOutcome recordSignature(String dossierId, int hopSeq, Signature input, TaskRef task) {
		SignatureOutcome outcome = StepSupport.choice(SignatureOutcome.class, input.outcome(), "outcome");
		dossiers.lock(dossierId);
		RouteHop hop = dossiers.hop(dossierId, hopSeq);
		LocalDateTime now = clock.localNow();
		if (outcome == SignatureOutcome.RETURN) {
			returned(dossierId, hop, input, task, now);
			return null;
		}
		LevelOutcome result = hop.role() == HopRole.DECIDE ? decisionSigned(dossierId, hop, input, task, now)
				: submissionSigned(dossierId, hop, input, task, now);
		dossiers.setSignOutcome(dossierId, hopSeq, SignatureOutcome.SIGN.name());
		dossiers.setHopOutcome(dossierId, hopSeq, result.name());
		return result;
	}

	private void returned(String dossierId, RouteHop hop, Signature input, TaskRef task, LocalDateTime now) {
		if (input.comment() == null) {
			throw new ReviewInputException("comment", "error.review.return-reason-required");
		}
		if (input.decisionNumber() != null) {
			throw new ReviewInputException("decisionNumber", "error.review.number-only-when-signing");
		}
		dossiers.addEvent(dossierId, now, hop.seq(), hop.orgCode(), task.actor(), DossierEventType.SIGN_RETURNED,
				task.taskKey(), task.taskId(), input.comment());
		dossiers.setSignOutcome(dossierId, hop.seq(), SignatureOutcome.RETURN.name());
	}

	/** The deciding leader signs; a number typed must be free for the authority and year (reserved here). */
	private LevelOutcome decisionSigned(String dossierId, RouteHop hop, Signature input, TaskRef task,
			LocalDateTime now) {
		if (input.decisionNumber() != null && !decisionNumbers.reserve(hop.orgCode(), now.getYear(),
				input.decisionNumber(), dossierId, task.actor(), now)) {
			throw new ReviewInputException("decisionNumber", "error.review.number-taken", input.decisionNumber(),
					support.orgName(hop.orgCode()), now.getYear());
		}
		dossiers.addEvent(dossierId, now, hop.seq(), hop.orgCode(), task.actor(), DossierEventType.DECISION_SIGNED,
				task.taskKey(), task.taskId(), input.comment());
		return LevelOutcome.DECIDED;
	}

	/** A forwarding hop's leader signs the submission upward; a decision number has no place there. */
	private LevelOutcome submissionSigned(String dossierId, RouteHop hop, Signature input, TaskRef task,
			LocalDateTime now) {
		if (input.decisionNumber() != null) {
			throw new ReviewInputException("decisionNumber", "error.review.number-only-deciding",
					support.orgName(hop.orgCode()));
		}
		dossiers.addEvent(dossierId, now, hop.seq(), hop.orgCode(), task.actor(), DossierEventType.SUBMISSION_SIGNED,
				task.taskKey(), task.taskId(), input.comment());
		return LevelOutcome.FORWARDED;
	}

}
