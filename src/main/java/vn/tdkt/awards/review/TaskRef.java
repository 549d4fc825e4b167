package vn.tdkt.awards.review;

/** The user task a reviewer completed, and who completed it. */
public record TaskRef(String taskKey, String taskId, String actor) {
}
