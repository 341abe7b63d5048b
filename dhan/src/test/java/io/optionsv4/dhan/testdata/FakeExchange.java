package io.optionsv4.dhan.testdata;

/**
 * A request the {@link FakeDhanServer} received and the status it answered with.
 *
 * @param request the request
 * @param status the HTTP status of the answer
 * @param body the answer's body
 */
public record FakeExchange(RecordedRequest request, int status, String body) {

    /** Returns true when the answer refused the request for its rate (HTTP 429, data-API 805 or DH-904). */
    public boolean throttled() {
        return status == 429;
    }
}
