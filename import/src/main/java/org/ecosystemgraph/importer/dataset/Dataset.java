package org.ecosystemgraph.importer.dataset;

import java.util.List;
import java.util.Map;
import org.ecosystemgraph.model.OrganizationKind;
import org.ecosystemgraph.model.Sector;

/**
 * The reviewed facts one source document states, as written in a dataset file (docs/datasets.md). Records name
 * organizations as the document writes them; the importer resolves the names.
 */
public record Dataset(
        String document,
        List<Organization> organizations,
        List<Membership> memberships,
        List<Provides> provides,
        List<Relation> relations,
        List<Agreement> agreements,
        List<Programme> programmes,
        List<Facility> facilities,
        List<Plan> plans,
        List<Field> fields,
        List<Place> places) {

    public Dataset {
        organizations = orEmpty(organizations);
        memberships = orEmpty(memberships);
        provides = orEmpty(provides);
        relations = orEmpty(relations);
        agreements = orEmpty(agreements);
        programmes = orEmpty(programmes);
        facilities = orEmpty(facilities);
        plans = orEmpty(plans);
        fields = orEmpty(fields);
        places = orEmpty(places);
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * Where in the document a fact stands: 1-based lines ("295" or "295-297") and the words it stands on; and, for a
     * fact whose lines name only one end (a member in a member list), the heading of the section they stand in, which
     * names the other.
     */
    public record Source(String lines, String quote, Heading heading) {
        public Source(String lines, String quote) {
            this(lines, quote, null);
        }
    }

    /** The heading of the section a source stands in: its lines and the words of it that name the section's subject. */
    public record Heading(String lines, String quote) {}

    public record Organization(
            String name,
            String legalForm,
            String nameEn,
            List<String> aliases,
            Sector sector,
            List<OrganizationKind> kinds,
            String address,
            String phone,
            String place,
            List<Location> locations,
            String partOf,
            String established,
            Integer memberCount,
            String description,
            Source source) {
        public Organization {
            aliases = orEmpty(aliases);
            kinds = orEmpty(kinds);
            locations = orEmpty(locations);
        }
    }

    /**
     * A further place a document gives for a body or facility (a branch, a second campus, a second town), with the
     * words that give it; {@code place} holds the first, stated by the record's own source.
     */
    public record Location(String place, Source source) {}

    public record Membership(
            String member,
            String consortium,
            String role,
            String sectorColumn,
            String since,
            String until,
            Source source) {}

    public record Provides(String organization, String function, Source source) {}

    public record Relation(String type, String from, String to, String date, String note, Source source) {}

    public record Agreement(
            String id,
            String title,
            List<String> parties,
            String signedOn,
            String validFrom,
            String validTo,
            String predecessor,
            String status,
            List<AgreementEvent> events,
            List<Clause> clauses,
            Source source) {
        public Agreement {
            parties = orEmpty(parties);
            events = orEmpty(events);
            clauses = orEmpty(clauses);
        }
    }

    public record AgreementEvent(String type, String date, String validTo, Source source) {}

    public record Clause(
            String number, String heading, String text, String contact, List<Initiative> initiatives, Source source) {
        public Clause {
            initiatives = orEmpty(initiatives);
        }
    }

    public record Initiative(String name, String description, List<String> partners, Source source) {
        public Initiative {
            partners = orEmpty(partners);
        }
    }

    public record Programme(
            String id,
            String name,
            List<String> aliases,
            String kind,
            String description,
            List<String> operators,
            List<String> participants,
            List<String> fields,
            Source source) {
        public Programme {
            aliases = orEmpty(aliases);
            operators = orEmpty(operators);
            participants = orEmpty(participants);
            fields = orEmpty(fields);
        }
    }

    public record Facility(
            String id,
            String name,
            List<String> aliases,
            String kind,
            List<String> operators,
            String place,
            List<Location> locations,
            String address,
            String description,
            Source source) {
        public Facility {
            aliases = orEmpty(aliases);
            operators = orEmpty(operators);
            locations = orEmpty(locations);
        }
    }

    public record Plan(
            String id,
            String title,
            String kind,
            String publisher,
            Map<String, String> period,
            List<PlanItem> items,
            List<Kpi> kpis,
            Source source) {
        public Plan {
            items = orEmpty(items);
            kpis = orEmpty(kpis);
        }
    }

    public record PlanItem(
            String number,
            String kind,
            String title,
            String description,
            List<String> programmes,
            List<String> organizations,
            List<String> fields,
            List<Kpi> kpis,
            List<PlanItem> items,
            Source source) {
        public PlanItem {
            programmes = orEmpty(programmes);
            organizations = orEmpty(organizations);
            fields = orEmpty(fields);
            kpis = orEmpty(kpis);
            items = orEmpty(items);
        }
    }

    public record Kpi(
            String indicator,
            String target,
            String unit,
            String targetYear,
            String baseline,
            String baselineYear,
            Source source) {}

    public record Field(
            String id, String name, String nameEn, String broader, List<String> organizations, Source source) {
        public Field {
            organizations = orEmpty(organizations);
        }
    }

    public record Place(String id, String name, String kind, String partOf, Source source) {}
}
