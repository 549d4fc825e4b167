package vn.tdkt.awards.report;

import java.util.Map;

import vn.tdkt.awards.org.OrgUnit;

/** Walking the org tree as a report counts it: up the parents, and (rolling up) over whole successions. */
final class OrgWalk {

	private OrgWalk() {
	}

	/** Whether the org is the root or under it, walking up parents and, when rolling up, successors. */
	static boolean under(String code, String root, Map<String, OrgUnit> all, Map<String, String> successor) {
		String at = code;
		for (int step = 0; at != null && step < 40; step++) {
			if (at.equals(root)) {
				return true;
			}
			String next = successor.get(at);
			if (next == null) {
				OrgUnit org = all.get(at);
				next = org == null ? null : org.parentCode();
			}
			at = next;
		}
		return false;
	}

	/** The org that stands for this one now: itself, or (rolling up) the last org that took it over whole. */
	static String current(String code, Map<String, String> successor) {
		String at = code;
		for (int step = 0; step < 10 && successor.containsKey(at); step++) {
			at = successor.get(at);
		}
		return at;
	}

}
