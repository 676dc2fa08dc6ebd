package org.mlcatalog.entry;

import jakarta.persistence.AttributeConverter;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Lower-case kebab-case names: the form of ids, tags and enumeration values in the API and the database. */
public final class Slugs {

    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final int MAX_LENGTH = 80;

    private static final Pattern SLUG = Pattern.compile(PATTERN);
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private Slugs() {}

    /** Whether a text has the form of an id or taxonomy slug. */
    public static boolean isSlug(String text) {
        return text.length() <= MAX_LENGTH && SLUG.matcher(text).matches();
    }

    /** The API name of an enumeration constant: {@code SELF_PACED} is {@code self-paced}. */
    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Lower case without accents: the form of ids, and of text as the search index compares it. */
    public static String fold(String text) {
        return DIACRITICS
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    /** A readable id from free text: accents dropped, words joined by hyphens, cut at a word boundary. */
    public static String fromText(String text) {
        String slug = SEPARATORS.matcher(fold(text)).replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        while (slug.length() > MAX_LENGTH - 4) {
            int cut = slug.lastIndexOf('-');
            slug = cut > 0 ? slug.substring(0, cut) : slug.substring(0, MAX_LENGTH - 4);
        }
        return slug.isEmpty() ? "entry" : slug;
    }

    /**
     * Stores an enumeration as its API name. Each enumeration declares a one-line subclass, since
     * JPA needs a concrete converter per type.
     */
    public abstract static class Converter<E extends Enum<E>> implements AttributeConverter<E, String> {

        private final Class<E> type;
        private final Map<String, E> byName;

        protected Converter(Class<E> type) {
            this.type = type;
            this.byName = Arrays.stream(type.getEnumConstants())
                    .collect(Collectors.toUnmodifiableMap(Slugs::of, constant -> constant));
        }

        @Override
        public String convertToDatabaseColumn(E value) {
            return value == null ? null : of(value);
        }

        @Override
        public E convertToEntityAttribute(String column) {
            if (column == null) {
                return null;
            }
            E constant = byName.get(column);
            if (constant == null) {
                throw new IllegalStateException("Unknown " + type.getSimpleName() + " " + column);
            }
            return constant;
        }
    }
}
