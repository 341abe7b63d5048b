package io.optionsv4.engine.allocation;

/** Thrown when there is nothing to allocate from: no analysis stored for the date, or no usable strategy in it. */
public final class NothingToAllocateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message the user can act on. */
    public NothingToAllocateException(String message) {
        super(message);
    }
}
