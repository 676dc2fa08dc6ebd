package org.mlcatalog.entry;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mlcatalog.problem.ProblemException;

/**
 * A query parameter that narrows a list: its name, the SQL condition it adds (over the entry table
 * {@code e} and the kind's table {@code k}, with {@code {values}} standing for an array of the bound
 * values) and how a raw value becomes a bound value. Repeating the parameter means any of the
 * values. The values are one array parameter, so a filter given once or three times sends the same
 * statement text.
 */
public record FilterParameter(String name, String condition, Function<String, Object> parser) {

    public static final String VALUES = "{values}";

    /** A column that holds one of the API names of an enumeration. */
    public static <E extends Enum<E>> FilterParameter oneOf(String name, String column, Class<E> type) {
        List<String> allowed =
                Arrays.stream(type.getEnumConstants()).map(Slugs::of).toList();
        return oneOf(name, column + " = ANY(" + VALUES + ")", () -> allowed);
    }

    /** A condition over values from a list known when the filter is used, such as the specializations. */
    public static FilterParameter oneOf(String name, String condition, Supplier<List<String>> values) {
        // Read the allowed values once per filter, however many values a request repeats.
        Supplier<List<String>> once = new Supplier<>() {
            private List<String> allowed;

            @Override
            public List<String> get() {
                if (allowed == null) {
                    allowed = values.get();
                }
                return allowed;
            }
        };
        return new FilterParameter(name, condition, value -> {
            List<String> allowed = once.get();
            if (!allowed.contains(value)) {
                throw ProblemException.invalid(
                        name, "has no value '%s'; allowed values: %s".formatted(value, String.join(", ", allowed)));
            }
            return value;
        });
    }

    /** A boolean column. */
    public static FilterParameter flag(String name, String column) {
        return new FilterParameter(
                name, column + " = ANY(" + VALUES + ")", value -> switch (value.toLowerCase(Locale.ROOT)) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw ProblemException.invalid(name, "must be true or false");
                });
    }

    /** A condition over open-ended values of a given form, such as language codes, no longer than a slug. */
    public static FilterParameter matching(String name, String condition, String pattern, String form) {
        return matching(name, condition, pattern, Slugs.MAX_LENGTH, form);
    }

    /** A condition over open-ended values of a given form and at most {@code maxLength} characters, such as tags. */
    public static FilterParameter matching(String name, String condition, String pattern, int maxLength, String form) {
        return new FilterParameter(name, condition, value -> {
            if (value.length() > maxLength || !value.matches(pattern)) {
                throw ProblemException.invalid(name, "must be " + form);
            }
            return value;
        });
    }

    /** An open-ended slug column, such as a competition's platform. */
    public static FilterParameter slug(String name, String column) {
        return matching(name, column + " = ANY(" + VALUES + ")", Slugs.PATTERN, "lower-case words joined by hyphens");
    }
}
