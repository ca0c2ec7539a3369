package org.ecosystemgraph.api.consortium;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import java.util.ArrayList;
import java.util.List;
import org.dataloader.DataLoader;
import org.ecosystemgraph.api.graph.NestedReads;
import org.ecosystemgraph.api.graph.OrganizationFields;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Memberships and members read in the statement of the organization or consortium above them: an organization's
 * {@code memberships}, each consortium's {@code members} (of today: without {@code asOf}), each member's memberships
 * again, down to {@link #DEPTH} lists, as far as the request asks for them without a break.
 */
@Component
class MembershipReads implements NestedReads {

    /** The loaders the lists are handed to: members by consortium and date, memberships by organization id. */
    static final String MEMBERS = "consortiumMembers";

    static final String MEMBERSHIPS = "organizationMemberships";

    /** Lists read in the root's statement at most: deeper ones grow the statement more than they save. */
    private static final int DEPTH = 3;

    private static final Plan NOTHING = new Plan() {
        @Override
        public String columns() {
            return "";
        }

        @Override
        public void load(Record row) {}
    };

    @Override
    public Plan plan(DataFetchingEnvironment environment, String type, String variable) {
        boolean fromOrganization = type.equals("Organization");
        int lists = lists(environment.getSelectionSet(), fromOrganization);
        return lists == 0
                ? NOTHING
                : new Lists(
                        environment,
                        fromOrganization,
                        variable,
                        lists,
                        OrganizationFields.of(environment.getGraphQlContext()));
    }

    /** How many lists, one inside the other, the selection asks for from the root down. */
    private static int lists(DataFetchingFieldSelectionSet selection, boolean fromOrganization) {
        String path = "";
        int lists = 0;
        for (boolean organization = fromOrganization; lists < DEPTH; organization = !organization) {
            String field = path + (organization ? "memberships" : "members");
            var asked = selection.getFields(field);
            boolean today = asked.stream().anyMatch(f -> f.getArguments().get("asOf") == null);
            if (asked.isEmpty() || !organization && !today) {
                break;
            }
            lists++;
            path = field + (organization ? "/consortium/" : "/organization/");
        }
        return lists;
    }

    /** The lists below one root, from its organization (memberships first) or its consortium (members first). */
    private record Lists(
            DataFetchingEnvironment environment,
            boolean fromOrganization,
            String variable,
            int lists,
            OrganizationFields fields)
            implements Plan {

        @Override
        public String columns() {
            return ", " + collect(fromOrganization, variable, 1) + " AS nested";
        }

        /**
         * The list at {@code level} below the node bound to {@code parent}, ordered as the loaders order it: memberships
         * by consortium name, members by role (those with one first), sector and name.
         */
        private String collect(boolean organization, String parent, int level) {
            String m = "m" + level;
            String x = "x" + level;
            String next = level < lists ? ", next: " + collect(!organization, x, level + 1) : "";
            String template = organization ? """
                      COLLECT { MATCH (%1$s)-[%2$s:MEMBER_OF]->(%3$s:Organization)
                                WITH %2$s, %3$s ORDER BY %3$s.name
                                RETURN {m: %4$s, c: %5$s%6$s} }""" : """
                      COLLECT { MATCH (%3$s:Organization)-[%2$s:MEMBER_OF]->(%1$s:Consortium)
                                WITH %2$s, %3$s ORDER BY %2$s.role IS NULL, %3$s.sector, %3$s.name
                                RETURN {m: %4$s, o: %5$s%6$s} }""";
            return template.formatted(parent, m, x, fields.membershipProjection(m), fields.projection(x), next);
        }

        @Override
        public void load(Record row) {
            if (fromOrganization) {
                memberships(row.get(variable), row.get("nested"), 1);
            } else {
                members(Consortium.of(row.get(variable)), row.get("nested"), 1);
            }
        }

        private void memberships(Value owner, Value rows, int level) {
            List<Membership> memberships = new ArrayList<>();
            for (Value row : rows.values()) {
                var consortium = Consortium.of(row.get("c"));
                memberships.add(Membership.of(owner, consortium, row.get("m")));
                if (level < lists) {
                    members(consortium, row.get("next"), level + 1);
                }
            }
            DataLoader<String, List<Membership>> loader = environment.getDataLoader(MEMBERSHIPS);
            loader.prime(owner.get("id").asString(), memberships);
        }

        private void members(Consortium consortium, Value rows, int level) {
            List<Membership> members = new ArrayList<>();
            for (Value row : rows.values()) {
                members.add(Membership.of(row.get("o"), consortium, row.get("m")));
                if (level < lists) {
                    memberships(row.get("o"), row.get("next"), level + 1);
                }
            }
            DataLoader<ConsortiumRepository.MembersKey, List<Membership>> loader = environment.getDataLoader(MEMBERS);
            loader.prime(new ConsortiumRepository.MembersKey(consortium.id(), null), members);
        }
    }
}
