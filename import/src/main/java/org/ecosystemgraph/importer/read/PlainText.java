package org.ecosystemgraph.importer.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** A text file: UTF-8, as written; anything else (Shift-JIS, a binary file) is refused with what to do. */
final class PlainText {

    private PlainText() {}

    static ReadDocument read(String name, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableDocument(
                    name,
                    "is neither a PDF, a web page nor UTF-8 text (convert it to UTF-8, e.g."
                            + " from Shift-JIS, or save it as PDF)");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.chars().anyMatch(c -> c == 0 || c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
            throw new UnreadableDocument(name, "holds control characters, so it is not text (a binary file?)");
        }
        text = Lines.tidy(text);
        if (text.isBlank()) {
            throw new UnreadableDocument(name, "holds no text");
        }
        return new ReadDocument(text, Lines.first(text), ReadDocument.Format.TEXT);
    }
}
