package io.optionsv4.marketdata.replay;

/** A row that cannot be used, with the reason and the offending field (empty when the row as a whole is wrong). */
final class RowException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final DataIssue issue;
    private final String field;

    RowException(DataIssue issue, String field, String message) {
        super(message);
        this.issue = issue;
        this.field = field;
    }

    DataIssue issue() {
        return issue;
    }

    String field() {
        return field;
    }
}
