package org.ecosystemgraph.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** graphql-java's messages, as it gave them to requests of this API, and what a client reads instead. */
class PlainMessagesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Validation error (WrongType@[organization]) : argument 'name' with value 'IntValue{value=5}' is not a valid 'String' - Expected an AST type of 'StringValue' but it was a 'IntValue' | Validation error in 'organization': argument 'name' is not a valid 'String' - expected a string, but it was a number
            Validation error (WrongType@[organization]) : argument 'name' with value 'ArrayValue{values=[StringValue{value='a'}]}' is not a valid 'String' - Expected an AST type of 'StringValue' but it was a 'ArrayValue' | Validation error in 'organization': argument 'name' is not a valid 'String' - expected a string, but it was a list
            Variable 'n' has an invalid value: Expected a String input, but it was a 'Integer' | Variable 'n' has an invalid value: Expected a String input, but it was a number
            Variable 'n' has an invalid value: Expected a String input, but it was a 'ArrayList' | Variable 'n' has an invalid value: Expected a String input, but it was a list
            Variable 'n' has an invalid value: Expected a String input, but it was a 'LinkedHashMap' | Variable 'n' has an invalid value: Expected a String input, but it was an object
            Variable 'n' has an invalid value: Expected a value that can be converted to type 'Int' but it was a 'String' | Variable 'n' has an invalid value: Expected a value that can be converted to type 'Int' but it was a string
            Validation error (WrongType@[organizations]) : argument 'filter.sector' with value 'EnumValue{name='FOO'}' is not a valid 'Sector' - Literal value not in allowable values for enum 'Sector' - 'EnumValue{name='FOO'}' | Validation error in 'organizations': argument 'filter.sector' is not a valid 'Sector' - 'FOO' is not one of the values of 'Sector'
            Validation error (WrongType@[organizations]) : argument 'filter' with value 'ObjectValue{objectFields=[ObjectField{name='nope', value=IntValue{value=1}}]}' contains a field not in 'OrganizationFilter': 'nope' | Validation error in 'organizations': argument 'filter' contains a field not in 'OrganizationFilter': 'nope'
            Validation error (WrongType@[organizations]) : argument 'filter' with value 'IntValue{value=5}' must be an object type | Validation error in 'organizations': argument 'filter' must be an object type
            Variable 'f' has an invalid value: Expected type 'Map' but was 'ArrayList'. Variables for input objects must be an instance of type 'Map'. | Variable 'f' has an invalid value: Expected an input object, but it was a list.
            Invalid syntax with ANTLR error 'token recognition error at: '~'' at line 1 column 26 | Invalid syntax: unexpected characters '~' at line 1 column 26
            Invalid syntax with offending token '<EOF>' at line 1 column 41 | Invalid syntax with offending token '<EOF>' at line 1 column 41
            No organization is known as 'a' | No organization is known as 'a'
            """)
    void says_what_the_client_sent_in_its_own_words(String graphqlJava, String plain) {
        assertThat(PlainMessages.of(graphqlJava)).isEqualTo(plain);
    }
}
