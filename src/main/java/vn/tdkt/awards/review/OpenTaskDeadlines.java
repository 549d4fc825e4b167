package vn.tdkt.awards.review;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.legal.BusinessCalendar;
import vn.tdkt.awards.legal.WorkingCalendar;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.workflow.AwardNominationProcess;

/**
 * A day off or a working Saturday added to the calendar moves the deadlines of the review tasks it falls within: a
 * day off between a task's creation and its due date pushes the due date (and its reminder, when the day comes before
 * it) one working day later, a working Saturday brings them one earlier; the task's timers move with them.
 */
@Component
class OpenTaskDeadlines {

	private static final Logger LOG = LoggerFactory.getLogger(OpenTaskDeadlines.class);

	private final TaskService tasks;

	private final ManagementService management;

	private final BusinessCalendar calendar;

	OpenTaskDeadlines(TaskService tasks, ManagementService management, BusinessCalendar calendar) {
		this.tasks = tasks;
		this.management = management;
		this.calendar = calendar;
	}

	@EventListener
	void dayAdded(WorkingCalendar.DayAdded added) {
		int moved = 0;
		List<Task> open = tasks.createTaskQuery()
			.processDefinitionKey(AwardNominationProcess.LEVEL_REVIEW_KEY)
			.dueAfter(Date.from(added.date().atStartOfDay(AppClock.ZONE).toInstant()))
			.list();
		for (Task task : open) {
			LocalDate created = calendar.toLocalDate(task.getCreateTime());
			if (!added.date().isAfter(created)) {
				continue;
			}
			Date due = task.getDueDate();
			Date newDue = shift(due, added);
			Date reminder = task.getFollowUpDate();
			Date newReminder = reminder != null && !added.date().isAfter(calendar.toLocalDate(reminder))
					? shift(reminder, added) : reminder;
			for (Job timer : management.createJobQuery().processInstanceId(task.getProcessInstanceId()).timers().list()) {
				if (timer.getDuedate().equals(due)) {
					management.setJobDuedate(timer.getId(), newDue);
				}
				else if (reminder != null && timer.getDuedate().equals(reminder)) {
					management.setJobDuedate(timer.getId(), newReminder);
				}
			}
			task.setDueDate(newDue);
			task.setFollowUpDate(newReminder);
			tasks.saveTask(task);
			moved++;
		}
		LOG.info("{} {} moved the deadlines of {} open review tasks", added.date(),
				added.working() ? "worked" : "off", moved);
	}

	private Date shift(Date date, WorkingCalendar.DayAdded added) {
		LocalDate day = calendar.toLocalDate(date);
		LocalDate moved = added.working() ? calendar.subtractWorkingDays(day, 1) : calendar.addWorkingDays(day, 1);
		return calendar.closeOfBusiness(moved);
	}

}
