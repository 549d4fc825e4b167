package vn.tdkt.awards.reorganization;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.ConflictException;
import vn.tdkt.awards.system.InvalidInputException;

/**
 * {@code /admin/reorganizations}: an administrator describes a reorganization (one merge a line, "GIAO_PHONG, GIAO_AN
 * → XA_GIAO_NINH"), previews what moves where, then applies it; the reorganizations applied are listed.
 */
@Controller
@RequestMapping("/admin/reorganizations")
class ReorganizationPages {

	private final Reorganizations reorganizations;

	private final AppClock clock;

	private final ReorganizationLog log;

	ReorganizationPages(Reorganizations reorganizations, AppClock clock, ReorganizationLog log) {
		this.log = log;
		this.reorganizations = reorganizations;
		this.clock = clock;
	}

	/** The form as typed. */
	record ReorganizationForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom, String legalBasis,
			String merges, boolean moveUsers, String reason) {

		Reorganization.Request request() {
			List<Reorganization.Merge> parsed = new ArrayList<>();
			String[] lines = merges == null ? new String[0] : merges.split("\\R");
			for (int i = 0; i < lines.length; i++) {
				String line = lines[i].trim();
				if (line.isEmpty()) {
					continue;
				}
				String[] sides = line.split("→|->");
				if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
					throw new InvalidInputException("merges", "error.reorganization.merge-line", i + 1);
				}
				parsed.add(new Reorganization.Merge(Arrays.stream(sides[0].split(",")).map(String::trim)
					.filter(s -> !s.isEmpty()).toList(), sides[1].trim()));
			}
			return new Reorganization.Request(effectiveFrom, legalBasis, parsed, moveUsers, reason);
		}

	}

	@GetMapping
	String page(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ReorganizationForm(clock.today(), null, null, true, null));
		}
		model.addAttribute("applied", log.list());
		return "admin/reorganizations";
	}

	@PostMapping
	String submit(Principal user, @ModelAttribute("form") ReorganizationForm form,
			@RequestParam(defaultValue = "preview") String action, Model model, RedirectAttributes redirect) {
		try {
			if ("apply".equals(action)) {
				Reorganization.Plan plan = reorganizations.apply(form.request(), user.getName());
				// what the session keeps must be serializable: the counts, not the plan
				redirect.addFlashAttribute("appliedDossiers", plan.dossiers().size());
				redirect.addFlashAttribute("appliedTasks", plan.tasks().size());
				return "redirect:/admin/reorganizations";
			}
			model.addAttribute("plan", reorganizations.preview(form.request()));
		}
		catch (InvalidInputException | ConflictException ex) {
			model.addAttribute("error", ex.getLocalizedMessage());
		}
		return page(model);
	}

}
