package org.mlcatalog.support;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Valid request bodies for each kind, made unique so tests never collide with each other or the seed. */
public final class Samples {

    /** The kinds with their collection paths. */
    public enum KindPath {
        COURSE("course", "courses"),
        COMPETITION("competition", "competitions"),
        ORGANIZATION("organization", "organizations"),
        COMMUNITY("community", "communities"),
        EVENT("event", "events"),
        READING("reading", "readings"),
        PROGRAM("program", "programs");

        public final String kind;
        public final String collection;

        KindPath(String kind, String collection) {
            this.kind = kind;
            this.collection = collection;
        }

        public String path() {
            return "/api/v1/" + collection;
        }

        @Override
        public String toString() {
            return kind;
        }
    }

    private Samples() {}

    /** A complete, valid body of a kind, with the given tag so a test can find its own entries. */
    public static Map<String, Object> body(KindPath kind, String tag) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Sample " + kind.kind + " " + tag);
        body.put("summary", "A sample " + kind.kind + " that a test creates to exercise the catalog API.");
        body.put("url", "https://example.org/" + kind.collection + "/" + tag);
        body.put("provider", "Example provider");
        body.put("stages", List.of("practice"));
        body.put("specializations", List.of("nlp"));
        body.put("level", "beginner");
        body.put("cost", "free");
        body.put("languages", List.of("en"));
        body.put("tags", List.of(tag));
        body.putAll(own(kind));
        return body;
    }

    /** A valid specialization body; without a slug when {@code slug} is null (the service derives one). */
    public static Map<String, Object> specialization(String slug, String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (slug != null) {
            body.put("slug", slug);
        }
        body.put("name", name);
        body.put("description", "A specialization that a test creates: " + name + ".");
        return body;
    }

    /** The kind's own fields, all valid. */
    public static Map<String, Object> own(KindPath kind) {
        Map<String, Object> own = new HashMap<>();
        switch (kind) {
            case COURSE -> {
                own.put("format", "self-paced");
                own.put("durationHours", 40);
                own.put("certificate", true);
                own.put("prerequisites", List.of("Python"));
            }
            case COMPETITION -> {
                own.put("platform", "kaggle");
                own.put("startDate", "2020-01-01");
                own.put("endDate", "2020-03-31");
                own.put("prize", "USD 10,000");
                own.put("maxTeamSize", 5);
            }
            case ORGANIZATION -> {
                own.put("acronym", "EX");
                own.put("type", "non-profit");
                own.put("membership", "free");
                own.put("foundedYear", 2001);
                own.put("region", "europe");
            }
            case COMMUNITY -> {
                own.put("platform", "discord");
                own.put("online", true);
            }
            case EVENT -> {
                own.put("type", "conference");
                own.put("startDate", "2027-07-10");
                own.put("endDate", "2027-07-15");
                own.put("location", "Vienna, Austria");
                own.put("online", false);
                own.put("organizer", "Example society");
                own.put("recurrence", "annual");
            }
            case READING -> {
                own.put("format", "book");
                own.put("authors", List.of("Ada Lovelace"));
                own.put("year", 2019);
                own.put("freeOnline", true);
            }
            case PROGRAM -> {
                own.put("type", "internship");
                own.put("organizer", "Example lab");
                own.put("eligibility", "Undergraduate students");
                own.put("paid", true);
                own.put("applicationPeriod", "Applications open in January");
            }
        }
        return own;
    }
}
