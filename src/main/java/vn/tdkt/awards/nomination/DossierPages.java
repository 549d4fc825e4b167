package vn.tdkt.awards.nomination;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tdkt.awards.award.AwardTypeRepository;
import vn.tdkt.awards.identity.AppUser;
import vn.tdkt.awards.movement.MovementRepository;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.FileTooLargeException;
import vn.tdkt.awards.system.InvalidInputException;
import vn.tdkt.awards.system.UnsupportedContentException;
import vn.tdkt.awards.system.UserTexts;

/**
 * Nominators' pages: their dossiers, a dossier's detail with its route, verdicts, timeline and decision, a draft's
 * submission, documents, and the supplement and withdraw actions (a new dossier: {@link DossierFormPages}). Reviewers reach the same
 * detail page, read-only. The same services as the API do the work.
 */
@Controller
@RequestMapping("/dossiers")
class DossierPages {

	private final DossierQueries queries;

	private final DossierReader reader;

	private final DossierService dossiers;

	private final SupplementService supplements;

	private final DossierAccess access;

	private final DossierDocuments documents;

	private final AwardTypeRepository awardTypes;

	private final MovementRepository movements;

	private final AppClock clock;

	private final Timeline timeline;

	private final RequiredDocuments requiredDocuments;

	private final NominatorOrgs nominatorOrgs;

	private final vn.tdkt.awards.identity.PersonNames personNames;

	private final vn.tdkt.awards.workflow.DossierDeadlines deadlines;

	DossierPages(DossierQueries queries, DossierReader reader, DossierService dossiers, SupplementService supplements,
			DossierAccess access, DossierDocuments documents, AwardTypeRepository awardTypes,
			MovementRepository movements, AppClock clock, Timeline timeline,
			RequiredDocuments requiredDocuments, NominatorOrgs nominatorOrgs,
			vn.tdkt.awards.identity.PersonNames personNames, vn.tdkt.awards.workflow.DossierDeadlines deadlines) {
		this.queries = queries;
		this.reader = reader;
		this.dossiers = dossiers;
		this.supplements = supplements;
		this.access = access;
		this.documents = documents;
		this.awardTypes = awardTypes;
		this.movements = movements;
		this.clock = clock;
		this.timeline = timeline;
		this.requiredDocuments = requiredDocuments;
		this.nominatorOrgs = nominatorOrgs;
		this.personNames = personNames;
		this.deadlines = deadlines;
	}

	@GetMapping
	String list(@AuthenticationPrincipal AppUser user, @RequestParam(required = false) DossierStatus status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var result = queries.list(new DossierFilter(status, null, null, null, null, Math.max(page, 0), 50),
				DossierScope.of(user));
		Map<String, List<RouteHop>> routes = result.items()
			.stream()
			.collect(Collectors.toMap(DossierSummary::id, d -> reader.route(d.id())));
		model.addAttribute("dossiers", result.items());
		model.addAttribute("total", result.total());
		model.addAttribute("routes", routes);
		model.addAttribute("status", status);
		model.addAttribute("statuses", DossierStatus.values());
		model.addAttribute("awardTypeNames", awardTypeNames());
		model.addAttribute("canSubmit", !nominatorOrgs.of(user).isEmpty());
		return "dossiers/list";
	}

	/** A draft submitted from its page, once it holds the documents its award type asks for. */
	@PostMapping("/{id}/submit")
	String submitDraft(@AuthenticationPrincipal AppUser user, @PathVariable String id, RedirectAttributes redirect) {
		access.changeable(id, user);
		try {
			dossiers.submitDraft(id, user);
			redirect.addFlashAttribute("notice", UserTexts.text("page.nomination.submitted", id));
		}
		catch (DossierStateException | InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.getLocalizedMessage());
		}
		return "redirect:/dossiers/" + id;
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal AppUser user, @PathVariable String id, Model model) {
		DossierView view = reader.read(id, DossierScope.of(user));
		boolean nominator = DossierScope.of(user).canSubmitFor(view.submittingOrg());
		model.addAttribute("d", view);
		model.addAttribute("canChange", nominator && !view.status().isFinal());
		model.addAttribute("canSupplement", nominator && view.status() == DossierStatus.RETURNED);
		// why it came back: the last return, shown above the supplement form
		view.timeline()
			.stream()
			.filter(t -> t.action() == DossierEventType.RETURNED)
			.reduce((first, second) -> second)
			.ifPresent(t -> model.addAttribute("returned", t));
		model.addAttribute("canAddDocuments", !view.status().isFinal() && canAddDocuments(id, user));
		model.addAttribute("docTypes", DocumentType.values());
		model.addAttribute("actorNames", personNames.of(java.util.stream.Stream.concat(
				view.timeline().stream().map(t -> t.actor()), view.documents().stream().map(doc -> doc.uploadedBy()))
			.toList()));
		model.addAttribute("posting", timeline.openPosting(id).orElse(null));
		model.addAttribute("movementName", view.movement() == null ? null
				: movements.find(view.movement()).map(m -> m.name()).orElse(view.movement()));
		model.addAttribute("deadline", deadlines.current(id).orElse(null));
		if (view.status() == DossierStatus.DRAFT) {
			// the draft's checklist: what its award type asks for, and whether it is attached
			var held = view.documents().stream().map(doc -> doc.type().name()).collect(Collectors.toSet());
			model.addAttribute("requirements", requiredDocuments.required(view.awardType(), view.kind(), clock.today())
				.stream()
				.map(r -> new RequirementRow(UserTexts.text("label.documenttype." + r.documentType()), r.legalBasis(),
						held.contains(r.documentType())))
				.toList());
			model.addAttribute("canSubmitDraft", nominator);
		}
		return "dossiers/detail";
	}

	@PostMapping("/{id}/documents")
	String upload(@AuthenticationPrincipal AppUser user, @PathVariable String id, @RequestParam DocumentType type,
			@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
		try {
			documents.upload(id, type, file.getOriginalFilename(), file.getBytes(), user);
		}
		catch (DossierStateException | UnsupportedContentException | FileTooLargeException | InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.getLocalizedMessage());
		}
		return "redirect:/dossiers/" + id;
	}

	/** The supplement form: a comment and the corrected fields of the nominees still under review, row by row. */
	@PostMapping("/{id}/supplement")
	String supplement(@AuthenticationPrincipal AppUser user, @PathVariable String id,
			@RequestParam(required = false) String comment,
			@RequestParam(name = "nomineeId", required = false) List<Long> ids,
			@RequestParam(name = "nomineeName", required = false) List<String> names,
			@RequestParam(name = "nomineePosition", required = false) List<String> positions,
			@RequestParam(name = "nomineeOrg", required = false) List<String> orgNames,
			@RequestParam(name = "nomineeAchievements", required = false) List<String> achievements,
			RedirectAttributes redirect) {
		access.changeable(id, user);
		try {
			List<SupplementService.NomineeChange> changes = new java.util.ArrayList<>();
			for (int i = 0; ids != null && i < ids.size(); i++) {
				changes.add(new SupplementService.NomineeChange(ids.get(i), at(names, i), at(positions, i),
						at(orgNames, i), at(achievements, i)));
			}
			supplements.supplement(id, comment, changes, user);
			redirect.addFlashAttribute("notice", UserTexts.text("page.nomination.supplemented"));
		}
		catch (DossierStateException | InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.getLocalizedMessage());
		}
		return "redirect:/dossiers/" + id;
	}

	/** A line of a draft's checklist of documents. */
	record RequirementRow(String document, String legalBasis, boolean held) {
	}

	private static String at(List<String> values, int i) {
		return values == null || i >= values.size() ? null : values.get(i);
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal AppUser user, @PathVariable String id, @RequestParam String reason,
			RedirectAttributes redirect) {
		access.changeable(id, user);
		try {
			if (reason == null || reason.isBlank()) {
				throw new InvalidDossierException("reason", "error.nomination.withdraw-reason-missing");
			}
			dossiers.withdraw(id, reason, user);
		}
		catch (DossierStateException | InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.getLocalizedMessage());
		}
		return "redirect:/dossiers/" + id;
	}

	@ExceptionHandler(DossierNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("orgNames", Map.of());
		return "error/not-found";
	}

	private Map<String, String> awardTypeNames() {
		return awardTypes.findAll().stream().collect(Collectors.toMap(t -> t.code(), t -> t.nameVi(), (a, b) -> a));
	}

	private boolean canAddDocuments(String id, AppUser user) {
		try {
			access.documentable(id, user);
			return true;
		}
		catch (AccessDeniedException ex) {
			return false;
		}
	}

}
