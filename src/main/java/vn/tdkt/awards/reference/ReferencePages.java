package vn.tdkt.awards.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.InvalidInputException;
import vn.tdkt.awards.system.UserTexts;
import vn.tdkt.awards.system.WebConfiguration;

/**
 * {@code /admin/reference/{table}}: a reference table's rows and versions for administrators, a new version (or, for
 * award types, a new value) typed in a form, the table exported and imported as CSV; a refusal shows its reason and
 * keeps what was typed.
 */
@Controller
@RequestMapping("/admin/reference")
class ReferencePages {

	private final ReferenceValues values;

	private final AppClock clock;

	ReferencePages(ReferenceValues values, AppClock clock) {
		this.values = values;
		this.clock = clock;
	}

	@GetMapping
	String index() {
		return "redirect:/admin/reference/" + ReferenceTable.COUNCIL_RULE.slug();
	}

	@GetMapping("/{slug}")
	String table(@PathVariable String slug, Model model) {
		ReferenceTable table = table(slug);
		model.addAttribute("table", table);
		model.addAttribute("tables", ReferenceTable.values());
		model.addAttribute("rows", values.rows(table));
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of());
		}
		return "admin/reference";
	}

	@PostMapping("/{slug}")
	String add(Principal user, @PathVariable String slug, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		ReferenceTable table = table(slug);
		Map<String, String> given = new LinkedHashMap<>();
		table.columns().forEach(c -> given.put(c, form.get(c)));
		try {
			values.add(table, given, user.getName(), form.get("reason"), clock.localNow());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/reference/" + slug;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex.getLocalizedMessage());
			model.addAttribute("errorField", ex.field());
			model.addAttribute("typed", form);
			return table(slug, model);
		}
	}

	@PostMapping("/{slug}/import")
	String importCsv(Principal user, @PathVariable String slug, @RequestParam MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		ReferenceTable table = table(slug);
		try {
			ReferenceValues.Imported imported = values.importCsv(table,
					new String(file.getBytes(), StandardCharsets.UTF_8), user.getName(),
					UserTexts.text(WebConfiguration.VIETNAMESE, "record.reference.imported-from", file.getOriginalFilename()),
					clock.localNow());
			redirect.addFlashAttribute("importedAdded", imported.added());
			redirect.addFlashAttribute("importedUnchanged", imported.unchanged());
			return "redirect:/admin/reference/" + slug;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex.getLocalizedMessage());
			return table(slug, model);
		}
	}

	private static ReferenceTable table(String slug) {
		ReferenceTable table = ReferenceTable.ofSlug(slug);
		if (table == null) {
			throw new vn.tdkt.awards.system.NotFoundException("error.reference.table-unknown", slug);
		}
		return table;
	}

}
