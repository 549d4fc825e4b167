package vn.tdkt.awards.workflow;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable name bound to its Java type. Reads fail loudly: a missing or mistyped variable is a modelling
 * bug and must surface as an incident, not as a silent null.
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

	public void set(VariableScope scope, T value) {
		scope.setVariable(name, value);
	}

	public void setLocal(VariableScope scope, T value) {
		scope.setVariableLocal(name, value);
	}

	public void remove(VariableScope scope) {
		scope.removeVariable(name);
	}

}
