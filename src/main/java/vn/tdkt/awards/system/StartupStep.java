package vn.tdkt.awards.system;

/**
 * One module's share of bringing the database up to its reference data before traffic is accepted. {@link StartupData}
 * runs every step in the order of their {@link org.springframework.core.annotation.Order} (org tree 10, reference
 * tables 20, groups and demo users 30, Tasklist filters and dossiers in flight 50), under {@link StartupLock}. Each
 * step is idempotent: restarts are safe.
 */
public interface StartupStep {

	void run();

}
