package vn.tdkt.awards.nomination;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.identity.AppUser;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.Texts;
import vn.tdkt.awards.workflow.DossierWorkflow;

/**
 * The nominator's answer to a RETURN (BPMN level-review: "Hồ sơ đã bổ sung"): a comment, corrected nominees or a
 * document added since the return; the dossier then goes back to the appraiser who returned it.
 */
@Service
public class SupplementService {

	private final DossierRepository dossiers;

	private final NomineeRepository nomineeRows;

	private final Timeline timeline;

	private final DossierWorkflow workflow;

	private final AppClock clock;

	SupplementService(DossierRepository dossiers, NomineeRepository nomineeRows, Timeline timeline,
			DossierWorkflow workflow, AppClock clock) {
		this.nomineeRows = nomineeRows;
		this.timeline = timeline;
		this.dossiers = dossiers;
		this.workflow = workflow;
		this.clock = clock;
	}

	/** A correction of a nominee still under review, sent with a supplement; null fields stay as they are. */
	public record NomineeChange(Long id, String name, String position, String orgName, String achievements) {
	}

	/** The nominator answers a RETURN: the dossier goes back to the appraiser who returned it. */
	@Transactional
	public void supplement(String dossierId, String comment, AppUser user) {
		supplement(dossierId, comment, List.of(), user);
	}

	/** The nominator answers a RETURN, correcting nominees; documents are added beforehand. */
	@Transactional
	public void supplement(String dossierId, String submittedComment, List<NomineeChange> changes, AppUser user) {
		String comment = Texts.lines("comment", submittedComment, DossierService.TEXT_LENGTH);
		Dossier dossier = dossiers.lock(dossierId);
		if (dossier.status() != DossierStatus.RETURNED) {
			throw new DossierStateException("error.nomination.not-returned", dossierId, dossier.status().name());
		}
		var pendingNominees = nomineeRows.pendingNominees(dossierId);
		var pending = pendingNominees.stream().map(Nominee::id).toList();
		if (comment == null && changes.stream().noneMatch(c -> changes(c, pendingNominees))
				&& !documentAddedSinceReturn(dossierId)) {
			throw new InvalidDossierException("comment", "error.nomination.supplement-empty");
		}
		for (int i = 0; i < changes.size(); i++) {
			NomineeChange change = changes.get(i);
			if (change.id() == null || !pending.contains(change.id())) {
				throw new InvalidDossierException("nominees[%d].id".formatted(i), "error.nomination.not-pending-nominee",
						change.id(), dossierId);
			}
			String field = "nominees[%d]".formatted(i);
			String name = Texts.line(field + ".name", change.name(), DossierService.NAME_LENGTH);
			if (change.name() != null && name == null) {
				throw new InvalidDossierException(field + ".name", "error.nomination.name-blank");
			}
			nomineeRows.updateNominee(change.id(), name, Texts.line(field + ".position", change.position(), DossierService.NAME_LENGTH),
					Texts.line(field + ".orgName", change.orgName(), DossierService.NAME_LENGTH),
					Texts.lines(field + ".achievements", change.achievements(), DossierService.TEXT_LENGTH));
		}
		timeline.addEvent(dossierId, clock.localNow(), dossier.currentHop(), dossier.submittingOrg(), user.id(),
				DossierEventType.SUPPLEMENTED, null, null, comment);
		workflow.supplement(dossierId);
	}

	/** Whether a correction changes anything of the nominee it names. */
	private static boolean changes(NomineeChange change, List<Nominee> pending) {
		return pending.stream()
			.filter(n -> change.id() != null && n.id() == change.id())
			.anyMatch(n -> differs(change.name(), n.name()) || differs(change.position(), n.position())
					|| differs(change.orgName(), n.orgName()) || differs(change.achievements(), n.achievements()));
	}

	private static boolean differs(String submitted, String current) {
		if (submitted == null) {
			return false;
		}
		String now = current == null ? "" : current.strip();
		return !submitted.strip().equals(now);
	}

	/** A document uploaded after the dossier's last return: a supplement may consist of that alone. */
	private boolean documentAddedSinceReturn(String dossierId) {
		var events = timeline.events(dossierId);
		int returned = -1;
		for (int i = 0; i < events.size(); i++) {
			if (events.get(i).action() == DossierEventType.RETURNED) {
				returned = i;
			}
		}
		return events.subList(returned + 1, events.size())
			.stream()
			.anyMatch(e -> e.action() == DossierEventType.DOCUMENT_ADDED);
	}

}
