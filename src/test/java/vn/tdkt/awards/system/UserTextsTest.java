package vn.tdkt.awards.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.tdkt.awards.nomination.DossierNotFoundException;
import vn.tdkt.awards.review.ReviewInputException;

/**
 * What a user reads comes from the messages bundle in the reader's language: an error is told in Vietnamese or in
 * English from the same key, arguments and nested errors included; and no Java source outside the listed official
 * wording holds a Vietnamese text of its own.
 */
class UserTextsTest {

	static final Locale VI = WebConfiguration.VIETNAMESE;

	/**
	 * Sources whose Vietnamese literals are not messages: the wording of official documents (decisions, submissions,
	 * certificates and the yearly report follow the State's templates and are issued in Vietnamese only), content the
	 * engine stores once for Vietnamese reviewers, file formats, demo data and the API's documented examples.
	 */
	static final Map<String, String> OFFICIAL_WORDING = Map.ofEntries(
			Map.entry("paper/", "official papers (Decree 30/2020 templates), Vietnamese only"),
			Map.entry("review/ReviewTaskPresenter.java", "task name, description and form content stored in the engine"),
			Map.entry("review/TaskTexts.java", "the form content of review tasks, stored in the engine"),
			Map.entry("review/ReviewerFilters.java", "Tasklist filter names stored in the engine"),
			Map.entry("system/OpenApiProblems.java", "documented example answers of the API"),
			Map.entry("registry/DemoAwards.java", "demo data"),
			Map.entry("org/OrgTreeLoader.java", "org rows built from the administrative register, and its values"),
			Map.entry("nomination/Gender.java", "the honorifics papers print (Ông, Bà)"));

	/**
	 * Single literals that are data, not messages, in sources that otherwise speak through the bundle: the import
	 * templates' column titles, sheet names and example rows (the file format itself), defaults of reference data
	 * printed on papers, a value of an import file, configuration defaults and the API's description.
	 */
	static final Set<String> DATA = Set.of(
			"reorganization/ConversionTables.java: \"một phần\"",
			"system/WebConfiguration.java: \"Hồ sơ đề nghị khen thưởng: nộp, theo dõi, bổ sung, rút; sổ khen thưởng; dữ liệu danh mục. \"",
			"system/AwardsProperties.java: \"Xét khen thưởng <khenthuong@example.org>\"",
			"eligibility/HistoryFile.java: \"Phạm Văn Sơn\"",
			"eligibility/HistoryFile.java: \"Mô hình cánh đồng mẫu lớn\"",
			"eligibility/HistoryFile.java: \"1234/QĐ-UBND\"",
			"eligibility/HistoryFile.java: \"Khiển trách\"",
			"eligibility/HistoryFile.java: \"Lịch sử thi đua\"",
			"registry/AwardImport.java: \"Nguyễn Văn A\"",
			"registry/AwardImport.java: \"Hội Nông dân xã Giao Phong\"",
			"registry/AwardImport.java: \"1234/QĐ-UBND\"",
			"registry/AwardImport.java: \"Khen thưởng\"",
			"nomination/NomineeExcel.java: \"Đối tượng (Cá nhân / Tập thể / Hộ gia đình)\"",
			"nomination/NomineeExcel.java: \"Họ tên / Tên tập thể\"",
			"nomination/NomineeExcel.java: \"Chức vụ\"",
			"nomination/NomineeExcel.java: \"Đơn vị công tác\"",
			"nomination/NomineeExcel.java: \"Số định danh cá nhân (CCCD, 12 chữ số)\"",
			"nomination/NomineeExcel.java: \"Ngày sinh (ngày/tháng/năm)\"",
			"nomination/NomineeExcel.java: \"Tóm tắt thành tích\"",
			"nomination/NomineeExcel.java: \"Giới tính (Nam / Nữ; cá nhân)\"", "nomination/NomineeExcel.java: \"Nam\"",
			"nomination/NomineeExcel.java: \"(Ví dụ)\"",
			"nomination/NomineeExcel.java: \"Cá nhân\"",
			"nomination/NomineeExcel.java: \"Tập thể\"",
			"nomination/NomineeExcel.java: \"Hộ gia đình\"",
			"nomination/NomineeExcel.java: \"Danh sách đề nghị\"",
			"nomination/NomineeExcel.java: \" Nguyễn Văn A – xóa dòng này\"",
			"nomination/NomineeExcel.java: \"Chủ tịch Hội Nông dân xã\"",
			"nomination/NomineeExcel.java: \"UBND xã Giao Ninh\"",
			"nomination/NomineeExcel.java: \"Tiêu biểu trong phong trào xây dựng nông thôn mới\"",
			"org/OrgAdmin.java: \"Thủ trưởng \"", "org/OrgAdmin.java: \"QĐ\"", "org/OrgAdmin.java: \"Chủ tịch\"",
			"org/OrgAdmin.java: \"Giám đốc\"", "org/OrgAdmin.java: \"Bộ trưởng\"", "org/OrgAdmin.java: \"Thủ tướng\"",
			"org/OrgAdmin.java: \"Chủ tịch nước\"", "org/OrgAdmin.java: \"Thủ trưởng\"",
			"org/OrgAdmin.java: \"Thủ trưởng đơn vị\"", "org/OrgAdmin.java: \"Chủ tịch UBND cấp xã\"",
			"org/OrgAdmin.java: \"Chủ tịch UBND cấp huyện\"", "org/OrgAdmin.java: \"Thủ trưởng sở ban ngành tỉnh\"",
			"org/OrgAdmin.java: \"Chủ tịch UBND tỉnh\"", "org/OrgAdmin.java: \"Bộ trưởng Bộ Nội vụ\"",
			"org/OrgAdmin.java: \"Thủ tướng Chính phủ\"");

	static final Pattern VIETNAMESE_LITERAL = Pattern.compile(
			"\"(?:[^\"\\\\\\n]|\\\\.)*[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđĐ](?:[^\"\\\\\\n]|\\\\.)*\"");

	static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");

	@Test
	void anError_isToldInTheReadersLanguage_fromOneKey() {
		DossierNotFoundException missing = new DossierNotFoundException("HS-2026-000001");
		assertThat(missing.text(VI)).isNotEqualTo(missing.text(Locale.ENGLISH)).contains("HS-2026-000001");
		assertThat(missing.getMessage()).isEqualTo(missing.text(VI));

		ReviewInputException refusal = new ReviewInputException("comment", "error.review.reason-required");
		assertThat(refusal.text(VI)).isEqualTo("Hãy nêu lý do trong “Ý kiến” khi trả lại hoặc không đề nghị.");
		assertThat(refusal.text(Locale.ENGLISH)).isEqualTo("Give the reason in “Comment” when returning or not proposing.");

		// numbers as they are (no grouping of ids and years), a nested error in the same language
		assertThat(new ReviewInputException("votes3", "error.review.too-large", 3_000_000_000L).text(VI))
			.isEqualTo("“Số phiếu (dòng 3)”: số 3000000000 quá lớn.");
		InvalidInputException inner = new InvalidInputException("comment", "error.review.objection-empty");
		assertThat(new ReviewInputException("comment", "error.review.text", inner).text(Locale.ENGLISH))
			.isEqualTo("“Comment”: The objection has no content.");
		// an unknown key is shown as it was given (a text passed by a caller that has not moved yet)
		assertThat(new ConflictException("no such key").text(Locale.ENGLISH)).isEqualTo("no such key");
	}

	@Test
	void noJavaSource_holdsAVietnameseTextOfItsOwn() throws IOException {
		Path root = Path.of("src/main/java/vn/tdkt/awards");
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String name = root.relativize(file).toString().replace('\\', '/');
				if (OFFICIAL_WORDING.keySet().stream().anyMatch(name::startsWith)) {
					continue;
				}
				String code = COMMENT.matcher(Files.readString(file)).replaceAll("");
				Matcher literal = VIETNAMESE_LITERAL.matcher(code);
				while (literal.find()) {
					if (!DATA.contains(name + ": " + literal.group())) {
						found.add(name + ": " + literal.group());
					}
				}
			}
		}
		assertThat(found).as("Vietnamese literals outside the bundles").isEmpty();
	}

}
