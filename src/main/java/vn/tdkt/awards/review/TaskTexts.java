package vn.tdkt.awards.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.spin.plugin.variable.SpinValues;

import vn.tdkt.awards.award.SubjectType;
import vn.tdkt.awards.eligibility.NomineeEligibility;
import vn.tdkt.awards.nomination.Nominee;

/**
 * The texts and rows of a review task's form, as the engine stores them: Markdown lines in Vietnamese (the task's
 * content is stored with it, whoever reads it later), nominees' rows and labels, values bounded to what a variable
 * holds.
 */
final class TaskTexts {

	private static final ObjectMapper JSON = new ObjectMapper();

	private TaskTexts() {
	}

	/** "1 tập thể, 2 cá nhân". */
	static String countBySubject(List<Nominee> nominees) {
		Map<SubjectType, Long> counts = new EnumMap<>(SubjectType.class);
		for (Nominee n : nominees) {
			counts.merge(n.subjectType(), 1L, Long::sum);
		}
		List<String> parts = new ArrayList<>();
		for (SubjectType type : List.of(SubjectType.TAP_THE, SubjectType.CA_NHAN, SubjectType.HO_GIA_DINH)) {
			if (counts.containsKey(type)) {
				parts.add(counts.get(type) + " " + type.label());
			}
		}
		return parts.isEmpty() ? "không còn người được đề nghị" : String.join(", ", parts);
	}

	/**
	 * A string variable the engine can store (4,000 characters): a long text is cut at a line end, saying where the
	 * whole of it is.
	 */
	static String bounded(String text) {
		if (text.length() <= MAX_TEXT) {
			return text;
		}
		String more = "\n\n… (còn nữa: xem đầy đủ trên trang hồ sơ)";
		String cut = text.substring(0, MAX_TEXT - more.length());
		int line = cut.lastIndexOf('\n');
		return (line > 0 ? cut.substring(0, line) : cut) + more;
	}

	static final int MAX_TEXT = 4000;

	/** A line per nominee: the verdict and its reasons, as the appraiser reads them. */
	static String eligibilitySummary(List<Nominee> nominees, Map<Long, NomineeEligibility> checked) {
		List<String> lines = new ArrayList<>();
		for (Nominee n : nominees) {
			NomineeEligibility e = checked.get(n.id());
			if (e != null) {
				lines.add("- **%s**: %s — %s".formatted(Markdown.escape(n.name()), verdict(e),
						Markdown.escape(String.join("; ", e.reasons()))));
			}
		}
		return lines.isEmpty() ? "Chưa đối chiếu được." : String.join("\n", lines)
				+ "\n\n_Kết quả đối chiếu tự động với lịch sử thi đua, khen thưởng đã nhập; chỉ để tham khảo._";
	}

	static String verdict(NomineeEligibility e) {
		return switch (e.verdict()) {
			case "ELIGIBLE" -> "✔ Đủ điều kiện";
			case "BLOCKED" -> "✘ Không xét";
			case "MISSING" -> "✘ Chưa đủ điều kiện";
			default -> "? Chưa xác định";
		};
	}

	static Map<String, Object> row(Nominee n, NomineeEligibility e) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", Long.toString(n.id()));
		row.put("subject", n.subjectType().label());
		row.put("name", n.name());
		row.put("position", n.position() == null ? "" : n.position());
		row.put("org", n.orgName() == null ? "" : n.orgName());
		row.put("achievements", n.achievements() == null ? "" : n.achievements());
		// the form's columns: a readable table at 1366 px (who, where, what, the criteria, the state)
		row.put("who", n.name() + " (" + n.subjectType().label() + ")");
		row.put("where", java.util.stream.Stream.of(n.position(), n.orgName())
			.filter(t -> t != null && !t.isBlank())
			.collect(java.util.stream.Collectors.joining(", ")));
		row.put("eligibility", e == null ? "" : verdict(e) + " — " + String.join("; ", e.reasons()));
		row.put("status", switch (n.status()) {
			case PENDING -> "Đang xét";
			case AWARDED -> "Được khen thưởng";
			case NOT_AWARDED -> "Không được đề nghị: " + n.reason();
		});
		return row;
	}

	static String label(Nominee n) {
		return "%s (%s%s)".formatted(n.name(), n.subjectType().label(), n.position() == null ? "" : ", " + n.position());
	}

	static Object json(Object value) {
		try {
			return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
