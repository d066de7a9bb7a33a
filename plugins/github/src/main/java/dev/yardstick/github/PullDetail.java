package dev.yardstick.github;

/**
 * The comment counts of one pull request, from {@code GET /repos/{o}/{r}/pulls/{n}} (the listing lacks them).
 *
 * @param number the PR number
 * @param comments conversation comments
 * @param reviewComments review (diff) comments
 */
record PullDetail(int number, int comments, int reviewComments) {
}
