package vn.tdkt.awards.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;

import vn.tdkt.awards.support.ProcessDriver;

/**
 * Every task query a reviewer makes answers the same with {@link TaskQueryPlugin}'s rewrite as with the engine's own
 * statement (the same tasks, in the same order, the same counts), and the rewrite did happen.
 */
public final class TaskQueryComparison {

	private TaskQueryComparison() {
	}

	/**
	 * Dossiers whose tasks sit at several orgs and steps: two of Giao Phong at Giao Thủy (one appraised, so at its
	 * leader's signature), one of Sở Tư pháp at the province. Their ids, the business keys to query by.
	 */
	public static List<String> dossiersAtSeveralLevels(ProcessDriver driver) {
		List<String> keys = new java.util.ArrayList<>();
		keys.add(driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", ProcessDriver.person("Người thứ nhất")));
		keys.add(driver.submit("giaophong.canbo", "GIAO_PHONG", "BK_TINH", ProcessDriver.person("Người thứ hai")));
		keys.add(driver.submit("sotuphap.canbo", "SO_TU_PHAP", "BK_TINH", ProcessDriver.person("Người thứ ba")));
		driver.runJobs();
		driver.approve(keys.get(1), "giaothuy.chuyenvien");
		driver.runJobs();
		return keys;
	}

	/**
	 * The comparison run while the task is also offered to a second group of Giao Thủy (its nominators, whom Giao
	 * Thủy's appraiser belongs to as well): the engine's candidate join then yields that task twice for her.
	 */
	public static void withASecondCandidateGroup(TaskService tasks, String taskId, Runnable comparison) {
		tasks.addCandidateGroup(taskId, "GIAO_THUY.nominator");
		try {
			comparison.run();
		}
		finally {
			tasks.deleteCandidateGroup(taskId, "GIAO_THUY.nominator");
		}
	}

	public static void assertSameAnswers(IdentityService identity, TaskService tasks, FilterService filters,
			List<String> users, List<String> businessKeys) {
		long before = TaskQueryPlugin.REWRITTEN.get();
		long candidates = CandidateLinkRewrite.REWRITTEN.get();
		long distinct = CandidateLinkRewrite.DISTINCT_DROPPED.get();
		for (String user : users) {
			List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
			identity.setAuthentication(user, groups);
			try {
				same(user + ": all tasks", () -> ids(tasks.createTaskQuery().orderByTaskId().asc().list()));
				same(user + ": count", () -> tasks.createTaskQuery().count());
				if (!groups.isEmpty()) {
					same(user + ": the org filter, first page by due date",
							() -> ids(tasks.createTaskQuery().taskCandidateGroupIn(groups).orderByDueDate().asc()
								.orderByTaskId().asc().listPage(0, 50)));
					same(user + ": the org filter's count", () -> tasks.createTaskQuery().taskCandidateGroupIn(groups).count());
					same(user + ": one group, assigned included", () -> ids(tasks.createTaskQuery()
						.taskCandidateGroup(groups.get(0)).includeAssignedTasks().orderByTaskCreateTime().desc().orderByTaskId().asc().list()));
					same(user + ": with candidate groups", () -> ids(tasks.createTaskQuery().withCandidateGroups()
						.orderByTaskId().asc().list()));
					same(user + ": without candidate groups", () -> ids(tasks.createTaskQuery().withoutCandidateGroups()
						.orderByTaskId().asc().list()));
					same(user + ": assigned to me or my groups'", () -> ids(tasks.createTaskQuery().or().taskAssignee(user)
						.taskCandidateGroupIn(groups).endOr().orderByDueDate().asc().orderByTaskId().asc().listPage(0, 50)));
				}
				same(user + ": involving me", () -> ids(tasks.createTaskQuery().taskInvolvedUser(user).orderByTaskId().asc().list()));
				for (Filter filter : filters.createTaskFilterQuery().orderByFilterId().asc().list()) {
					// the filters sort by due date alone: tasks of the same due date may come in any order, both ways
					same(user + ": Tasklist's filter " + filter.getName(), () -> ids(filters.list(filter.getId())).stream()
						.sorted().toList());
					same(user + ": Tasklist's filter " + filter.getName() + ", its first page's due dates",
							() -> filters.<Task>listPage(filter.getId(), 0, 15).stream().map(Task::getDueDate).toList());
					same(user + ": Tasklist's filter " + filter.getName() + ", count", () -> filters.count(filter.getId()));
				}
				same(user + ": assigned or candidate (Tasklist's 'my tasks')",
						() -> ids(tasks.createTaskQuery().or().taskAssignee(user).taskCandidateUser(user).endOr()
							.orderByTaskId().asc().list()));
				for (String key : businessKeys) {
					same(user + ": tasks of " + key,
							() -> ids(tasks.createTaskQuery().processInstanceBusinessKey(key).orderByTaskId().asc().list()));
				}
			}
			finally {
				identity.clearAuthentication();
			}
		}
		assertThat(TaskQueryPlugin.REWRITTEN.get()).as("task queries rewritten").isGreaterThan(before);
		assertThat(CandidateLinkRewrite.REWRITTEN.get()).as("candidate joins rewritten").isGreaterThan(candidates);
		assertThat(CandidateLinkRewrite.DISTINCT_DROPPED.get()).as("lists without DISTINCT").isGreaterThan(distinct);
	}

	/** How often the groups holding authorizations were read by index (PostgreSQL), since start. */
	public static long authorizedGroupsReadByIndex() {
		return AuthorizedGroups.REWRITTEN.get();
	}

	private static void same(String what, Supplier<Object> query) {
		Object rewritten = query.get();
		Object own;
		TaskQueryPlugin.BYPASS.set(true);
		try {
			own = query.get();
		}
		finally {
			TaskQueryPlugin.BYPASS.set(false);
		}
		assertThat(rewritten).as(what).isEqualTo(own);
	}

	private static List<String> ids(List<Task> list) {
		return list.stream().map(Task::getId).toList();
	}

}
