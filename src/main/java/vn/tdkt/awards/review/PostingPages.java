package vn.tdkt.awards.review;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tdkt.awards.award.AwardTypeRepository;
import vn.tdkt.awards.identity.AppUser;
import vn.tdkt.awards.nomination.Dossier;
import vn.tdkt.awards.nomination.DossierAccess;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.DossierQueries;
import vn.tdkt.awards.nomination.DossierScope;
import vn.tdkt.awards.nomination.DossierStateException;
import vn.tdkt.awards.nomination.Nominee;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.org.OrgUnit;
import vn.tdkt.awards.system.InvalidInputException;
import vn.tdkt.awards.system.UserTexts;

/**
 * Public posting (công khai, Decree 98/2023 art. 46) in pages: the postings under way, one dossier's posted list —
 * who, proposed for what, by which level, until when, and the objections received — printable to post on a notice
 * board, and the form where the appraisers of the posting level record an objection received (by letter, in person)
 * during the posting, which opens its verification.
 */
@Controller
class PostingPages {

	/** One posting under way, as the list shows it. */
	record PostingRow(String dossierId, String awardTypeName, String title, String orgName, java.time.LocalDateTime ends,
			int nominees) {
	}

	/** A posted nominee with the objections about them. */
	record PostedNominee(Nominee nominee, List<ReviewRecords.ReceivedObjection> objections) {
	}

	private final DossierLifecycle dossiers;

	private final DossierQueries queries;

	private final DossierAccess access;

	private final PostingService reviews;

	private final ReviewRecords records;

	private final OrgRepository orgs;

	private final AwardTypeRepository awardTypes;

	PostingPages(DossierLifecycle dossiers, DossierQueries queries, DossierAccess access, PostingService reviews,
			ReviewRecords records, OrgRepository orgs, AwardTypeRepository awardTypes) {
		this.dossiers = dossiers;
		this.queries = queries;
		this.access = access;
		this.reviews = reviews;
		this.records = records;
		this.orgs = orgs;
		this.awardTypes = awardTypes;
	}

	@GetMapping("/postings")
	String list(@AuthenticationPrincipal AppUser user, Model model) {
		DossierScope scope = DossierScope.of(user);
		List<PostingRow> rows = dossiers.openPostings(null)
			.stream()
			.filter(p -> queries.visible(p.dossierId(), scope))
			.map(p -> {
				Dossier d = dossiers.require(p.dossierId());
				return new PostingRow(d.id(), awardTypeName(d.awardType()), d.title(), orgName(p.orgCode()), p.ends(),
						dossiers.pendingNominees(d.id()).size());
			})
			.toList();
		model.addAttribute("postings", rows);
		return "postings/list";
	}

	@GetMapping("/dossiers/{id}/posting")
	String posting(@AuthenticationPrincipal AppUser user, @PathVariable String id, Model model) {
		Dossier dossier = access.readable(id, user);
		var posting = dossiers.openPosting(id);
		model.addAttribute("d", dossier);
		model.addAttribute("awardTypeName", awardTypeName(dossier.awardType()));
		model.addAttribute("posting", posting.orElse(null));
		posting.ifPresent(p -> {
			Map<Long, List<ReviewRecords.ReceivedObjection>> byNominee = records.objections(id)
				.stream()
				.collect(Collectors.groupingBy(ReviewRecords.ReceivedObjection::nomineeId));
			model.addAttribute("orgName", orgName(p.orgCode()));
			model.addAttribute("posted", dossiers.pendingNominees(id)
				.stream()
				.map(n -> new PostedNominee(n, byNominee.getOrDefault(n.id(), List.of())))
				.toList());
			model.addAttribute("canObject", canObject(id, user));
		});
		return "postings/dossier";
	}

	@PostMapping("/dossiers/{id}/posting/objections")
	String object(@AuthenticationPrincipal AppUser user, @PathVariable String id, @RequestParam Long nomineeId,
			@RequestParam(required = false) String content, RedirectAttributes redirect) {
		access.appraisable(id, user);
		try {
			reviews.receiveObjection(id, nomineeId, content);
			redirect.addFlashAttribute("notice", UserTexts.text("posting.objection.recorded"));
		}
		catch (DossierStateException | InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.getLocalizedMessage());
		}
		return "redirect:/dossiers/" + id + "/posting";
	}

	private boolean canObject(String id, AppUser user) {
		try {
			access.appraisable(id, user);
			return true;
		}
		catch (AccessDeniedException | vn.tdkt.awards.system.NotFoundException ex) {
			return false;
		}
	}

	private String orgName(String code) {
		return orgs.find(code).map(OrgUnit::name).orElse(code);
	}

	private String awardTypeName(String code) {
		return awardTypes.find(code).map(t -> t.name(UserTexts.currentLocale())).orElse(code);
	}

}
