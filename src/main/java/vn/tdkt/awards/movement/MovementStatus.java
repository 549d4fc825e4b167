package vn.tdkt.awards.movement;

/** Where a movement stands: announced but not started, under way, or summed up (tổng kết). */
public enum MovementStatus {

	PLANNED, ACTIVE, CLOSED

}
