package vn.tdkt.awards.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.HopState;
import vn.tdkt.awards.org.OrgRole;
import vn.tdkt.awards.workflow.ProcessDossier;

/**
 * {@code ${route...}} in the BPMN: everything a gateway or a task's candidate groups need, read from our tables for
 * the dossier of the instance (its business key) at its current hop. No routing value lives in a process variable,
 * so nothing a completion sends can steer the dossier.
 */
@Component("route")
public class LevelRoute {

	private final DossierLifecycle dossiers;

	public LevelRoute(DossierLifecycle dossiers) {
		this.dossiers = dossiers;
	}

	/** Candidate group of {@code appraise} and {@code verifyObjection}: the hop's appraisers. */
	public String appraisers(DelegateExecution execution) {
		return group(execution, OrgRole.APPRAISER);
	}

	/** Candidate group of {@code councilVote}: the hop's council secretaries. */
	public String secretaries(DelegateExecution execution) {
		return group(execution, OrgRole.SECRETARY);
	}

	/** Candidate group of {@code sign}: the hop's leaders. */
	public String leaders(DelegateExecution execution) {
		return group(execution, OrgRole.LEADER);
	}

	/** APPROVE, RETURN or REJECT: the appraisal just recorded at the hop. */
	public String appraisal(DelegateExecution execution) {
		return state(execution).appraisalOutcome();
	}

	/** SIGN or RETURN: the signature step just recorded at the hop. */
	public String signature(DelegateExecution execution) {
		return state(execution).signOutcome();
	}

	public boolean postingRequired(DelegateExecution execution) {
		return Boolean.TRUE.equals(state(execution).postingRequired());
	}

	public boolean councilRequired(DelegateExecution execution) {
		return Boolean.TRUE.equals(state(execution).councilRequired());
	}

	/** Nominees still proposed (0 ends the hop as REJECTED). */
	public int nomineesRemaining(DelegateExecution execution) {
		return dossiers.pendingCount(ProcessDossier.id(execution));
	}

	/** How the review at the current hop ended: FORWARDED, DECIDED, REJECTED, EXPIRED. */
	public String levelOutcome(DelegateExecution execution) {
		return state(execution).outcome();
	}

	private String group(DelegateExecution execution, OrgRole role) {
		String dossierId = ProcessDossier.id(execution);
		return role.groupId(dossiers.hop(dossierId, dossiers.require(dossierId).currentHop()).orgCode());
	}

	private HopState state(DelegateExecution execution) {
		String dossierId = ProcessDossier.id(execution);
		return dossiers.hopState(dossierId, dossiers.require(dossierId).currentHop());
	}

}
