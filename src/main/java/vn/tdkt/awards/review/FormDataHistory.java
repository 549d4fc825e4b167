package vn.tdkt.awards.review;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * The engine keeps no history of a review task's form data. Each review task carries read-only copies of our tables
 * for Tasklist's form (the dossier's summary, its nominees, their criteria, its documents and history, the choices
 * offered: {@link ReviewTaskPresenter}); they are written anew at every task and die with it. At history level
 * {@code full} each of them cost a historic variable row, a history detail at its creation and at each update, and a
 * copy of each Json value for both (142 statements fewer per BK_TTG dossier, issue #22); the dossier's
 * history is in our own timeline, and the reviewer's answers (the contract's variables, {@code approvedNominees}
 * included) keep their full engine history. So the history events of these task-local variables, and of nothing
 * else, are not handed on to the engine's history writer: {@code /engine-rest/history/variable-instance} and
 * {@code /history/detail} no longer list them (rows written before this version stay as they were). The engine's
 * supported extension point (the history event handler) is wrapped after the engine built it; the history level
 * stays {@code full}.
 */
@Component
public class FormDataHistory extends AbstractProcessEnginePlugin {

	/** The task-local variables the review tasks present (their declarations); a completion may change none. */
	static final Set<String> FORM_DATA = formData();

	/** The presented names; none may be a name a completion sets or a preset answer, whose history is kept. */
	static Set<String> formData() {
		Set<String> formData = Arrays.stream(ReviewTask.values())
			.flatMap(task -> task.presented().stream())
			.collect(Collectors.toUnmodifiableSet());
		for (ReviewTask task : ReviewTask.values()) {
			for (List<String> answers : List.of(task.variableNames(), task.formSlots(), task.presetDefaults())) {
				if (answers.stream().anyMatch(formData::contains)) {
					throw new IllegalStateException("A review task presents a variable of its answers: " + answers);
				}
			}
		}
		return formData;
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setHistoryEventHandler(new Filter(configuration.getHistoryEventHandler()));
	}

	static boolean isFormData(HistoryEvent event) {
		return event instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() != null
				&& FORM_DATA.contains(variable.getVariableName());
	}

	/** Hands every history event on to the engine's handler, but those of the review tasks' form data. */
	record Filter(HistoryEventHandler next) implements HistoryEventHandler {

		@Override
		public void handleEvent(HistoryEvent event) {
			if (!isFormData(event)) {
				next.handleEvent(event);
			}
		}

		@Override
		public void handleEvents(List<HistoryEvent> events) {
			List<HistoryEvent> kept = events.stream().filter(e -> !isFormData(e)).toList();
			if (!kept.isEmpty()) {
				next.handleEvents(kept);
			}
		}

	}

}
