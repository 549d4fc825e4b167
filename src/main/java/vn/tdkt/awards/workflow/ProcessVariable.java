package vn.tdkt.awards.workflow;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A process variable name bound to its Java type. Reads fail loudly: a missing or mistyped variable is a modelling
 * bug and must surface as an incident, not as a silent null. Values are set transient: they live for the transaction
 * that sets them (see {@link NominationVariables}).
 */
public record ProcessVariable<T>(String name, Class<T> type) {

	public static <T> ProcessVariable<T> of(String name, Class<T> type) {
		return new ProcessVariable<>(name, type);
	}

	public T get(VariableScope scope) {
		return find(scope).orElseThrow(
				() -> new IllegalStateException("Process variable '%s' is missing".formatted(name)));
	}

	public Optional<T> find(VariableScope scope) {
		Object value = scope.getVariable(name);
		if (value != null && !type.isInstance(value)) {
			throw new IllegalStateException("Process variable '%s' is a %s, expected %s".formatted(name,
					value.getClass().getSimpleName(), type.getSimpleName()));
		}
		return Optional.ofNullable(type.cast(value));
	}

	/**
	 * Drops the transient value once used: the engine notes on the execution's row that it holds variables while a
	 * transient one is there, and the first read that finds none writes the row again (see ReviewTaskPresenter).
	 */
	public void clear(VariableScope scope) {
		// only a transient value: an instance started under an earlier model may hold it stored, and needs it
		var value = scope.getVariableTyped(name);
		if (value != null && value.isTransient()) {
			scope.removeVariable(name);
		}
	}

	/** Sets the value for the rest of this transaction only (never stored). */
	public void setTransient(VariableScope scope, T value) {
		scope.setVariable(name, Variables.untypedValue(value, true));
	}

}
