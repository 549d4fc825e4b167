package vn.tdkt.awards.system;

import java.io.IOException;
import java.util.function.Function;

import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

/** What the import pages do with an uploaded file: the report of the import, or the file's problem, in the model. */
public final class ImportUpload {

	private ImportUpload() {
	}

	public static void run(MultipartFile file, Function<byte[], ImportReport> importer, Model model) throws IOException {
		if (file.isEmpty()) {
			model.addAttribute("error", UserTexts.text("error.system.no-import-file"));
			return;
		}
		try {
			model.addAttribute("result", importer.apply(file.getBytes()));
		}
		catch (InvalidInputException | vn.tdkt.awards.system.FileTooLargeException ex) {
			model.addAttribute("error", ex.getLocalizedMessage());
		}
	}

}
