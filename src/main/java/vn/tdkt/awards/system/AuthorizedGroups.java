package vn.tdkt.awards.system;

import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The third part of {@link TaskQueryPlugin}, on PostgreSQL: before a query with authorization checks, the engine
 * reads which groups hold any authorization at all ({@code SELECT distinct(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A},
 * once per command), which reads every authorization: one per open task of every group, thousands at a province's
 * year-end, at every task list, task completion and Tasklist request. The same set is read here by walking the
 * engine's own index on {@code GROUP_ID_} from one group to the next (a recursive query: one index probe per group,
 * a few hundred at most), the groups of no authorization's (a user's authorizations: {@code GROUP_ID_} null) included
 * as the engine's statement has them.
 */
final class AuthorizedGroups {

	static final String STATEMENT = "selectAuthorizedGroupIds";

	/** Statements rewritten since start (tests check that the engine's statement was recognised). */
	static final AtomicLong REWRITTEN = new AtomicLong();

	static final Pattern ENGINE_SQL = Pattern.compile("\\s*SELECT\\s+distinct\\(A\\.GROUP_ID_\\)\\s+FROM\\s+(\\S*ACT_RU_AUTHORIZATION)"
			+ "\\s+A\\s*", Pattern.CASE_INSENSITIVE);

	private AuthorizedGroups() {
	}

	/** The walk over the index, on the same table; null if the statement is not the engine's as known. */
	static String rewrite(String sql) {
		Matcher engine = ENGINE_SQL.matcher(sql);
		if (!engine.matches()) {
			return null;
		}
		String table = engine.group(1);
		REWRITTEN.incrementAndGet();
		return "WITH RECURSIVE G (ID) AS (SELECT MIN(GROUP_ID_) FROM " + table + " UNION ALL SELECT (SELECT MIN(A.GROUP_ID_)"
				+ " FROM " + table + " A WHERE A.GROUP_ID_ > G.ID) FROM G WHERE G.ID IS NOT NULL) SELECT ID FROM G WHERE ID IS"
				+ " NOT NULL UNION ALL SELECT NULL WHERE EXISTS (SELECT 1 FROM " + table + " WHERE GROUP_ID_ IS NULL)";
	}

}
