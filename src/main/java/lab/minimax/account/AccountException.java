package lab.minimax.account;

/**
 * A refused account change, with a message that names the field and what is allowed (shown as is
 * to the operator in the admin view and on the command line).
 */
public final class AccountException extends IllegalArgumentException {
    private final String field;

    AccountException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The field at fault: {@code username} or {@code password}. */
    public String field() {
        return field;
    }
}
