package vn.tdkt.awards.nomination;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tdkt.awards.award.AwardTypeRepository;
import vn.tdkt.awards.award.SubjectType;
import vn.tdkt.awards.identity.AppUser;
import vn.tdkt.awards.movement.MovementRepository;
import vn.tdkt.awards.org.OrgUnit;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.Downloads;
import vn.tdkt.awards.system.FileTooLargeException;
import vn.tdkt.awards.system.InvalidInputException;
import vn.tdkt.awards.system.UnsupportedContentException;
import vn.tdkt.awards.system.UserTexts;

/**
 * A new dossier's page: nominee rows typed or imported from Excel (appended after those typed), the documents the
 * chosen award type asks for, saved as a draft or submitted with its documents in one transaction.
 */
@Controller
@RequestMapping("/dossiers")
class DossierFormPages {

	private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

	private final DossierService dossiers;

	private final DossierDocuments documents;

	private final NomineeExcel excel;

	private final AwardTypeRepository awardTypes;

	private final MovementRepository movements;

	private final AppClock clock;

	private final TransactionTemplate transaction;

	private final DossierRepository dossierRepository;

	private final RequiredDocuments requiredDocuments;

	private final NominatorOrgs nominatorOrgs;

	DossierFormPages(DossierService dossiers, DossierDocuments documents, NomineeExcel excel,
			AwardTypeRepository awardTypes, MovementRepository movements, AppClock clock,
			PlatformTransactionManager transactions, DossierRepository dossierRepository,
			RequiredDocuments requiredDocuments, NominatorOrgs nominatorOrgs) {
		this.dossiers = dossiers;
		this.documents = documents;
		this.excel = excel;
		this.awardTypes = awardTypes;
		this.movements = movements;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.dossierRepository = dossierRepository;
		this.requiredDocuments = requiredDocuments;
		this.nominatorOrgs = nominatorOrgs;
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal AppUser user, Model model) {
		DossierForm form = new DossierForm();
		form.setYear(clock.today().getYear());
		List<OrgUnit> mine = nominatorOrgs.of(user);
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

	private String form(DossierForm form, AppUser user, Model model) {
		if (form.getNominees().isEmpty()) {
			form.getNominees().add(new DossierForm.NomineeRow());
		}
		model.addAttribute("form", form);
		model.addAttribute("submittingOrgs", nominatorOrgs.of(user));
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

}
