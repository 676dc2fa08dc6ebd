package org.mlcatalog.entry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The looser text query a search's index scan is driven by, when a query has words that most of
 * the catalog holds. PostgreSQL's GIN index answers "yann lecun deep learning course" by walking
 * the entries of every word, and "learning" is in three quarters of all entries: on a million
 * entries that walk takes milliseconds, while the entries with "yann" and "lecun" are a handful.
 * Matching those by the index and testing the whole query on each of them gives the same entries.
 *
 * <p>The driver is implied by the query: every entry the query matches, it matches too. It keeps
 * the words a match needs, drops negations (they cannot narrow an index scan) and reads a phrase as
 * its words. Of the words an AND needs, the rarest always stays; each further one stays while
 * reading its entries in the index costs less than testing the entries it would rule out.
 */
final class IndexDriver {

    /**
     * How many index postings one entry's test against the whole query costs: the table row read
     * and the query matched on its document, about 1.2 µs on the benchmark's machine, against
     * about 5 ns per posting walked: about 240, taken a little lower since the walk of a word's
     * postings skips ahead where the other words leave long gaps.
     */
    static final double RECHECK_POSTINGS = 200;

    private IndexDriver() {}

    /**
     * The tsquery (in PostgreSQL's text form) to drive the index by instead of {@code tsquery}, or
     * empty when the query itself is the better driver, or has no word a match needs.
     *
     * @param tsquery a tsquery in the text form PostgreSQL writes
     * @param share the share of the catalog's entries whose document holds a lexeme
     */
    static Optional<String> of(String tsquery, ToDoubleFunction<String> share) {
        Node root;
        try {
            root = new Parser(tsquery).parse();
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
        Driver driver = root.driver(share);
        return driver == null || !driver.looser() ? Optional.empty() : Optional.of(driver.tsquery());
    }

    /**
     * A driving query: its text, the share of entries it matches (words taken as independent), the
     * postings per catalog entry its index scan reads, and whether it matches more than its node.
     */
    private record Driver(String tsquery, double share, double postings, boolean looser) {}

    private sealed interface Node {

        /** What drives this node's matches, or null when nothing narrower than every entry does. */
        Driver driver(ToDoubleFunction<String> share);
    }

    private record Lexeme(String written, String lexeme, boolean prefix) implements Node {

        @Override
        public Driver driver(ToDoubleFunction<String> share) {
            // A prefix stands for every lexeme it starts: taken as common as can be.
            double matched = prefix ? 1 : Math.min(1, share.applyAsDouble(lexeme));
            return new Driver(written, matched, matched, false);
        }
    }

    private record Not(Node negated) implements Node {

        @Override
        public Driver driver(ToDoubleFunction<String> share) {
            return null;
        }
    }

    private record Or(List<Node> options) implements Node {

        @Override
        public Driver driver(ToDoubleFunction<String> share) {
            List<String> parts = new ArrayList<>();
            double matched = 0;
            double postings = 0;
            boolean looser = false;
            for (Node option : options) {
                Driver driver = option.driver(share);
                if (driver == null) {
                    return null;
                }
                parts.add(driver.tsquery());
                matched += driver.share();
                postings += driver.postings();
                looser |= driver.looser();
            }
            return new Driver("( " + String.join(" | ", parts) + " )", Math.min(1, matched), postings, looser);
        }
    }

    /** An AND, or a phrase, whose driver is the AND of its words (the positions are tested after). */
    private record And(List<Node> parts, boolean phrase) implements Node {

        @Override
        public Driver driver(ToDoubleFunction<String> share) {
            List<Node> conjuncts = new ArrayList<>();
            // A phrase's words are matched in any order and place: its positions are left to the test.
            boolean looser = conjuncts(conjuncts);
            List<Driver> drivers = conjuncts.stream()
                    .map(part -> part.driver(share))
                    .filter(Objects::nonNull)
                    .sorted(Comparator.comparingDouble(Driver::share))
                    .toList();
            if (drivers.isEmpty()) {
                return null;
            }
            looser |= drivers.size() < conjuncts.size();
            List<String> kept = new ArrayList<>();
            double matched = 1;
            double postings = 0;
            for (Driver driver : drivers) {
                boolean worthReading =
                        kept.isEmpty() || matched * (1 - driver.share()) * RECHECK_POSTINGS >= driver.postings();
                if (worthReading) {
                    kept.add(driver.tsquery());
                    matched *= driver.share();
                    postings += driver.postings();
                    looser |= driver.looser();
                } else {
                    looser = true;
                }
            }
            String tsquery = kept.size() == 1 ? kept.get(0) : "( " + String.join(" & ", kept) + " )";
            return new Driver(tsquery, matched, postings, looser);
        }

        /**
         * Adds what every match needs, nested ANDs and phrases taken apart so that all their words
         * are weighed together; true when a phrase was among them.
         */
        private boolean conjuncts(List<Node> into) {
            boolean hadPhrase = phrase;
            for (Node part : parts) {
                if (part instanceof And nested) {
                    hadPhrase |= nested.conjuncts(into);
                } else {
                    into.add(part);
                }
            }
            return hadPhrase;
        }
    }

    /**
     * Reads the text form of a tsquery: quoted lexemes with their flags ({@code 'gan':*A}), {@code !},
     * {@code <->} and {@code <N>}, {@code &}, {@code |}, binding in that order, and parentheses.
     */
    private static final class Parser {

        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        Node parse() {
            Node node = disjunction();
            skipSpaces();
            if (at != text.length()) {
                throw new IllegalArgumentException("unexpected text at " + at);
            }
            return node;
        }

        private Node disjunction() {
            List<Node> options = new ArrayList<>(List.of(conjunction()));
            while (take("|")) {
                options.add(conjunction());
            }
            return options.size() == 1 ? options.get(0) : new Or(options);
        }

        private Node conjunction() {
            List<Node> parts = new ArrayList<>(List.of(phrase()));
            while (take("&")) {
                parts.add(phrase());
            }
            return parts.size() == 1 ? parts.get(0) : new And(parts, false);
        }

        private Node phrase() {
            List<Node> words = new ArrayList<>(List.of(unary()));
            while (takeDistance()) {
                words.add(unary());
            }
            return words.size() == 1 ? words.get(0) : new And(words, true);
        }

        private Node unary() {
            if (take("!")) {
                return new Not(unary());
            }
            if (take("(")) {
                Node inner = disjunction();
                if (!take(")")) {
                    throw new IllegalArgumentException("unclosed parenthesis at " + at);
                }
                return inner;
            }
            return lexeme();
        }

        private Lexeme lexeme() {
            skipSpaces();
            int start = at;
            if (at >= text.length() || text.charAt(at) != '\'') {
                throw new IllegalArgumentException("expected a quoted lexeme at " + at);
            }
            StringBuilder lexeme = new StringBuilder();
            at++;
            while (true) {
                if (at >= text.length()) {
                    throw new IllegalArgumentException("unclosed lexeme from " + start);
                }
                char c = text.charAt(at++);
                if (c == '\'' && at < text.length() && text.charAt(at) == '\'') {
                    lexeme.append('\'');
                    at++;
                } else if (c == '\'') {
                    break;
                } else if (c == '\\' && at < text.length()) {
                    lexeme.append(text.charAt(at++));
                } else {
                    lexeme.append(c);
                }
            }
            boolean prefix = false;
            if (at < text.length() && text.charAt(at) == ':') {
                at++;
                while (at < text.length() && "*ABCDabcd".indexOf(text.charAt(at)) >= 0) {
                    prefix |= text.charAt(at) == '*';
                    at++;
                }
            }
            return new Lexeme(text.substring(start, at), lexeme.toString(), prefix);
        }

        private boolean takeDistance() {
            skipSpaces();
            if (!text.startsWith("<", at)) {
                return false;
            }
            int end = text.indexOf('>', at);
            if (end < 0) {
                throw new IllegalArgumentException("unclosed distance at " + at);
            }
            String distance = text.substring(at + 1, end);
            if (!distance.equals("-") && !distance.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("not a distance at " + at);
            }
            at = end + 1;
            return true;
        }

        private boolean take(String token) {
            skipSpaces();
            if (text.startsWith(token, at)) {
                at += token.length();
                return true;
            }
            return false;
        }

        private void skipSpaces() {
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
        }
    }
}
