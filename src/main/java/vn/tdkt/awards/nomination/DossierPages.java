package vn.tdkt.awards.nomination;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tdkt.awards.award.AwardTypeRepository;
import vn.tdkt.awards.award.SubjectType;
import vn.tdkt.awards.identity.AppUser;
import vn.tdkt.awards.movement.MovementRepository;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.org.OrgRole;
import vn.tdkt.awards.org.OrgUnit;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.Downloads;
import vn.tdkt.awards.system.FileTooLargeException;
import vn.tdkt.awards.system.InvalidInputException;
import vn.tdkt.awards.system.UnsupportedContentException;
import vn.tdkt.awards.system.UserTexts;

/**
 * Nominators' pages: their dossiers, a new dossier (nominee rows, Excel import, documents), a dossier's detail with
 * its route, verdicts, timeline and decision, and the supplement and withdraw actions. Reviewers reach the same
 * detail page, read-only. The same services as the API do the work.
 */
@Controller
@RequestMapping("/dossiers")
class DossierPages {

	private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

	private final DossierQueries queries;

	private final DossierReader reader;

	private final DossierService dossiers;

	private final DossierAccess access;

	private final DossierDocuments documents;

	private final NomineeExcel excel;

	private final OrgRepository orgs;

	private final AwardTypeRepository awardTypes;

	private final MovementRepository movements;

	private final AppClock clock;

	private final TransactionTemplate transaction;

	private final DossierRepository dossierRepository;

	private final RequiredDocuments requiredDocuments;

	private final vn.tdkt.awards.identity.PersonNames personNames;

	private final vn.tdkt.awards.workflow.DossierDeadlines deadlines;

	DossierPages(DossierQueries queries, DossierReader reader, DossierService dossiers, DossierAccess access,
			DossierDocuments documents, NomineeExcel excel, OrgRepository orgs, AwardTypeRepository awardTypes,
			MovementRepository movements, AppClock clock, PlatformTransactionManager transactions,
			DossierRepository dossierRepository, RequiredDocuments requiredDocuments,
			vn.tdkt.awards.identity.PersonNames personNames, vn.tdkt.awards.workflow.DossierDeadlines deadlines) {
		this.personNames = personNames;
		this.deadlines = deadlines;
		this.dossierRepository = dossierRepository;
		this.requiredDocuments = requiredDocuments;
		this.queries = queries;
		this.reader = reader;
		this.dossiers = dossiers;
		this.access = access;
		this.documents = documents;
		this.excel = excel;
		this.orgs = orgs;
		this.awardTypes = awardTypes;
		this.movements = movements;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@ModelAttribute("orgNames")
	Map<String, String> orgNames() {
		return orgs.findAll().stream().collect(Collectors.toMap(OrgUnit::code, OrgUnit::name));
	}

	@GetMapping
	String list(@AuthenticationPrincipal AppUser user, @RequestParam(required = false) DossierStatus status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var result = queries.list(new DossierFilter(status, null, null, null, null, Math.max(page, 0), 50),
				DossierScope.of(user));
		Map<String, List<RouteHop>> routes = result.items()
			.stream()
			.collect(Collectors.toMap(DossierSummary::id, d -> dossierRoute(d.id())));
		model.addAttribute("dossiers", result.items());
		model.addAttribute("total", result.total());
		model.addAttribute("routes", routes);
		model.addAttribute("status", status);
		model.addAttribute("statuses", DossierStatus.values());
		model.addAttribute("awardTypeNames", awardTypeNames());
		model.addAttribute("canSubmit", !nominatorOrgs(user).isEmpty());
		return "dossiers/list";
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal AppUser user, Model model) {
		DossierForm form = new DossierForm();
		form.setYear(clock.today().getYear());
		List<OrgUnit> mine = nominatorOrgs(user);
		if (!mine.isEmpty()) {
			form.setSubmittingOrg(mine.get(0).code());
		}
		return form(form, user, model);
	}

	/**
	 * Adds the nominees of an Excel file after the ones already typed (blank rows dropped); the rest of the form is
	 * kept. Nothing is added when a row of the file is wrong.
	 */
	@PostMapping("/new/import")
	String importNominees(@AuthenticationPrincipal AppUser user, @ModelAttribute("form") DossierForm form,
			@RequestParam("excel") MultipartFile file, Model model) throws IOException {
		try {
			List<DossierForm.NomineeRow> rows = new ArrayList<>();
			for (var typed : form.getNominees()) {
				if (typed.getName() != null && !typed.getName().isBlank()) {
					rows.add(typed);
				}
			}
			int kept = rows.size();
			for (var n : excel.read(file.getInputStream())) {
				var row = new DossierForm.NomineeRow();
				row.setSubjectType(n.subjectType());
				row.setName(n.name());
				row.setPosition(n.position());
				row.setOrgName(n.orgName());
				row.setAchievements(n.achievements());
				row.setIdNumber(n.idNumber());
				row.setBirthDate(n.birthDate());
				row.setGender(n.gender());
				rows.add(row);
			}
			form.setNominees(rows);
			model.addAttribute("imported", rows.size() - kept);
			model.addAttribute("importKept", kept);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex.getLocalizedMessage());
		}
		return form(form, user, model);
	}

	@GetMapping("/nominee-template.xlsx")
	ResponseEntity<byte[]> template() {
		return Downloads.file(excel.template(), Downloads.XLSX, "mau-danh-sach-de-nghi.xlsx");
	}

	/**
	 * Submits the dossier with its documents in one transaction: a refused document, or a document the award type
	 * asks for and the dossier lacks, refuses the dossier and nothing is kept.
	 */
	@PostMapping
	String submit(@AuthenticationPrincipal AppUser user, @ModelAttribute("form") DossierForm form,
			@RequestParam(name = "docTypes", required = false) List<DocumentType> docTypes,
			@RequestParam(name = "docs", required = false) List<MultipartFile> docs,
			@RequestParam(name = "submissionKey", required = false) String submissionKey, Model model,
			RedirectAttributes redirect) throws IOException {
		return save(user, form, docTypes, docs, submissionKey, true, model, redirect);
	}

	/** Saves the dossier as a draft with its documents: submitted later from its page. */
	@PostMapping("/draft")
	String draft(@AuthenticationPrincipal AppUser user, @ModelAttribute("form") DossierForm form,
			@RequestParam(name = "docTypes", required = false) List<DocumentType> docTypes,
			@RequestParam(name = "docs", required = false) List<MultipartFile> docs,
			@RequestParam(name = "submissionKey", required = false) String submissionKey, Model model,
			RedirectAttributes redirect) throws IOException {
		return save(user, form, docTypes, docs, submissionKey, false, model, redirect);
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

	private String save(AppUser user, DossierForm form, List<DocumentType> docTypes, List<MultipartFile> docs,
			String submissionKey, boolean submit, Model model, RedirectAttributes redirect) throws IOException {
		List<MultipartFile> files = docs == null ? List.of() : docs.stream().filter(f -> !f.isEmpty()).toList();
		List<byte[]> contents = new ArrayList<>();
		for (MultipartFile file : files) {
			contents.add(file.getBytes());
		}
		try {
			String id = transaction.execute(status -> {
				String created = dossiers.saveDraft(form.toCommand(submissionKey), user);
				if (dossierRepository.require(created).status() != DossierStatus.DRAFT) {
					return created; // the same form sent twice: the first one made it
				}
				for (int i = 0; i < files.size(); i++) {
					DocumentType type = docTypes != null && i < docTypes.size() ? docTypes.get(i) : DocumentType.KHAC;
					documents.upload(created, type, files.get(i).getOriginalFilename(), contents.get(i), user);
				}
				if (submit) {
					dossiers.submitDraft(created, user);
				}
				return created;
			});
			redirect.addFlashAttribute("notice",
					UserTexts.text(submit ? "page.nomination.submitted" : "page.nomination.draft-saved", id));
			return "redirect:/dossiers/" + id;
		}
		catch (InvalidInputException | DossierStateException | UnsupportedContentException | FileTooLargeException
				| AccessDeniedException ex) {
			model.addAttribute("error", ex.getLocalizedMessage());
			if (ex instanceof InvalidDossierException invalid) {
				model.addAttribute("errorField", invalid.field());
			}
			return form(form, user, model);
		}
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
		model.addAttribute("posting", dossierRepository.openPosting(id).orElse(null));
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
			List<DossierService.NomineeChange> changes = new java.util.ArrayList<>();
			for (int i = 0; ids != null && i < ids.size(); i++) {
				changes.add(new DossierService.NomineeChange(ids.get(i), at(names, i), at(positions, i),
						at(orgNames, i), at(achievements, i)));
			}
			dossiers.supplement(id, comment, changes, user);
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

	private String form(DossierForm form, AppUser user, Model model) {
		if (form.getNominees().isEmpty()) {
			form.getNominees().add(new DossierForm.NomineeRow());
		}
		model.addAttribute("form", form);
		model.addAttribute("submittingOrgs", nominatorOrgs(user));
		model.addAttribute("awardTypes", awardTypes.findAll());
		model.addAttribute("movements", movements.findAll());
		model.addAttribute("kinds", CommendationKind.values());
		model.addAttribute("subjectTypes", SubjectType.values());
		model.addAttribute("genders", Gender.values());
		model.addAttribute("docTypes", DocumentType.values());
		try {
			model.addAttribute("requiredDocuments", JSON.writeValueAsString(requiredByTypeAndKind()));
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
		model.addAttribute("submissionKey", UUID.randomUUID().toString());
		return "dossiers/new";
	}

	/** "BK_TINH|PHONG_TRAO" → the names of the documents it asks for today, for the new dossier's page to show. */
	private Map<String, List<String>> requiredByTypeAndKind() {
		Map<String, List<String>> required = new java.util.TreeMap<>();
		for (var type : awardTypes.findAll()) {
			for (CommendationKind kind : CommendationKind.values()) {
				required.put(type.code() + "|" + kind.name(), requiredDocuments
					.required(type.code(), kind.name(), clock.today())
					.stream()
					.map(r -> UserTexts.text("label.documenttype." + r.documentType()))
					.toList());
			}
		}
		return required;
	}

	/** The orgs the user may submit for that exist today (an org that ceased takes no new dossier). */
	private List<OrgUnit> nominatorOrgs(AppUser user) {
		List<OrgUnit> existing = orgs.validOn(clock.today());
		if (user.isAdmin()) {
			return existing;
		}
		var mine = user.orgs(OrgRole.NOMINATOR);
		return existing.stream().filter(o -> mine.contains(o.code())).toList();
	}

	private Map<String, String> awardTypeNames() {
		return awardTypes.findAll().stream().collect(Collectors.toMap(t -> t.code(), t -> t.nameVi(), (a, b) -> a));
	}

	private List<RouteHop> dossierRoute(String id) {
		return reader.route(id);
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
