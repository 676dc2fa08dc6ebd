-- Full-text search in PostgreSQL: a weighted, accent-insensitive English document per entry, a
-- vocabulary for spelling suggestions, synonyms curators can extend, and indexes for all of it.

CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- English stemming with accents removed first, so "Pérez" and "perez" match.
CREATE TEXT SEARCH CONFIGURATION catalog_english (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION catalog_english
    ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, english_stem;

-- unaccent() is only STABLE because its dictionary could change; with the dictionary named it is
-- safe to treat as immutable, which indexes and generated columns need.
CREATE FUNCTION catalog_fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

CREATE FUNCTION catalog_words(value text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT coalesce(array_to_string(value, ' '), '') $$;

-- Words from the kind's own fields that a learner searches for: acronyms, authors, organizers,
-- platforms and the kind's format or type ("book", "conference", "internship"). Kept on the entry
-- so that one generated column holds the whole document.
ALTER TABLE entry ADD COLUMN keywords text NOT NULL DEFAULT '';

CREATE FUNCTION entry_keywords(target text) RETURNS text
    LANGUAGE sql STABLE SET search_path FROM CURRENT
    AS $$
        SELECT concat_ws(' ',
            (SELECT c.format FROM course c WHERE c.id = target),
            (SELECT c.platform FROM competition c WHERE c.id = target),
            (SELECT concat_ws(' ', o.acronym, o.type) FROM organization o WHERE o.id = target),
            (SELECT m.platform FROM community m WHERE m.id = target),
            (SELECT concat_ws(' ', v.type, v.organizer) FROM event v WHERE v.id = target),
            (SELECT concat_ws(' ', r.format, catalog_words(r.authors)) FROM reading r WHERE r.id = target),
            (SELECT concat_ws(' ', p.type, p.organizer) FROM program p WHERE p.id = target),
            (SELECT string_agg(s.name, ' ' ORDER BY s.slug)
             FROM entry_specialization t JOIN specialization s ON s.slug = t.specialization
             WHERE t.entry_id = target))
    $$;

CREATE FUNCTION refresh_entry_keywords() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
    AS $$
    BEGIN
        UPDATE entry SET keywords = entry_keywords(NEW.id)
        WHERE id = NEW.id AND keywords IS DISTINCT FROM entry_keywords(NEW.id);
        RETURN NULL;
    END
    $$;

-- Tagging an entry with a specialization adds the specialization's name to its keywords.
CREATE FUNCTION refresh_tagged_entry_keywords() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
    AS $$
    DECLARE
        tagged text := CASE WHEN TG_OP = 'DELETE' THEN OLD.entry_id ELSE NEW.entry_id END;
    BEGIN
        UPDATE entry SET keywords = entry_keywords(tagged)
        WHERE id = tagged AND keywords IS DISTINCT FROM entry_keywords(tagged);
        RETURN NULL;
    END
    $$;

CREATE TRIGGER entry_specialization_keywords AFTER INSERT OR DELETE ON entry_specialization
    FOR EACH ROW EXECUTE FUNCTION refresh_tagged_entry_keywords();

-- Renaming a specialization renames it in the keywords of every entry tagged with it.
CREATE FUNCTION refresh_specialization_keywords() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
    AS $$
    BEGIN
        UPDATE entry e SET keywords = entry_keywords(e.id)
        FROM entry_specialization t
        WHERE t.specialization = NEW.slug AND e.id = t.entry_id;
        RETURN NULL;
    END
    $$;

CREATE TRIGGER specialization_name_keywords AFTER UPDATE OF name ON specialization
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION refresh_specialization_keywords();
CREATE TRIGGER course_keywords AFTER INSERT OR UPDATE ON course
    FOR EACH ROW EXECUTE FUNCTION refresh_entry_keywords();
CREATE TRIGGER community_keywords AFTER INSERT OR UPDATE ON community
    FOR EACH ROW EXECUTE FUNCTION refresh_entry_keywords();
CREATE TRIGGER organization_keywords AFTER INSERT OR UPDATE ON organization
    FOR EACH ROW EXECUTE FUNCTION refresh_entry_keywords();
CREATE TRIGGER reading_keywords AFTER INSERT OR UPDATE ON reading
    FOR EACH ROW EXECUTE FUNCTION refresh_entry_keywords();
CREATE TRIGGER event_keywords AFTER INSERT OR UPDATE ON event
    FOR EACH ROW EXECUTE FUNCTION refresh_entry_keywords();
CREATE TRIGGER program_keywords AFTER INSERT OR UPDATE ON program
    FOR EACH ROW EXECUTE FUNCTION refresh_entry_keywords();
CREATE TRIGGER competition_keywords AFTER INSERT OR UPDATE ON competition
    FOR EACH ROW EXECUTE FUNCTION refresh_entry_keywords();

UPDATE entry SET keywords = entry_keywords(id);

-- Title weighs most, then provider, keywords and tags, then the summary; the kind, level and cost
-- come last. A slash in a title separates words ("r/MachineLearning"), as it does in queries.
-- The kind, level and cost let "free beginner course" find free beginner courses without outranking
-- text. A freemium resource is free to start with, so it answers "free" too.
ALTER TABLE entry ADD COLUMN search_document tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('catalog_english', translate(title, '/', ' ')), 'A')
    || setweight(to_tsvector('catalog_english',
                             coalesce(provider, '') || ' ' || keywords || ' ' || catalog_words(tags)), 'B')
    || setweight(to_tsvector('catalog_english', summary), 'C')
    || setweight(to_tsvector('catalog_english',
                             kind || ' ' || level || ' ' || CASE cost WHEN 'freemium' THEN 'free freemium' ELSE cost END),
                 'D')
) STORED;
CREATE INDEX entry_search_document_idx ON entry USING gin (search_document);

-- Typeahead: titles by prefix, and by the prefix of any word in them.
CREATE INDEX entry_folded_title_idx ON entry (catalog_fold(title) text_pattern_ops);
CREATE INDEX entry_title_words_idx ON entry USING gin (to_tsvector('simple', catalog_fold(title)));

-- Every word of the catalog with the number of entries using it, kept current by a trigger;
-- spelling suggestions look up the nearest word by trigram similarity.
CREATE TABLE search_term (
    term    text    PRIMARY KEY,
    entries integer NOT NULL CHECK (entries >= 0)
);
CREATE INDEX search_term_trigram_idx ON search_term USING gin (term public.gin_trgm_ops);

CREATE FUNCTION entry_terms(title text, provider text, keywords text, tags text[], summary text, kind text,
                            level text, cost text)
    RETURNS SETOF text
    LANGUAGE sql IMMUTABLE SET search_path FROM CURRENT
    AS $$
        SELECT DISTINCT word
        FROM regexp_split_to_table(
                 catalog_fold(concat_ws(' ', title, provider, keywords, catalog_words(tags), summary, kind, level, cost)),
                 '[^a-z0-9]+') AS word
        WHERE length(word) >= 3
    $$;

CREATE FUNCTION count_entry_terms() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
    AS $$
    BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            UPDATE search_term t SET entries = t.entries - 1
            FROM entry_terms(OLD.title, OLD.provider, OLD.keywords, OLD.tags, OLD.summary, OLD.kind, OLD.level,
                             OLD.cost) AS old_term
            WHERE t.term = old_term;
            DELETE FROM search_term WHERE entries <= 0;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
            INSERT INTO search_term (term, entries)
            SELECT new_term, 1 FROM entry_terms(NEW.title, NEW.provider, NEW.keywords, NEW.tags, NEW.summary, NEW.kind,
                                                NEW.level, NEW.cost) AS new_term
            ORDER BY new_term
            ON CONFLICT (term) DO UPDATE SET entries = search_term.entries + 1;
        END IF;
        RETURN NULL;
    END
    $$;

INSERT INTO search_term (term, entries)
SELECT term, count(*)
FROM entry, entry_terms(title, provider, keywords, tags, summary, kind, level, cost) AS term
GROUP BY term;

CREATE TRIGGER entry_terms_count
    AFTER INSERT OR DELETE OR UPDATE OF title, provider, keywords, tags, summary, level, cost ON entry
    FOR EACH ROW EXECUTE FUNCTION count_entry_terms();

-- Abbreviations and synonyms of the field, expanded both ways at query time. Curators extend
-- this table with a new migration; every term of a group stands for all the others.
CREATE TABLE search_synonym (
    term        text NOT NULL CHECK (term = lower(term) AND length(term) BETWEEN 1 AND 80),
    synonym_set text NOT NULL CHECK (synonym_set ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    PRIMARY KEY (synonym_set, term)
);
CREATE UNIQUE INDEX search_synonym_term_idx ON search_synonym (term);

INSERT INTO search_synonym (synonym_set, term) VALUES
('ml', 'ml'), ('ml', 'machine learning'),
('dl', 'dl'), ('dl', 'deep learning'),
('nlp', 'nlp'), ('nlp', 'natural language processing'),
('cv', 'cv'), ('cv', 'computer vision'),
('rl', 'rl'), ('rl', 'reinforcement learning'),
('llm', 'llm'), ('llm', 'llms'), ('llm', 'large language model'), ('llm', 'large language models'),
('gan', 'gan'), ('gan', 'gans'), ('gan', 'generative adversarial network'), ('gan', 'generative adversarial networks'),
('ai', 'ai'), ('ai', 'artificial intelligence'),
('genai', 'genai'), ('genai', 'generative ai'),
('cnn', 'cnn'), ('cnn', 'cnns'), ('cnn', 'convolutional neural network'), ('cnn', 'convolutional neural networks'),
('rnn', 'rnn'), ('rnn', 'recurrent neural network'),
('nn', 'neural network'), ('nn', 'neural net'),
('asr', 'asr'), ('asr', 'speech recognition'),
('tts', 'tts'), ('tts', 'text to speech'),
('recsys', 'recsys'), ('recsys', 'recommender system'), ('recsys', 'recommender systems'), ('recsys', 'recommendation system'),
('mlops', 'mlops'), ('mlops', 'machine learning operations'),
('stats', 'stats'), ('stats', 'statistics'),
('prob', 'probability'), ('prob', 'probability theory'),
('linalg', 'linalg'), ('linalg', 'linear algebra'),
('svm', 'svm'), ('svm', 'support vector machine'),
('gnn', 'gnn'), ('gnn', 'graph neural network'), ('gnn', 'graph neural networks'),
('rag', 'rag'), ('rag', 'retrieval augmented generation'),
('xai', 'xai'), ('xai', 'explainable ai'), ('xai', 'interpretability');
