package vn.tdkt.awards.system;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The second half of {@link TaskQueryPlugin}: a task query by candidate joins every task to its identity links
 * ({@code left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_}) and filters on the link in its WHERE, so a task
 * comes once per matching link and the engine puts a DISTINCT over the whole task row on the list; at thousands of
 * tasks PostgreSQL hashes every row's 23 columns (spilling to disk) before it sorts out the first page.
 * <p>
 * Where the link is used by one condition only, the engine's candidate condition
 * {@code ( [RES.ASSIGNEE_ is null and] I.TYPE_ = 'candidate' and (…) )}, the join becomes that condition's
 * {@code EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK I WHERE I.TASK_ID_ = RES.ID_ and I.TYPE_ = 'candidate' and (…))}:
 * the same tasks (the engine's WHERE combines its conditions with AND and OR only, so "some link satisfies the WHERE"
 * is "the WHERE holds with some link satisfying the candidate condition"), each once. The DISTINCT of the list and of
 * the count is then dropped only where it can no longer remove anything: the selected columns are the task's own and every other join
 * yields at most one row per task (the process definition and the execution by their ids, the authorization check as
 * rewritten by the plugin). Any other shape (two candidate conditions, the involved user, the links named elsewhere,
 * another join) keeps the engine's statement.
 */
final class CandidateLinkRewrite {

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;

	/** The engine's candidate join, on the task's id alone (another condition of the join follows: not that shape). */
	static final Pattern LINK_JOIN = Pattern.compile("left\\s+join\\s+(\\S*ACT_RU_IDENTITYLINK)\\s+I\\s+on\\s+I\\.TASK_ID_\\s*=\\s*RES\\.ID_\\s+"
			+ "(?=(left|inner|WHERE)\\s)", CI);

	static final Pattern LINK_COLUMN = Pattern.compile("(?<![\\w.])I\\.", CI);

	static final Pattern CANDIDATE = Pattern.compile("I\\.TYPE_\\s*=\\s*'candidate'", CI);

	static final Pattern UNASSIGNED = Pattern.compile("\\s*RES\\.ASSIGNEE_\\s+is\\s+null\\s+and\\s+", CI);

	/** Another alias's column inside the candidate condition: it must name the link's columns only. */
	static final Pattern OTHER_COLUMN = Pattern.compile("(?<![\\w.])(?!I\\.)\\w+\\.\\w", CI);

	/**
	 * The statements whose DISTINCT can go, the DISTINCT in group 1: the list of the task's own columns, and the count
	 * as the engine writes it on PostgreSQL and on H2.
	 */
	static final List<Pattern> DISTINCT_TASKS = List.of(
			Pattern.compile("\\s*select\\s+(distinct\\s+)(RES\\.\\w+\\s*,\\s*)*RES\\.\\w+\\s+from\\s+\\S*ACT_RU_TASK\\s+RES\\s+", CI),
			Pattern.compile("\\s*SELECT\\s+COUNT\\(\\*\\)\\s+FROM\\s+\\(\\s*SELECT\\s+(DISTINCT\\s+)RES\\.ID_\\s+from\\s+\\S*ACT_RU_TASK\\s+RES\\s+",
					CI),
			Pattern.compile("\\s*select\\s+count\\(\\s*(distinct\\s+)RES\\.ID_\\s*\\)\\s+from\\s+\\S*ACT_RU_TASK\\s+RES\\s+", CI));

	/** Joins that yield at most one row per task (by the row's id; the plugin's authorization check is one row). */
	static final List<Pattern> TO_ONE = List.of(
			Pattern.compile("(left|inner)\\s+join\\s+\\S*ACT_RE_PROCDEF\\s+D\\s+on\\s+RES\\.PROC_DEF_ID_\\s*=\\s*D\\.ID_\\s+", CI),
			Pattern.compile("(left|inner)\\s+join\\s+\\S*ACT_RU_EXECUTION\\s+E\\s+on\\s+RES\\.PROC_INST_ID_\\s*=\\s*E\\.ID_\\s+", CI),
			Pattern.compile("(left|inner)\\s+join\\s+\\(SELECT 'granted' AS RESOURCE_ID_\\)\\s+AUTH\\s+ON\\s+(?=\\()", CI));

	static final Pattern WHERE = Pattern.compile("WHERE\\s", CI);

	/** Statements rewritten, and those of them whose DISTINCT was dropped, since start (tests check that both happened). */
	static final AtomicLong REWRITTEN = new AtomicLong();

	static final AtomicLong DISTINCT_DROPPED = new AtomicLong();

	private CandidateLinkRewrite() {
	}

	/** The statement with the candidate join as an EXISTS (and the list's DISTINCT dropped where safe); null if not that shape. */
	static String rewrite(String sql) {
		Matcher join = LINK_JOIN.matcher(sql);
		Matcher candidate = CANDIDATE.matcher(sql);
		if (!join.find() || !candidate.find()) {
			return null;
		}
		int open = enclosingOpen(sql, candidate.start());
		int close = open < 0 ? -1 : matchingClose(sql, open);
		int joinStart = join.start();
		int joinEnd = join.end();
		String table = join.group(1);
		if (close < 0 || joinEnd > open || join.find() || candidate.find()) {
			return null;
		}
		String block = sql.substring(open + 1, close);
		Matcher unassigned = UNASSIGNED.matcher(block);
		boolean unassignedOnly = unassigned.lookingAt();
		String prefix = unassignedOnly ? block.substring(0, unassigned.end()) : " ";
		String links = block.substring(unassignedOnly ? unassigned.end() : 0).strip();
		if (!links.regionMatches(true, 0, "I.TYPE_", 0, 7) || OTHER_COLUMN.matcher(links).find()
				|| count(LINK_COLUMN, sql) != 1 + count(LINK_COLUMN, links)) {
			return null;
		}
		String rewritten = sql.substring(0, joinStart) + sql.substring(joinEnd, open + 1) + prefix + "EXISTS (SELECT 1 FROM "
				+ table + " I WHERE I.TASK_ID_ = RES.ID_ and " + links + ")" + sql.substring(close);
		REWRITTEN.incrementAndGet();
		return withoutNeedlessDistinct(rewritten);
	}

	/** The list's or the count's DISTINCT dropped where each task can only come once. */
	static String withoutNeedlessDistinct(String sql) {
		Matcher select = DISTINCT_TASKS.stream().map(p -> p.matcher(sql)).filter(Matcher::lookingAt).findFirst().orElse(null);
		if (select == null) {
			return sql;
		}
		int at = select.end();
		while (true) {
			Matcher where = WHERE.matcher(sql).region(at, sql.length());
			if (where.lookingAt()) {
				DISTINCT_DROPPED.incrementAndGet();
				return sql.substring(0, select.start(1)) + sql.substring(select.end(1));
			}
			int next = toOneJoinEnd(sql, at);
			if (next < 0) {
				return sql;
			}
			at = next;
		}
	}

	private static int toOneJoinEnd(String sql, int at) {
		for (Pattern join : TO_ONE) {
			Matcher m = join.matcher(sql).region(at, sql.length());
			if (m.lookingAt()) {
				if (sql.charAt(m.end()) != '(') {
					return m.end();
				}
				int close = matchingClose(sql, m.end());
				int end = close + 1;
				while (close >= 0 && end < sql.length() && Character.isWhitespace(sql.charAt(end))) {
					end++;
				}
				return close < 0 ? -1 : end;
			}
		}
		return -1;
	}

	private static int enclosingOpen(String sql, int from) {
		int depth = 0;
		for (int i = from - 1; i >= 0; i--) {
			char c = sql.charAt(i);
			if (c == ')') {
				depth++;
			}
			else if (c == '(' && depth-- == 0) {
				return i;
			}
		}
		return -1;
	}

	private static int matchingClose(String sql, int open) {
		int depth = 0;
		for (int i = open; i < sql.length(); i++) {
			char c = sql.charAt(i);
			if (c == '(') {
				depth++;
			}
			else if (c == ')' && --depth == 0) {
				return i;
			}
		}
		return -1;
	}

	private static int count(Pattern pattern, String text) {
		return (int) pattern.matcher(text).results().count();
	}

}
