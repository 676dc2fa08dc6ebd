-- Typeahead reads the titles that start with what was typed from one index: the folded title to
-- find them, and the title, kind and id it answers with, so a short prefix that thousands of
-- titles share is answered from the index alone instead of from thousands of table rows.
-- It replaces the index on the same folded title computed from the title.

DROP INDEX entry_folded_title_idx;
CREATE INDEX entry_title_prefix_idx ON entry (title_folded text_pattern_ops) INCLUDE (title, kind, id);
