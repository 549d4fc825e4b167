package vn.tdkt.awards.eligibility;

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

import vn.tdkt.awards.system.Downloads;
import vn.tdkt.awards.system.ImportUpload;

/** The administrators' page to import people's history (ratings, initiatives, awards, discipline, complaints). */
@Controller
@RequestMapping("/admin/history/import")
class HistoryPages {

	private final HistoryImport imports;

	HistoryPages(HistoryImport imports) {
		this.imports = imports;
	}

	@GetMapping
	String importForm(Model model) {
		return form(model);
	}

	@PostMapping
	String importFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		ImportUpload.run(file, imports::importFile, model);
		return form(model);
	}

	@GetMapping("/template.{format:csv|xlsx}")
	ResponseEntity<byte[]> template(@PathVariable String format) {
		return format.equals("csv") ? Downloads.file(HistoryFile.csvTemplate(), Downloads.CSV, "mau-lich-su-thi-dua.csv")
				: Downloads.file(HistoryFile.xlsxTemplate(), Downloads.XLSX, "mau-lich-su-thi-dua.xlsx");
	}

	private static String form(Model model) {
		model.addAttribute("columns", HistoryFile.COLUMNS);
		model.addAttribute("titleKey", "history.title");
		model.addAttribute("explainKey", "history.explain");
		model.addAttribute("notesKey", "history.records");
		model.addAttribute("doneKey", "history.done");
		model.addAttribute("action", "/admin/history/import");
		return "admin/import";
	}

}
