package vn.tdkt.awards.registry;

import java.io.IOException;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tdkt.awards.system.Downloads;
import vn.tdkt.awards.system.ImportUpload;
import vn.tdkt.awards.system.NotFoundException;
import vn.tdkt.awards.system.UserTexts;

/**
 * Administrators' pages for the registry's history: the import of past awards (the rejected rows listed with row,
 * column and reason) and the illustrative data set, loaded or removed from the report page.
 */
@Controller
@RequestMapping("/admin/awards")
class AwardAdminPages {

	private final AwardImport imports;

	private final DemoAwards demo;

	AwardAdminPages(AwardImport imports, DemoAwards demo) {
		this.imports = imports;
		this.demo = demo;
	}

	@GetMapping("/import")
	String importForm(Model model) {
		return form(model);
	}

	private static String form(Model model) {
		model.addAttribute("columns", AwardImport.COLUMNS);
		model.addAttribute("titleKey", "import.title");
		model.addAttribute("explainKey", "import.explain");
		model.addAttribute("doneKey", "import.done");
		model.addAttribute("action", "/admin/awards/import");
		return "admin/import";
	}

	@GetMapping("/import/template.{format:csv|xlsx}")
	ResponseEntity<byte[]> template(@PathVariable String format) {
		return format.equals("csv") ? Downloads.file(imports.csvTemplate(), Downloads.CSV, "mau-nhap-khen-thuong.csv")
				: Downloads.file(imports.xlsxTemplate(), Downloads.XLSX, "mau-nhap-khen-thuong.xlsx");
	}

	@PostMapping("/import")
	String importFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		ImportUpload.run(file, imports::importFile, model);
		return form(model);
	}

	@PostMapping("/demo")
	String demo(@RequestParam String action, @RequestParam(required = false) String movement,
			@RequestParam(required = false) Integer fromYear, @RequestParam(required = false) Integer toYear,
			RedirectAttributes redirect) {
		try {
			if ("remove".equals(action)) {
				redirect.addFlashAttribute("notice", UserTexts.text("page.award.demo-removed", demo.remove()));
			}
			else {
				redirect.addFlashAttribute("notice", UserTexts.text("page.award.demo-loaded", demo.load()));
			}
		}
		catch (NotFoundException ex) {
			redirect.addFlashAttribute("error", ex.getLocalizedMessage());
		}
		// back to the report as it was
		if (movement != null && !movement.isBlank()) {
			redirect.addAttribute("movement", movement);
		}
		if (fromYear != null && toYear != null) {
			redirect.addAttribute("fromYear", fromYear).addAttribute("toYear", toYear);
		}
		return "redirect:/reports";
	}

}
