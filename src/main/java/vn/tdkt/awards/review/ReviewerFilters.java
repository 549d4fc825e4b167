package vn.tdkt.awards.review;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Saved Tasklist filters for every reviewer, in Vietnamese, each sorted by due date and scoped by expressions to the
 * user and its groups (so one set serves appraisers, council secretaries and leaders of every org): my tasks, my
 * org's tasks, due soon (the follow-up date, set REMINDER_LEAD working days before the due date, has come), overdue.
 */
@Component
public class ReviewerFilters {

	private static final Logger LOG = LoggerFactory.getLogger(ReviewerFilters.class);

	public static final String MINE = "Việc của tôi";

	public static final String ORG = "Việc của đơn vị";

	public static final String DUE_SOON = "Sắp đến hạn";

	public static final String OVERDUE = "Quá hạn";

	private final FilterService filters;

	private final TaskService tasks;

	public ReviewerFilters(FilterService filters, TaskService tasks) {
		this.filters = filters;
		this.tasks = tasks;
	}

	public void create() {
		int created = 0;
		created += create(MINE, "Công việc đang giao cho tôi", -20, "#b5121b",
				tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
		created += create(ORG, "Công việc của các nhóm tôi thuộc (đơn vị, vai trò)", -10, "#1b4f9c", orgTasks());
		created += create(DUE_SOON, "Đã đến ngày nhắc việc: hạn xử lý trong vài ngày làm việc tới", 0, "#9a6700",
				orgTasks().followUpBeforeExpression("${now()}").dueAfterExpression("${now()}"));
		created += create(OVERDUE, "Đã quá hạn xử lý", 10, "#8a1219",
				orgTasks().dueBeforeExpression("${now()}"));
		LOG.info("Tasklist filters ready ({} created)", created);
	}

	private TaskQuery orgTasks() {
		return tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks();
	}

	private int create(String name, String description, int priority, String color, TaskQuery query) {
		if (filters.createFilterQuery().filterName(name).count() > 0) {
			return 0;
		}
		query.orderByDueDate().asc();
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("description", description);
		properties.put("priority", priority);
		properties.put("color", color);
		properties.put("refresh", true);
		Filter filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
		filters.saveFilter(filter);
		return 1;
	}

}
