package vn.tdkt.awards.nomination;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import vn.tdkt.awards.award.AwardType;
import vn.tdkt.awards.award.AwardTypeRepository;
import vn.tdkt.awards.award.SubjectType;
import vn.tdkt.awards.identity.AppUser;
import vn.tdkt.awards.legal.IntakeDeadlines.IntakeDeadline;
import vn.tdkt.awards.legal.IntakeDeadlines;
import vn.tdkt.awards.movement.MovementRepository;
import vn.tdkt.awards.nomination.SubmitDossier.NewNominee;
import vn.tdkt.awards.org.OrgLevel;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.IdempotencyConflictException;
import vn.tdkt.awards.system.Texts;
import vn.tdkt.awards.system.UserTexts;
import vn.tdkt.awards.system.WebConfiguration;
import vn.tdkt.awards.workflow.DossierWorkflow;

/**
 * What nominators do with dossiers: submit, supplement, withdraw; and the dossier-wide steps of the main process
 * (register, forward, close). Every action runs in one transaction with the engine, so a refused request leaves
 * nothing behind.
 */
@Service
public class DossierService {

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

	static final int MAX_NOMINEES = 500;

	private final DossierRepository dossiers;

	private final AwardTypeRepository awardTypes;

	private final OrgRepository orgs;

	private final MovementRepository movements;

	private final RoutePlanner routePlanner;

	private final DossierWorkflow workflow;

	private final AppClock clock;

	private final ApplicationEventPublisher events;

	private final IntakeDeadlines intakeDeadlines;

	private final RequiredDocuments requiredDocuments;

	public DossierService(DossierRepository dossiers, AwardTypeRepository awardTypes, OrgRepository orgs,
			MovementRepository movements, RoutePlanner routePlanner, DossierWorkflow workflow, AppClock clock,
			ApplicationEventPublisher events, IntakeDeadlines intakeDeadlines, RequiredDocuments requiredDocuments) {
		this.requiredDocuments = requiredDocuments;
		this.events = events;
		this.intakeDeadlines = intakeDeadlines;
		this.dossiers = dossiers;
		this.awardTypes = awardTypes;
		this.orgs = orgs;
		this.movements = movements;
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
		withinIntakeDeadlines(awardType, dossier.year());
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
		SubmitDossier command = clean(submitted);
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
		AwardType awardType = validate(command);
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
				command.idempotencyKey(), command.idempotencyKey() == null ? null : fingerprint(command));
		int seq = 1;
		for (NewNominee n : command.nominees()) {
			dossiers.insertNominee(id, seq++, n.subjectType(), n.name(), n.position(), n.orgName(), n.achievements(),
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
		SubmitDossier command = clean(submitted);
		if (command.idempotencyKey() == null) {
			return java.util.Optional.empty();
		}
		var existing = dossiers.findByIdempotencyKey(command.submittingOrg(), command.idempotencyKey());
		if (existing.isPresent() && existing.get().fingerprint() != null
				&& !existing.get().fingerprint().equals(fingerprint(command))) {
			throw new IdempotencyConflictException(command.idempotencyKey(), existing.get().id());
		}
		return existing.map(DossierRepository.Idempotent::id);
	}

	/** What a submit asks for, as one digest (the key itself excluded): equal requests, equal fingerprints. */
	static String fingerprint(SubmitDossier command) {
		StringBuilder text = new StringBuilder();
		java.util.function.Consumer<Object> add = v -> text.append(v == null ? "\u0000" : v.toString()).append('\u001f');
		add.accept(command.submittingOrg());
		add.accept(command.awardType());
		add.accept(command.movement());
		add.accept(command.kind());
		add.accept(command.year());
		add.accept(command.title());
		for (NewNominee n : command.nominees()) {
			add.accept(n.subjectType());
			add.accept(n.name());
			add.accept(n.position());
			add.accept(n.orgName());
			add.accept(n.achievements());
			add.accept(n.idNumber());
			add.accept(n.birthDate());
			if (n.gender() != null) {
				// only when given: a key's fingerprint from before genders existed stays the same
				add.accept(n.gender());
			}
		}
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Text as it enters: NFC, no invisible or control characters, within its column (Texts); blanks as null. */
	static SubmitDossier clean(SubmitDossier c) {
		List<NewNominee> nominees = c.nominees() == null ? null : new java.util.ArrayList<>();
		if (c.nominees() != null) {
			for (int i = 0; i < c.nominees().size(); i++) {
				NewNominee n = c.nominees().get(i);
				String field = "nominees[%d]".formatted(i);
				nominees.add(n == null ? null : new NewNominee(n.subjectType(), Texts.line(field + ".name", n.name(), NAME_LENGTH),
						Texts.line(field + ".position", n.position(), NAME_LENGTH),
						Texts.line(field + ".orgName", n.orgName(), NAME_LENGTH),
						Texts.lines(field + ".achievements", n.achievements(), TEXT_LENGTH),
						Texts.line(field + ".idNumber", n.idNumber(), 20), n.birthDate(), n.gender()));
			}
		}
		return new SubmitDossier(Texts.line("submittingOrg", c.submittingOrg(), 40), Texts.line("awardType", c.awardType(), 20),
				Texts.line("movement", c.movement(), 40), c.kind(), c.year(), Texts.line("title", c.title(), TITLE_LENGTH),
				nominees, Texts.line("idempotencyKey", c.idempotencyKey(), 100));
	}

	/**
	 * The process's first step: computes and records the route and opens the timeline. Returns the first hop that
	 * reviews.
	 */
	@Transactional
	public int register(String dossierId) {
		Dossier dossier = dossiers.lock(dossierId);
		AwardType awardType = awardTypes.find(dossier.awardType()).orElseThrow();
		List<RouteHop> route = routePlanner.plan(dossier.submittingOrg(), awardType, dossier.submittedAt().toLocalDate());
		dossiers.insertRoute(dossierId, route);
		int first = route.stream().filter(RouteHop::reviews).findFirst().orElseThrow().seq();
		dossiers.setCurrentHop(dossierId, first);
		dossiers.addEvent(dossierId, clock.localNow(), 0, dossier.submittingOrg(), dossier.submittedBy(),
				DossierEventType.SUBMITTED, null, null, dossier.title());
		events.publishEvent(new DossierMilestone(dossierId, DossierMilestone.Milestone.RECEIVED, first));
		return first;
	}

	/** Moves the dossier from its hop, whose leader signed the submission, to the next hop; returns that hop. */
	@Transactional
	public int forward(String dossierId) {
		int fromHop = dossiers.lock(dossierId).currentHop();
		RouteHop next = dossiers.hop(dossierId, fromHop + 1);
		dossiers.setCurrentHop(dossierId, next.seq());
		dossiers.addEvent(dossierId, clock.localNow(), fromHop, dossiers.hop(dossierId, fromHop).orgCode(),
				Actors.SYSTEM, DossierEventType.FORWARDED, null, null, next.orgCode());
		events.publishEvent(new DossierMilestone(dossierId, DossierMilestone.Milestone.FORWARDED, next.seq()));
		return next.seq();
	}

	/** Closes a dossier no level proposed further: every nominee still pending is not awarded. */
	@Transactional
	public void closeRejected(String dossierId) {
		close(dossierId, DossierStatus.REJECTED, DossierEventType.CLOSED_REJECTED,
				recorded("page.nomination.reason.closed-rejected"));
		events.publishEvent(new DossierMilestone(dossierId, DossierMilestone.Milestone.REJECTED,
				dossiers.require(dossierId).currentHop()));
	}

	/** Closes a dossier not supplemented in time. */
	@Transactional
	public void expire(String dossierId) {
		close(dossierId, DossierStatus.EXPIRED, DossierEventType.EXPIRED, recorded("page.nomination.reason.expired"));
		events.publishEvent(new DossierMilestone(dossierId, DossierMilestone.Milestone.EXPIRED,
				dossiers.require(dossierId).currentHop()));
	}

	/** Closes a withdrawn dossier (called by the process after the withdrawal message). */
	@Transactional
	public void markWithdrawn(String dossierId) {
		close(dossierId, DossierStatus.WITHDRAWN, DossierEventType.WITHDRAWN, recorded("page.nomination.reason.withdrawn"));
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
		String comment = Texts.lines("comment", submittedComment, TEXT_LENGTH);
		Dossier dossier = dossiers.lock(dossierId);
		if (dossier.status() != DossierStatus.RETURNED) {
			throw new DossierStateException("error.nomination.not-returned", dossierId, dossier.status().name());
		}
		var pendingNominees = dossiers.pendingNominees(dossierId);
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
			String name = Texts.line(field + ".name", change.name(), NAME_LENGTH);
			if (change.name() != null && name == null) {
				throw new InvalidDossierException(field + ".name", "error.nomination.name-blank");
			}
			dossiers.updateNominee(change.id(), name, Texts.line(field + ".position", change.position(), NAME_LENGTH),
					Texts.line(field + ".orgName", change.orgName(), NAME_LENGTH),
					Texts.lines(field + ".achievements", change.achievements(), TEXT_LENGTH));
		}
		dossiers.addEvent(dossierId, clock.localNow(), dossier.currentHop(), dossier.submittingOrg(), user.id(),
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
		var events = dossiers.events(dossierId);
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

	/** The nominator withdraws the dossier: allowed until the deciding leader has signed the decision. */
	@Transactional
	public void withdraw(String dossierId, String submittedReason, AppUser user) {
		String reason = Texts.lines("reason", submittedReason, TEXT_LENGTH);
		Dossier dossier = dossiers.lock(dossierId);
		if (dossier.status().isFinal() || dossiers.lastEvent(dossierId, DossierEventType.DECISION_SIGNED).isPresent()) {
			throw new DossierStateException("error.nomination.cannot-withdraw", dossierId, dossier.status().name());
		}
		dossiers.addEvent(dossierId, clock.localNow(), dossier.currentHop(), dossier.submittingOrg(), user.id(),
				DossierEventType.WITHDRAWN, null, null, reason);
		if (dossier.status() == DossierStatus.DRAFT) {
			// no process to end: the draft is closed here
			markWithdrawn(dossierId);
			return;
		}
		workflow.withdraw(dossierId);
	}

	/** A text recorded with the dossier (a nominee's reason, a timeline entry): Vietnamese, whoever reads it. */
	private static String recorded(String key, Object... args) {
		return UserTexts.text(WebConfiguration.VIETNAMESE, key, args);
	}

	private void close(String dossierId, DossierStatus status, DossierEventType event, String reason) {
		Dossier dossier = dossiers.lock(dossierId);
		LocalDateTime now = clock.localNow();
		for (Nominee nominee : dossiers.pendingNominees(dossierId)) {
			dossiers.closeNominee(nominee.id(), NomineeStatus.NOT_AWARDED, reason, dossier.currentHop());
		}
		dossiers.updateStatus(dossierId, status, now);
		if (event != DossierEventType.WITHDRAWN) {
			RouteHop hop = dossiers.hop(dossierId, dossier.currentHop());
			dossiers.addEvent(dossierId, now, hop.seq(), hop.orgCode(), Actors.SYSTEM, event, null, null, reason);
		}
	}

	/** Refuses a dossier that comes after the last day the law gives its award type (CSTĐ toàn quốc: 31/12 of Y+1). */
	private void withinIntakeDeadlines(AwardType awardType, int year) {
		LocalDate today = clock.today();
		for (IntakeDeadline deadline : intakeDeadlines.inForce(awardType.code(), today)) {
			LocalDate lastDay = deadline.lastDayFor(year);
			if (today.isAfter(lastDay)) {
				Locale locale = UserTexts.currentLocale();
				throw new InvalidDossierException("year", "error.nomination.intake-deadline-passed",
						awardType.name(locale), year, OrgLevel.valueOf(deadline.orgLevel()).receiver(locale),
						lastDay.format(DAY), deadline.legalBasis());
			}
		}
	}

	private AwardType validate(SubmitDossier command) {
		AwardType awardType = command.awardType() == null ? null : awardTypes.find(command.awardType()).orElse(null);
		if (awardType == null) {
			throw new InvalidDossierException("awardType", "error.nomination.unknown-award-type", command.awardType());
		}
		if (StringUtils.hasText(command.movement()) && movements.find(command.movement()).isEmpty()) {
			throw new InvalidDossierException("movement", "error.nomination.unknown-movement", command.movement());
		}
		var movement = StringUtils.hasText(command.movement()) ? movements.find(command.movement()) : java.util.Optional.<vn.tdkt.awards.movement.Movement>empty();
		if (movement.isPresent() && command.year() != null && !movement.get().covers(command.year())) {
			throw new InvalidDossierException("year", "error.nomination.year-outside-movement", command.year(),
					movement.get().name(), movement.get().periodFrom(), movement.get().periodTo());
		}
		if (command.kind() == null) {
			throw new InvalidDossierException("kind", "error.nomination.kind-missing");
		}
		if (command.kind() == CommendationKind.PHONG_TRAO && !StringUtils.hasText(command.movement())) {
			throw new InvalidDossierException("movement", "error.nomination.movement-required");
		}
		int thisYear = clock.today().getYear();
		if (command.year() == null || command.year() < 1945 || command.year() > thisYear + 1) {
			throw new InvalidDossierException("year", "error.nomination.invalid-year", command.year());
		}
		withinIntakeDeadlines(awardType, command.year());
		if (!StringUtils.hasText(command.title())) {
			throw new InvalidDossierException("title", "error.nomination.title-missing");
		}
		if (command.nominees() == null || command.nominees().isEmpty()) {
			throw new InvalidDossierException("nominees", "error.nomination.no-nominees");
		}
		if (command.nominees().size() > MAX_NOMINEES) {
			throw new InvalidDossierException("nominees", "error.nomination.too-many-nominees", MAX_NOMINEES);
		}
		for (int i = 0; i < command.nominees().size(); i++) {
			NewNominee n = command.nominees().get(i);
			String field = "nominees[%d]".formatted(i);
			if (n == null || n.subjectType() == null) {
				throw new InvalidDossierException(field + ".subjectType", "error.nomination.subject-type-missing");
			}
			if (!awardType.allows(n.subjectType())) {
				Locale locale = UserTexts.currentLocale();
				throw new InvalidDossierException(field + ".subjectType", "error.nomination.subject-not-allowed",
						awardType.name(locale), n.subjectType().label(locale));
			}
			if (!StringUtils.hasText(n.name())) {
				throw new InvalidDossierException(field + ".name", "error.nomination.nominee-name-missing");
			}
			if (StringUtils.hasText(n.idNumber()) && !n.idNumber().trim().matches("\\d{9}|\\d{12}")) {
				throw new InvalidDossierException(field + ".idNumber", "error.nomination.id-number-invalid", n.idNumber());
			}
			if (n.gender() != null && n.subjectType() != SubjectType.CA_NHAN) {
				throw new InvalidDossierException(field + ".gender", "error.nomination.gender-individuals-only");
			}
			if (n.birthDate() != null && !n.birthDate().isBefore(clock.today())) {
				throw new InvalidDossierException(field + ".birthDate", "error.nomination.birth-date-future");
			}
		}
		return awardType;
	}

	static final int TITLE_LENGTH = 500;

	static final int NAME_LENGTH = 255;

	static final int TEXT_LENGTH = 4000;

	private static String blankToNull(String value) {
		return StringUtils.hasText(value) ? value.trim() : null;
	}

}
