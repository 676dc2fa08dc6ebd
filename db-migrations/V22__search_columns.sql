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
    BEGIN
        IF TG_OP = 'DELETE' THEN
            INSERT INTO entry_change (entry_id, kind, operation) VALUES (OLD.id, OLD.kind, 'deleted');
        ELSIF TG_OP = 'INSERT' THEN
            INSERT INTO entry_change (entry_id, kind, operation) VALUES (NEW.id, NEW.kind, 'created');
        ELSIF to_jsonb(NEW) - ARRAY['keywords', 'search_document', 'stages', 'specializations', 'title_folded',
                                    'title_acronym'] IS DISTINCT FROM
              to_jsonb(OLD) - ARRAY['keywords', 'search_document', 'stages', 'specializations', 'title_folded',
                                    'title_acronym'] THEN
            INSERT INTO entry_change (entry_id, kind, operation) VALUES (NEW.id, NEW.kind, 'updated');
        END IF;
        RETURN NULL;
    END
    $$;

CREATE FUNCTION refresh_entry_stages() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
    AS $$
    DECLARE
        changed text := CASE WHEN TG_OP = 'DELETE' THEN OLD.entry_id ELSE NEW.entry_id END;
        current text[] := ARRAY(SELECT stage FROM entry_stage WHERE entry_id = changed ORDER BY stage);
    BEGIN
        UPDATE entry SET stages = current WHERE id = changed AND stages IS DISTINCT FROM current;
        IF TG_OP = 'UPDATE' AND OLD.entry_id IS DISTINCT FROM NEW.entry_id THEN
            UPDATE entry SET stages = ARRAY(SELECT stage FROM entry_stage WHERE entry_id = OLD.entry_id ORDER BY stage)
            WHERE id = OLD.entry_id;
        END IF;
        RETURN NULL;
    END
    $$;

CREATE FUNCTION refresh_entry_specializations() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
    AS $$
    DECLARE
        changed text := CASE WHEN TG_OP = 'DELETE' THEN OLD.entry_id ELSE NEW.entry_id END;
        current text[] := ARRAY(SELECT specialization FROM entry_specialization WHERE entry_id = changed
                                ORDER BY specialization);
    BEGIN
        UPDATE entry SET specializations = current WHERE id = changed AND specializations IS DISTINCT FROM current;
        IF TG_OP = 'UPDATE' AND OLD.entry_id IS DISTINCT FROM NEW.entry_id THEN
            UPDATE entry SET specializations = ARRAY(SELECT specialization FROM entry_specialization
                                                     WHERE entry_id = OLD.entry_id ORDER BY specialization)
            WHERE id = OLD.entry_id;
        END IF;
        RETURN NULL;
    END
    $$;

CREATE TRIGGER entry_stage_copy AFTER INSERT OR UPDATE OR DELETE ON entry_stage
    FOR EACH ROW EXECUTE FUNCTION refresh_entry_stages();
CREATE TRIGGER entry_specialization_copy AFTER INSERT OR UPDATE OR DELETE ON entry_specialization
    FOR EACH ROW EXECUTE FUNCTION refresh_entry_specializations();

UPDATE entry e
SET stages = ARRAY(SELECT stage FROM entry_stage s WHERE s.entry_id = e.id ORDER BY stage),
    specializations = ARRAY(SELECT specialization FROM entry_specialization s WHERE s.entry_id = e.id
                            ORDER BY specialization);

-- Lists filter by stage and specialization as they do by tag and language.
CREATE INDEX entry_stages_idx ON entry USING gin (stages);
CREATE INDEX entry_specializations_idx ON entry USING gin (specializations);
