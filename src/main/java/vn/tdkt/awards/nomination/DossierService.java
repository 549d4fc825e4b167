package vn.tdkt.awards.nomination;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.award.AwardType;
import vn.tdkt.awards.award.AwardTypeRepository;
import vn.tdkt.awards.identity.AppUser;
import vn.tdkt.awards.nomination.SubmitDossier.NewNominee;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.IdempotencyConflictException;
import vn.tdkt.awards.system.Texts;
import vn.tdkt.awards.system.UserTexts;
import vn.tdkt.awards.workflow.DossierWorkflow;

/**
 * What nominators do with dossiers: submit, supplement, withdraw (the main process's own steps are
 * {@link DossierSteps}, the checks of a submission {@link SubmissionChecks}). Every action runs in one transaction with the engine, so a refused request leaves
 * nothing behind.
 */
@Service
public class DossierService {

	static final int MAX_NOMINEES = 500;

	private final DossierRepository dossiers;

	private final NomineeRepository nomineeRows;

	private final Timeline timeline;

	private final AwardTypeRepository awardTypes;

	private final OrgRepository orgs;

	private final RoutePlanner routePlanner;

	private final DossierWorkflow workflow;

	private final AppClock clock;

	private final RequiredDocuments requiredDocuments;

	private final SubmissionChecks checks;

	private final DossierSteps steps;

	public DossierService(DossierRepository dossiers, NomineeRepository nomineeRows, Timeline timeline,
			AwardTypeRepository awardTypes, OrgRepository orgs, RoutePlanner routePlanner, DossierWorkflow workflow,
			AppClock clock, RequiredDocuments requiredDocuments, SubmissionChecks checks, DossierSteps steps) {
		this.nomineeRows = nomineeRows;
		this.timeline = timeline;
		this.steps = steps;
		this.requiredDocuments = requiredDocuments;
		this.checks = checks;
		this.dossiers = dossiers;
		this.awardTypes = awardTypes;
		this.orgs = orgs;
		this.routePlanner = routePlanner;
		this.workflow = workflow;
		this.clock = clock;
	}

	/**
	 * Submits a dossier and starts its process; returns the dossier id (the existing one for a repeated key). An award
	 * type that asks for documents (Law art. 84) cannot be submitted this way: save a draft, attach them, then
	 * {@link #submitDraft}.
	 */
	@Transactional
	public String submit(SubmitDossier submitted, AppUser user) {
		return open(submitted, user, false);
	}

	/** Saves a dossier as a draft (no process yet): documents are attached to it, then it is submitted. */
	@Transactional
	public String saveDraft(SubmitDossier submitted, AppUser user) {
		return open(submitted, user, true);
	}

	/** Submits a draft once it holds the documents its award type asks for, and starts its process. */
	@Transactional
	public void submitDraft(String dossierId, AppUser user) {
		Dossier dossier = dossiers.lock(dossierId);
		if (dossier.status() != DossierStatus.DRAFT) {
			throw new DossierStateException("error.nomination.not-a-draft", dossierId);
		}
		if (!DossierScope.of(user).canSubmitFor(dossier.submittingOrg())) {
			throw new org.springframework.security.access.AccessDeniedException(
					UserTexts.text("error.nomination.not-nominator-of-org", user.id(), dossier.submittingOrg()));
		}
		routePlanner.submitterOn(dossier.submittingOrg(), clock.today());
		AwardType awardType = awardTypes.find(dossier.awardType()).orElseThrow();
		checks.withinIntakeDeadlines(awardType, dossier.year());
		// the map may have changed since the draft was saved
		routePlanner.plan(dossier.submittingOrg(), awardType, clock.today());
		var missing = requiredDocuments.missing(dossierId, awardType.code(), dossier.kind(), clock.today());
		if (!missing.isEmpty()) {
			throw new InvalidDossierException("documents", "error.nomination.documents-missing",
					awardType.name(UserTexts.currentLocale()), documentNames(missing));
		}
		dossiers.markSubmitted(dossierId, user.id(), clock.localNow());
		dossiers.setProcessInstance(dossierId, workflow.start(dossierId));
	}

	/** "Báo cáo thành tích, Biên bản bình xét thi đua", in the reader's language. */
	private static String documentNames(List<RequiredDocuments.Requirement> requirements) {
		return String.join(", ", requirements.stream()
			.map(r -> UserTexts.text("label.documenttype." + r.documentType()))
			.toList());
	}

	private String open(SubmitDossier submitted, AppUser user, boolean draft) {
		SubmitDossier command = submitted.cleaned();
		if (command.submittingOrg() == null || orgs.find(command.submittingOrg()).isEmpty()) {
			throw new InvalidDossierException("submittingOrg", "error.nomination.unknown-org", command.submittingOrg());
		}
		if (!DossierScope.of(user).canSubmitFor(command.submittingOrg())) {
			throw new org.springframework.security.access.AccessDeniedException(
					UserTexts.text("error.nomination.not-nominator-of-org", user.id(), command.submittingOrg()));
		}
		routePlanner.submitterOn(command.submittingOrg(), clock.today());
		if (command.idempotencyKey() != null) {
			var existing = repeated(command);
			if (existing.isPresent()) {
				return existing.get();
			}
		}
		AwardType awardType = checks.validate(command);
		LocalDateTime now = clock.localNow();
		// a dossier no level on its way up may decide is refused here, not left to fail in the process's first step
		routePlanner.plan(command.submittingOrg(), awardType, now.toLocalDate());
		var required = requiredDocuments.required(awardType.code(), command.kind().name(), now.toLocalDate());
		if (!draft && !required.isEmpty()) {
			throw new InvalidDossierException("documents", "error.nomination.documents-required-first",
					awardType.name(UserTexts.currentLocale()), documentNames(required));
		}
		String id = dossiers.nextId(command.year());
		dossiers.insert(new Dossier(id, command.year(), awardType.code(), command.movement(), command.kind().name(),
				command.title(), command.submittingOrg(), 0, draft ? DossierStatus.DRAFT : DossierStatus.SUBMITTED,
				user.id(), now, null, null, null),
				command.idempotencyKey(), command.idempotencyKey() == null ? null : command.fingerprint());
		int seq = 1;
		for (NewNominee n : command.nominees()) {
			nomineeRows.insertNominee(id, seq++, n.subjectType(), n.name(), n.position(), n.orgName(), n.achievements(),
					n.idNumber(), n.birthDate(), n.gender());
		}
		if (!draft) {
			dossiers.setProcessInstance(id, workflow.start(id));
		}
		return id;
	}

	/**
	 * The dossier an earlier submit with the same Idempotency-Key made, if any; a key reused with another content is
	 * refused ({@link IdempotencyConflictException}), not answered with the first dossier.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<String> repeated(SubmitDossier submitted) {
		SubmitDossier command = submitted.cleaned();
		if (command.idempotencyKey() == null) {
			return java.util.Optional.empty();
		}
		var existing = dossiers.findByIdempotencyKey(command.submittingOrg(), command.idempotencyKey());
		if (existing.isPresent() && existing.get().fingerprint() != null
				&& !existing.get().fingerprint().equals(command.fingerprint())) {
			throw new IdempotencyConflictException(command.idempotencyKey(), existing.get().id());
		}
		return existing.map(DossierRepository.Idempotent::id);
	}

	/** The nominator withdraws the dossier: allowed until the deciding leader has signed the decision. */
	@Transactional
	public void withdraw(String dossierId, String submittedReason, AppUser user) {
		String reason = Texts.lines("reason", submittedReason, TEXT_LENGTH);
		Dossier dossier = dossiers.lock(dossierId);
		if (dossier.status().isFinal() || timeline.lastEvent(dossierId, DossierEventType.DECISION_SIGNED).isPresent()) {
			throw new DossierStateException("error.nomination.cannot-withdraw", dossierId, dossier.status().name());
		}
		timeline.addEvent(dossierId, clock.localNow(), dossier.currentHop(), dossier.submittingOrg(), user.id(),
				DossierEventType.WITHDRAWN, null, null, reason);
		if (dossier.status() == DossierStatus.DRAFT) {
			// no process to end: the draft is closed here
			steps.markWithdrawn(dossierId);
			return;
		}
		workflow.withdraw(dossierId);
	}

	static final int TITLE_LENGTH = 500;

	static final int NAME_LENGTH = 255;

	static final int TEXT_LENGTH = 4000;

}
