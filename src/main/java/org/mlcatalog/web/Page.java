package org.mlcatalog.web;

import java.util.List;

/** One page of a list, with where it sits in the whole. */
public record Page<T>(List<T> items, Position page) {

    /** The page's number (from 1), its size, and the size of the whole list. */
    public record Position(int number, int size, long totalItems, long totalPages) {

        public static Position of(int number, int size, long totalItems) {
            return new Position(number, size, totalItems, (totalItems + size - 1) / size);
        }
    }
}
