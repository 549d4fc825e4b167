package vn.tdkt.awards.movement;

import java.time.LocalDate;

/**
 * An emulation movement (phong trào thi đua).
 *
 * @param launchedBy org code of the launching authority (TTG: the Prime Minister; a province: its People's
 * Committee)
 * @param planNumber the implementing plan, e.g. "79/KH-UBND"
 */
public record Movement(String code, String name, String launchedBy, String planNumber, LocalDate planDate,
		int periodFrom, int periodTo, String leadAgency, String status) {

	/** The status as pages show it: an ACTIVE movement whose period is over is ENDED (awaiting its summing-up). */
	public String statusOn(LocalDate day) {
		return "ACTIVE".equals(status) && periodTo < day.getYear() ? "ENDED" : status;
	}

	/**
	 * Whether a dossier of this award year may report under the movement: its period, and the year after it, when a
	 * movement is summed up and its summing-up awards are proposed (a 2021–2025 movement's in 2026).
	 */
	public boolean covers(int year) {
		return year >= periodFrom && year <= periodTo + 1;
	}

}
