package vn.tdkt.awards.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The candidate join becomes an EXISTS only where the identity links are used by the candidate condition alone, and
 * the list's DISTINCT goes only where every other join yields one row per task (the engine's SQL as logged on H2).
 */
class CandidateLinkRewriteTest {

	static final String COLUMNS = "select distinct RES.REV_, RES.ID_, RES.NAME_, RES.DUE_DATE_, RES.TASK_STATE_ ";

	static final String AUTH = "left join (SELECT 'granted' AS RESOURCE_ID_) AUTH ON (RES.ID_ IN (SELECT A.RESOURCE_ID_ FROM"
			+ " ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 AND ( A.USER_ID_ in ( ?, '*') ) ) OR D.KEY_ IN (SELECT A.RESOURCE_ID_"
			+ " FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 AND ( A.USER_ID_ in ( ?, '*') ) ) OR '*' IN (SELECT"
			+ " A.RESOURCE_ID_ FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 AND ( A.USER_ID_ in ( ?, '*') ) )) ";

	static final String FROM = "from ACT_RU_TASK RES left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_ left join"
			+ " ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_ " + AUTH;

	static final String TAIL = " and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) ) and"
			+ " (RES.TENANT_ID_ is null ) order by RES.DUE_DATE_ asc, RES.ID_ asc LIMIT ? OFFSET ?";

	@Test
	void tasklistsOrgFilter_existsInsteadOfTheJoin_withoutDistinct() {
		String sql = COLUMNS + FROM + "WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? , ? ) ) ) )" + TAIL;
		String rewritten = CandidateLinkRewrite.rewrite(sql);
		assertThat(rewritten).isEqualTo("select RES.REV_, RES.ID_, RES.NAME_, RES.DUE_DATE_, RES.TASK_STATE_ from ACT_RU_TASK"
				+ " RES left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_ " + AUTH + "WHERE ( 1 = 1 and ( EXISTS (SELECT 1"
				+ " FROM ACT_RU_IDENTITYLINK I WHERE I.TASK_ID_ = RES.ID_ and I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? ,"
				+ " ? ) ))) )" + TAIL);
		assertThat(placeholders(rewritten)).isEqualTo(placeholders(sql));
	}

	@Test
	void unassignedOnly_andTheCount_keepTheirOtherConditions() {
		String count = "select count(distinct RES.ID_ ) " + FROM + "WHERE ( 1 = 1 and ( RES.ASSIGNEE_ is null and"
				+ " I.TYPE_ = 'candidate' and ( I.USER_ID_ = ? or I.GROUP_ID_ IN ( ? ) ) ) )";
		assertThat(CandidateLinkRewrite.rewrite(count)).isEqualTo("select count(RES.ID_ ) from ACT_RU_TASK RES left"
				+ " join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_ " + AUTH + "WHERE ( 1 = 1 and ( RES.ASSIGNEE_ is null and"
				+ " EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK I WHERE I.TASK_ID_ = RES.ID_ and I.TYPE_ = 'candidate' and ("
				+ " I.USER_ID_ = ? or I.GROUP_ID_ IN ( ? ) ))) )");
		String postgres = "SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ " + FROM + "WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate'"
				+ " and ( I.GROUP_ID_ IN ( ? ) ) ) ) ) countDistinct";
		assertThat(CandidateLinkRewrite.rewrite(postgres)).startsWith("SELECT COUNT(*) FROM (SELECT RES.ID_ from ACT_RU_TASK")
			.endsWith(" and ( I.GROUP_ID_ IN ( ? ) ))) ) ) countDistinct");
		assertThat(CandidateLinkRewrite.rewrite(postgres.replace("left join ACT_RE_PROCDEF", "left join ACT_RU_VARIABLE A0 on"
				+ " A0.TASK_ID_ = RES.ID_ left join ACT_RE_PROCDEF"))).as("another join").startsWith("SELECT COUNT(*) FROM (SELECT DISTINCT");
	}

	@Test
	void anotherJoin_keepsTheDistinct() {
		String sql = COLUMNS + FROM.replace("left join ACT_RE_PROCDEF", "left join ACT_RU_VARIABLE A0 on A0.TASK_ID_ ="
				+ " RES.ID_ left join ACT_RE_PROCDEF") + "WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ("
				+ " ? ) ) ) )" + TAIL;
		assertThat(CandidateLinkRewrite.rewrite(sql)).startsWith("select distinct RES.REV_").contains("EXISTS (SELECT 1 FROM"
				+ " ACT_RU_IDENTITYLINK I WHERE").doesNotContain("left join ACT_RU_IDENTITYLINK");
		String selected = COLUMNS.replace("RES.TASK_STATE_ ", "RES.TASK_STATE_, A0.TEXT_ ") + FROM
				+ "WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? ) ) ) )" + TAIL;
		assertThat(CandidateLinkRewrite.rewrite(selected)).as("another table's column selected").startsWith("select distinct");
	}

	@Test
	void linksUsedElsewhere_orTwice_orJoinedOnMore_runUnchanged() {
		String candidate = "( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? ) ) )";
		assertThat(CandidateLinkRewrite.rewrite(COLUMNS + FROM + "WHERE ( 1 = 1 and " + candidate + " and (I.USER_ID_ = ? or"
				+ " RES.ASSIGNEE_ = ? or RES.OWNER_ = ?) )" + TAIL)).as("the involved user").isNull();
		assertThat(CandidateLinkRewrite.rewrite(COLUMNS + FROM + "WHERE ( 1 = 1 and " + candidate + " ) and ( 1 = 0 or"
				+ " ( I.TYPE_ = 'candidate' and ( I.USER_ID_ = ? ) ) )" + TAIL)).as("two candidate conditions").isNull();
		assertThat(CandidateLinkRewrite.rewrite(COLUMNS + FROM + "WHERE ( 1 = 1 and " + candidate + " and ( NOT EXISTS ("
				+ " select 1 from ACT_RU_IDENTITYLINK I WHERE I.TYPE_ = 'candidate' and I.USER_ID_ is not null AND"
				+ " I.TASK_ID_ = RES.ID_ ) ) )" + TAIL)).as("links named in another condition").isNull();
		assertThat(CandidateLinkRewrite.rewrite(COLUMNS + FROM.replace("I.TASK_ID_ = RES.ID_", "I.TASK_ID_ = RES.ID_ and"
				+ " I.X = ?") + "WHERE ( 1 = 1 and " + candidate + " )" + TAIL)).as("joined on more").isNull();
		assertThat(CandidateLinkRewrite.rewrite(COLUMNS + FROM + "WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate' and ("
				+ " I.GROUP_ID_ = RES.OWNER_ ) ) )" + TAIL)).as("the condition names the task").isNull();
		assertThat(CandidateLinkRewrite.rewrite(COLUMNS + "from ACT_RU_TASK RES WHERE RES.NAME_ = ?")).isNull();
	}

	private static long placeholders(String sql) {
		return sql.chars().filter(c -> c == '?').count();
	}

}
