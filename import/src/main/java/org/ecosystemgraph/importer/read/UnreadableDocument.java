package org.ecosystemgraph.importer.read;

/** A file from which no text can be had, saying which file and why, in words its owner can act on. */
public final class UnreadableDocument extends RuntimeException {

    public UnreadableDocument(String file, String why) {
        super(file + ": " + why);
    }
}
