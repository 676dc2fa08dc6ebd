package org.mlcatalog.web;

import java.util.List;
import java.util.Map;
import org.mlcatalog.problem.ProblemException;

/** Which page of a list a client asked for: {@code page} from 1, {@code size} up to 100. */
public record PageRequest(int number, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    private static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    public static PageRequest from(Map<String, List<String>> query) {
        String page = QueryParameters.single(query, "page");
        String size = QueryParameters.single(query, "size");
        return new PageRequest(
                page == null ? 1 : number("page", page, MAX_PAGE),
                size == null ? DEFAULT_SIZE : number("size", size, MAX_SIZE));
    }

    private static int number(String name, String value, int max) {
        if (value.matches("[0-9]{1,9}")) {
            int number = Integer.parseInt(value);
            if (number >= 1 && number <= max) {
                return number;
            }
        }
        throw ProblemException.invalid(name, "must be a whole number from 1 to " + max);
    }

    public int offset() {
        return (number - 1) * size;
    }

    /** This page of a list that is already in memory. */
    public <T> Page<T> slice(List<T> all) {
        int from = (int) Math.min(all.size(), (long) offset());
        int to = Math.min(all.size(), from + size);
        return new Page<>(all.subList(from, to), Page.Position.of(number, size, all.size()));
    }
}
