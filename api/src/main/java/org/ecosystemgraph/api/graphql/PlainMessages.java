package org.ecosystemgraph.api.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * graphql-java's messages in the words of the query a client wrote: its syntax tree ({@code IntValue{value=5}}), its
 * Java types ({@code LinkedHashMap}) and its parser ({@code ANTLR}) become what they stand for.
 */
final class PlainMessages {

    private static final Map<String, String> LITERALS = Map.of(
            "IntValue", "a number",
            "FloatValue", "a decimal number",
            "StringValue", "a string",
            "BooleanValue", "true or false",
            "NullValue", "null",
            "EnumValue", "an enum value",
            "ArrayValue", "a list",
            "ObjectValue", "an input object",
            "VariableReference", "a variable");

    private static final Map<String, String> JAVA_TYPES = Map.ofEntries(
            Map.entry("Integer", "a number"),
            Map.entry("Long", "a number"),
            Map.entry("Short", "a number"),
            Map.entry("Byte", "a number"),
            Map.entry("BigInteger", "a number"),
            Map.entry("Double", "a decimal number"),
            Map.entry("Float", "a decimal number"),
            Map.entry("BigDecimal", "a decimal number"),
            Map.entry("String", "a string"),
            Map.entry("Boolean", "true or false"),
            Map.entry("ArrayList", "a list"),
            Map.entry("List", "a list"),
            Map.entry("LinkedHashMap", "an object"),
            Map.entry("HashMap", "an object"),
            Map.entry("Map", "an object"));

    private record Rule(Pattern pattern, Function<MatchResult, String> replacement) {

        static Rule of(String regex, Function<MatchResult, String> replacement) {
            return new Rule(Pattern.compile(regex), replacement);
        }

        String apply(String message) {
            return pattern.matcher(message).replaceAll(match -> Matcher.quoteReplacement(replacement.apply(match)));
        }
    }

    private static final List<Rule> RULES = List.of(
            Rule.of(
                    "^Validation error \\(\\w+@\\[([^\\]]*)]\\) : ",
                    m -> m.group(1).isEmpty() ? "Validation error: " : "Validation error in '" + m.group(1) + "': "),
            // The value as graphql-java prints its syntax tree; the client knows what it sent.
            Rule.of(
                    "argument '([^']*)' with value '.*?' (?=is not|contains|must be)",
                    m -> "argument '" + m.group(1) + "' "),
            Rule.of(
                    "Expected an AST type of '(\\w+)' but it was a '(\\w+)'",
                    m -> "expected " + literal(m.group(1)) + ", but it was " + literal(m.group(2))),
            Rule.of(
                    "Literal value not in allowable values for enum '(\\w+)' - '.*?name='([^']*)'.*",
                    m -> "'" + m.group(2) + "' is not one of the values of '" + m.group(1) + "'"),
            Rule.of(
                    "Invalid syntax with ANTLR error 'token recognition error at: '(.*)'' at",
                    m -> "Invalid syntax:" + " unexpected characters '" + m.group(1) + "' at"),
            Rule.of("Invalid syntax with ANTLR error '(.*)' at", m -> "Invalid syntax (" + m.group(1) + ") at"),
            Rule.of(
                    "Expected type 'Map' but was '(\\w+)'\\. Variables for input objects must be an instance of type"
                            + " 'Map'\\.",
                    m -> "Expected an input object, but it was " + javaType(m.group(1)) + "."),
            Rule.of("(but it was a|but was a|but was) '(\\w+)'", m -> "but it was " + javaType(m.group(2))),
            // Anything of the syntax tree left: a literal's kind says enough.
            Rule.of("(\\w+Value)\\{[^{}]*}", m -> literal(m.group(1))));

    private PlainMessages() {}

    static String of(String message) {
        if (message == null) {
            return null;
        }
        String plain = message;
        for (Rule rule : RULES) {
            plain = rule.apply(plain);
        }
        return plain;
    }

    private static String literal(String astType) {
        return LITERALS.getOrDefault(astType, "a value");
    }

    private static String javaType(String name) {
        return JAVA_TYPES.getOrDefault(name, "'" + name + "'");
    }
}
