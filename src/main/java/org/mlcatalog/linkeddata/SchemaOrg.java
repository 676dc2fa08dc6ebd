package org.mlcatalog.linkeddata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.mlcatalog.entry.EntryRepresentation;

/**
 * An entry in schema.org terms (JSON-LD), so search engines and learning platforms can read it:
 * a Course, an Event, an Organization, a Book or article, or an educational program.
 */
@ApplicationScoped
public class SchemaOrg {

    public static final String MEDIA_TYPE = "application/ld+json";

    private final ObjectMapper mapper;

    public SchemaOrg(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectNode of(EntryRepresentation entry) {
        JsonNode fields = mapper.valueToTree(entry);
        ObjectNode thing = mapper.createObjectNode();
        thing.put("@context", "https://schema.org");
        thing.put("@type", type(fields));
        thing.put("@id", entry.url());
        thing.put("identifier", entry.id());
        thing.put("name", entry.title());
        thing.put("description", entry.summary());
        thing.put("url", entry.url());
        thing.put("isAccessibleForFree", !entry.cost().toString().equals("paid"));
        thing.put("educationalLevel", entry.level().toString());
        thing.put("dateModified", entry.updatedAt().toString());
        thing.set("inLanguage", mapper.valueToTree(entry.languages()));
        thing.put("keywords", String.join(", ", entry.tags()));
        thing.set("about", mapper.valueToTree(entry.specializations()));
        if (entry.provider() != null) {
            thing.set(fields.has("organizer") ? "sponsor" : "provider", organization(entry.provider()));
        }
        switch (entry.kind()) {
            case COURSE -> {
                copy(fields, "prerequisites", thing, "coursePrerequisites");
                if (fields.hasNonNull("durationHours")) {
                    thing.put("timeRequired", "PT" + fields.get("durationHours").asInt() + "H");
                }
            }
            case COMPETITION, EVENT -> {
                copy(fields, "startDate", thing, "startDate");
                copy(fields, "endDate", thing, "endDate");
                if (fields.hasNonNull("organizer")) {
                    thing.set("organizer", organization(fields.get("organizer").asText()));
                }
                if (fields.hasNonNull("location")) {
                    thing.set(
                            "location",
                            mapper.createObjectNode()
                                    .put("@type", "Place")
                                    .put("name", fields.get("location").asText()));
                }
                boolean online =
                        fields.path("online").asBoolean(entry.kind().toString().equals("competition"));
                thing.put(
                        "eventAttendanceMode",
                        online
                                ? "https://schema.org/OnlineEventAttendanceMode"
                                : "https://schema.org/OfflineEventAttendanceMode");
            }
            case ORGANIZATION -> {
                copy(fields, "acronym", thing, "alternateName");
                copy(fields, "foundedYear", thing, "foundingDate");
                copy(fields, "region", thing, "areaServed");
            }
            case COMMUNITY -> copy(fields, "location", thing, "location");
            case READING -> {
                ArrayNode authors = thing.putArray("author");
                fields.path("authors")
                        .forEach(author -> authors.add(
                                mapper.createObjectNode().put("@type", "Person").put("name", author.asText())));
                copy(fields, "year", thing, "datePublished");
            }
            case PROGRAM -> {
                copy(fields, "type", thing, "programType");
                copy(fields, "eligibility", thing, "programPrerequisites");
                copy(fields, "applicationPeriod", thing, "applicationStartDate");
            }
        }
        return thing;
    }

    private static String type(JsonNode fields) {
        return switch (fields.get("kind").asText()) {
            case "course" -> "Course";
            case "competition", "event" -> "Event";
            case "organization", "community" -> "Organization";
            case "program" -> "EducationalOccupationalProgram";
            default ->
                switch (fields.path("format").asText()) {
                    case "book" -> "Book";
                    case "paper" -> "ScholarlyArticle";
                    case "article" -> "Article";
                    default -> "CreativeWork";
                };
        };
    }

    private ObjectNode organization(String name) {
        return mapper.createObjectNode().put("@type", "Organization").put("name", name);
    }

    private static void copy(JsonNode from, String field, ObjectNode to, String property) {
        if (from.hasNonNull(field)) {
            to.set(property, from.get(field));
        }
    }
}
