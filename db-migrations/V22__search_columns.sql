-- Columns that let search and lists read everything they filter, count and rank by from the entry
-- row itself, so their cost follows the number of matching entries, not the size of the catalog.
--
-- stages and specializations: copies of the entry's rows in entry_stage and entry_specialization
-- (which stay the source of truth and keep their foreign keys), kept current by triggers. Facets
-- count them without joining the two tables, whose whole contents a join over many matches hashed.
-- title_folded and title_acronym: the title and the acronym a title ends with ("... (NeurIPS)"),
-- folded as queries are, which ranking compares with the query for every matching entry.

ALTER TABLE entry
    ADD COLUMN stages text[] NOT NULL DEFAULT '{}',
    ADD COLUMN specializations text[] NOT NULL DEFAULT '{}',
    ADD COLUMN title_folded text GENERATED ALWAYS AS (catalog_fold(title)) STORED,
    ADD COLUMN title_acronym text
        GENERATED ALWAYS AS (catalog_fold(coalesce(substring(title FROM '\(([^()]+)\)\s*$'), ''))) STORED;

-- The copies and the folded title are derived from what the feed already records: changing them
-- is not a change of its own.
CREATE OR REPLACE FUNCTION record_entry_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
    AS $$
    DECLARE
        derived CONSTANT text[] := ARRAY['keywords', 'search_document', 'stages', 'specializations',
                                         'title_folded', 'title_acronym'];
    BEGIN
        IF TG_OP = 'DELETE' THEN
            INSERT INTO entry_change (entry_id, kind, operation) VALUES (OLD.id, OLD.kind, 'deleted');
        ELSIF TG_OP = 'INSERT' THEN
            INSERT INTO entry_change (entry_id, kind, operation) VALUES (NEW.id, NEW.kind, 'created');
        ELSIF to_jsonb(NEW) - derived IS DISTINCT FROM to_jsonb(OLD) - derived THEN
            INSERT INTO entry_change (entry_id, kind, operation) VALUES (NEW.id, NEW.kind, 'updated');
        END IF;
        RETURN NULL;
    END
    $$;

-- Copies the values of one entry's rows in a link table (TG_TABLE_NAME, value column TG_ARGV[1])
-- into the entry's array column TG_ARGV[0], sorted.
CREATE FUNCTION refresh_entry_copy() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
    AS $$
    DECLARE
        copy text := format('UPDATE entry SET %1$I = ARRAY(SELECT %2$I FROM %3$I WHERE entry_id = $1 ORDER BY 1)'
                            ' WHERE id = $1', TG_ARGV[0], TG_ARGV[1], TG_TABLE_NAME);
    BEGIN
        IF TG_OP = 'DELETE' THEN
            EXECUTE copy USING OLD.entry_id;
            RETURN NULL;
        END IF;
        EXECUTE copy USING NEW.entry_id;
        IF TG_OP = 'UPDATE' THEN
            IF OLD.entry_id <> NEW.entry_id THEN
                EXECUTE copy USING OLD.entry_id;
            END IF;
        END IF;
        RETURN NULL;
    END
    $$;

CREATE TRIGGER entry_stage_copy AFTER INSERT OR UPDATE OR DELETE ON entry_stage
    FOR EACH ROW EXECUTE FUNCTION refresh_entry_copy('stages', 'stage');
CREATE TRIGGER entry_specialization_copy AFTER INSERT OR UPDATE OR DELETE ON entry_specialization
    FOR EACH ROW EXECUTE FUNCTION refresh_entry_copy('specializations', 'specialization');

UPDATE entry e
SET stages = ARRAY(SELECT stage FROM entry_stage s WHERE s.entry_id = e.id ORDER BY stage),
    specializations = ARRAY(SELECT specialization FROM entry_specialization s WHERE s.entry_id = e.id
                            ORDER BY specialization);

-- Lists filter by stage and specialization as they do by tag and language.
CREATE INDEX entry_stages_idx ON entry USING gin (stages);
CREATE INDEX entry_specializations_idx ON entry USING gin (specializations);
