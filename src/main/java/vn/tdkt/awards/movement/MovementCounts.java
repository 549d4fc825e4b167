package vn.tdkt.awards.movement;

import java.util.Map;

/**
 * What hangs on movements, counted by the modules that own it (the dossiers by nomination, the awards by the
 * registry): movement code → count. The admin pages show it before a movement is changed.
 */
public interface MovementCounts {

	/** What is counted: {@code dossiers} or {@code awards}. */
	String what();

	Map<String, Long> byMovement();

}
