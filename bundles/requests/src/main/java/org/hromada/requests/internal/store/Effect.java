package org.hromada.requests.internal.store;

/** What a transition did besides changing the request: the deadline change and the notice to send (either may be null). */
record Effect(Change deadline, String notice) {
}
