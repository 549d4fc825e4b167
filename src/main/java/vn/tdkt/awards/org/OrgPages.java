package vn.tdkt.awards.org;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.InvalidInputException;
import vn.tdkt.awards.system.NotFoundException;

/**
 * {@code /admin/orgs}: the org tree of a date for administrators, an org created, renamed, moved or closed with its
 * successor ({@link OrgAdmin}); a refused change shows the reason and keeps what was typed.
 */
@Controller
@RequestMapping("/admin/orgs")
class OrgPages {

	private final OrgRepository orgs;

	private final OrgAdmin admin;

	private final AppClock clock;

	OrgPages(OrgRepository orgs, OrgAdmin admin, AppClock clock) {
		this.orgs = orgs;
		this.admin = admin;
		this.clock = clock;
	}

	/** The form's fields, as typed. */
	record OrgForm(String code, String name, OrgLevel level, String parentCode,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo, String officialCode, String successorCode,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate movedFrom, String legalBasis, String reason) {

		OrgAdmin.OrgInput input() {
			return new OrgAdmin.OrgInput(code, name, level, blank(parentCode), validFrom, validTo, null, null, null, null,
					null, null, blank(officialCode), blank(successorCode), movedFrom, legalBasis, reason);
		}

		static OrgForm of(OrgUnit o) {
			return new OrgForm(o.code(), o.name(), o.level(), o.parentCode(), o.validFrom(), o.validTo(), o.officialCode(),
					null, null, null, null);
		}

		private static String blank(String value) {
			return value == null || value.isBlank() ? null : value.trim();
		}

	}

	@GetMapping
	String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) OrgLevel level, Model model) {
		LocalDate day = date == null ? clock.today() : date;
		List<OrgUnit> shown = orgs.validOn(day).stream()
			.filter(o -> level == null || o.level() == level)
			.sorted(Comparator.comparing(OrgUnit::level).thenComparing(OrgUnit::name))
			.toList();
		model.addAttribute("date", day);
		model.addAttribute("level", level);
		model.addAttribute("orgs", shown);
		model.addAttribute("names", names());
		model.addAttribute("levels", OrgLevel.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new OrgForm(null, null, OrgLevel.COMMUNE, null, day, null, null, null, null, null,
					null));
		}
		model.addAttribute("parents", orgs.validOn(day));
		return "admin/orgs";
	}

	@PostMapping
	String create(Principal user, @ModelAttribute("form") OrgForm form, Model model, RedirectAttributes redirect) {
		try {
			OrgUnit org = admin.create(form.input(), user.getName());
			redirect.addFlashAttribute("saved", org.name());
			return "redirect:/admin/orgs";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex.getLocalizedMessage());
			model.addAttribute("errorField", ex.field());
			return list(null, null, model);
		}
	}

	@GetMapping("/{code}")
	String edit(@PathVariable String code, Model model) {
		OrgUnit org = orgs.find(code).orElseThrow(() -> new NotFoundException("error.org.not-found", code));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", OrgForm.of(org));
		}
		model.addAttribute("org", org);
		model.addAttribute("parents", orgs.findAll());
		model.addAttribute("successors", orgs.successorsOf(code));
		model.addAttribute("names", names());
		model.addAttribute("today", clock.today());
		return "admin/org-form";
	}

	@PostMapping("/{code}")
	String update(Principal user, @PathVariable String code, @ModelAttribute("form") OrgForm form, Model model,
			RedirectAttributes redirect) {
		try {
			OrgUnit org = admin.update(code, form.input(), user.getName());
			redirect.addFlashAttribute("saved", org.name());
			return "redirect:/admin/orgs/" + code;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex.getLocalizedMessage());
			model.addAttribute("errorField", ex.field());
			return edit(code, model);
		}
	}

	private Map<String, String> names() {
		return orgs.findAll().stream().collect(Collectors.toMap(OrgUnit::code, OrgUnit::name, (a, b) -> a));
	}

}
