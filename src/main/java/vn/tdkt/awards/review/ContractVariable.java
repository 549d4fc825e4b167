package vn.tdkt.awards.review;

import java.util.List;

/**
 * One variable of the reviewer contract: its name, its type as a completion must send it, whether it is required, and
 * for text its longest length and allowed values. {@link #describe()} is what README's contract table says of it.
 */
public record ContractVariable(String name, Kind kind, boolean required, int maxLength, List<String> allowed,
		String note) {

	/** The types a completion may use, as engine-rest and Tasklist name them. */
	public enum Kind {

		/** A String; trimmed, blank counts as absent. */
		TEXT("String"),
		/** An Integer (a Long or Short within the Integer range is taken as is; no Double, no String). */
		COUNT("Integer"),
		/** A Boolean (no String). */
		FLAG("Boolean"),
		/** A Json array of nominee ids (numbers, or strings of digits as Tasklist's checklist sends them). */
		NOMINEE_IDS("Json array of nominee ids"),
		/** A Json object: nominee id → an integer number of votes. */
		VOTES("Json object, nominee id → integer votes");

		private final String typeName;

		Kind(String typeName) {
			this.typeName = typeName;
		}

		public String typeName() {
			return typeName;
		}

	}

	static ContractVariable choice(String name, String... allowed) {
		return new ContractVariable(name, Kind.TEXT, true, 20, List.of(allowed), null);
	}

	/** A required choice among the constants of an outcome enum, by name. */
	static ContractVariable choice(String name, Class<? extends Enum<?>> outcomes) {
		return choice(name, java.util.Arrays.stream(outcomes.getEnumConstants()).map(Enum::name).toArray(String[]::new));
	}

	static ContractVariable text(String name, int maxLength, String note) {
		return new ContractVariable(name, Kind.TEXT, false, maxLength, List.of(), note);
	}

	static ContractVariable count(String name, String note) {
		return new ContractVariable(name, Kind.COUNT, true, 0, List.of(), note);
	}

	static ContractVariable flag(String name, String note) {
		return new ContractVariable(name, Kind.FLAG, true, 0, List.of(), note);
	}

	static ContractVariable nomineeIds(String name, String note) {
		return new ContractVariable(name, Kind.NOMINEE_IDS, false, 0, List.of(), note);
	}

	static ContractVariable votes(String name, String note) {
		return new ContractVariable(name, Kind.VOTES, true, 0, List.of(), note);
	}

	/** "`outcome` (String, required: `APPROVE`, `RETURN`, `REJECT`)", as README's contract table shows it. */
	public String describe() {
		StringBuilder text = new StringBuilder("`").append(name).append("` (").append(kind.typeName());
		if (kind == Kind.TEXT && allowed.isEmpty()) {
			text.append(", at most ").append(maxLength).append(" characters");
		}
		if (required) {
			text.append(", required");
		}
		if (!allowed.isEmpty()) {
			text.append(": ").append(String.join(", ", allowed.stream().map(v -> "`" + v + "`").toList()));
		}
		if (note != null) {
			text.append("; ").append(note);
		}
		return text.append(")").toString();
	}

}
