package org.ecosystemgraph.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The support functions bodies are credited with (技術移転支援 = TECHNOLOGY_TRANSFER ...), each with its broader function:
 * the file {@value #RESOURCE}, read by the importer, the API and the extractors alike.
 */
public final class SupportFunctionTaxonomy {

    /** Where the taxonomy is, on the classpath of this module. */
    public static final String RESOURCE = "model/support-functions.yaml";

    /**
     * A function; {@code cues} are the words by which running text says that a body offers it (相談窓口, 融資), for the
     * extractors that read prose.
     */
    public record Function(
            String code, String label, String labelEn, String broader, List<String> aliases, List<String> cues) {
        public Function {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            cues = cues == null ? List.of() : List.copyOf(cues);
        }
    }

    private record File(List<Function> functions) {}

    private final List<Function> functions;
    private final Map<String, Function> byKey = new HashMap<>();

    private SupportFunctionTaxonomy(List<Function> functions) {
        this.functions = List.copyOf(functions);
        for (Function function : functions) {
            byKey.put(function.code(), function);
            byKey.put(keyOf(function.label()), function);
            function.aliases().forEach(alias -> byKey.put(keyOf(alias), function));
        }
    }

    public static SupportFunctionTaxonomy bundled() {
        try (InputStream in = SupportFunctionTaxonomy.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing classpath resource " + RESOURCE);
            }
            return new SupportFunctionTaxonomy(new ObjectMapper(new YAMLFactory())
                    .readValue(in, File.class)
                    .functions());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the support-function taxonomy: " + e.getMessage(), e);
        }
    }

    public List<Function> functions() {
        return functions;
    }

    /** The function a code or a label names; 「技術移転」 and 「技術移転支援」 both name TECHNOLOGY_TRANSFER. */
    public Optional<Function> find(String codeOrLabel) {
        if (codeOrLabel == null) {
            return Optional.empty();
        }
        Function byCode = byKey.get(codeOrLabel.strip().toUpperCase(java.util.Locale.ROOT));
        if (byCode != null) {
            return Optional.of(byCode);
        }
        String key = keyOf(codeOrLabel);
        Function found = byKey.get(key);
        if (found == null && !key.endsWith("支援")) {
            found = byKey.get(key + "支援");
        }
        return Optional.ofNullable(found);
    }

    private static String keyOf(String label) {
        return OrganizationNames.clean(label).replaceAll("[\\s・･]", "");
    }
}
