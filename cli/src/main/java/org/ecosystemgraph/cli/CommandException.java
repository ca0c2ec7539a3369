package org.ecosystemgraph.cli;

/** A failure a command reports to its user in words, without a stack trace, and exits non-zero for. */
final class CommandException extends RuntimeException {

    CommandException(String message) {
        super(message);
    }
}
