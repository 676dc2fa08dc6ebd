-- Grows a migrated catalog schema to :size entries of synthetic text, modelled on the curated
-- entries already in it. Run with psql:
--   psql -v schema=catalog_100k -v size=100000 -d mlcatalog_bench -f bench/generate.sql
--
-- Each synthetic entry copies a random curated entry's kind, level, cost, languages, provider,
-- stages, specializations and kind fields, so those distributions match the curated catalog. Its
-- title, summary and tags are new: words drawn from the curated titles, summaries and tags with
-- their curated frequencies. Triggers and secondary indexes are off during the load; the search
-- vocabulary, keywords, stage and specialization copies and change feed they would maintain are
-- written in bulk instead.
\set ON_ERROR_STOP on

SET search_path TO :"schema", public;
SET session_replication_role = replica;
SET maintenance_work_mem = '1GB';
SET work_mem = '256MB';
SET synchronous_commit = off;
SELECT setseed(0.2026);

BEGIN;

CREATE TEMP TABLE template ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY id)::int AS position, e.*
FROM entry e;

-- The vocabularies, each word as often as the curated catalog uses it, numbered for random picks.
CREATE TEMP TABLE title_word ON COMMIT DROP AS
SELECT row_number() OVER ()::int AS position, word
FROM template, regexp_split_to_table(title, '\s+') AS word WHERE word <> '';
CREATE TEMP TABLE summary_word ON COMMIT DROP AS
SELECT row_number() OVER ()::int AS position, word
FROM template, regexp_split_to_table(regexp_replace(summary, '[.;:]', '', 'g'), '\s+') AS word WHERE word <> '';
CREATE TEMP TABLE tag_word ON COMMIT DROP AS
SELECT row_number() OVER ()::int AS position, tag AS word FROM template, unnest(tags) AS tag;
ANALYZE template, title_word, summary_word, tag_word;

SELECT count(*) AS templates FROM template \gset
SELECT count(*) AS title_words FROM title_word \gset
SELECT count(*) AS summary_words FROM summary_word \gset
SELECT count(*) AS tag_words FROM tag_word \gset

CREATE TEMP TABLE synthetic_number ON COMMIT DROP AS
SELECT n, 1 + floor(random() * :templates)::int AS template_position,
       now() - random() * interval '3 years' AS created_at
FROM generate_series(1, greatest(:size - :templates, 0)) AS n;

-- Titles of 2 to 7 words, summaries of 12 to 40, up to 4 tags: drawn word by word, joined in bulk.
CREATE TEMP TABLE synthetic_title ON COMMIT DROP AS
SELECT d.n, string_agg(w.word, ' ' ORDER BY d.slot) AS title
FROM (SELECT n, slot, 1 + floor(random() * :title_words)::int AS pick
      FROM synthetic_number, generate_series(1, 2 + n % 6) AS slot) d
JOIN title_word w ON w.position = d.pick
GROUP BY d.n;
CREATE TEMP TABLE synthetic_summary ON COMMIT DROP AS
SELECT d.n, string_agg(w.word, ' ' ORDER BY d.slot) AS summary
FROM (SELECT n, slot, 1 + floor(random() * :summary_words)::int AS pick
      FROM synthetic_number, generate_series(1, 12 + n % 29) AS slot) d
JOIN summary_word w ON w.position = d.pick
GROUP BY d.n;
CREATE TEMP TABLE synthetic_tags ON COMMIT DROP AS
SELECT d.n, array_agg(DISTINCT w.word) AS tags
FROM (SELECT n, 1 + floor(random() * :tag_words)::int AS pick
      FROM synthetic_number, generate_series(1, n % 5) AS slot) d
JOIN tag_word w ON w.position = d.pick
GROUP BY d.n;

CREATE TEMP TABLE synthetic ON COMMIT DROP AS
SELECT coalesce(nullif(trim(BOTH '-' FROM left(regexp_replace(catalog_fold(ti.title), '[^a-z0-9]+', '-', 'g'), 60)),
                       ''), 'entry') || '-' || d.n AS id,
       t.id AS template_id,
       t.kind,
       left(ti.title, 200) AS title,
       left(su.summary, 998) || '.' AS summary,
       substring(t.url FROM '^https://[^/]+') || '/catalog/' || d.n AS url,
       t.provider,
       t.level,
       t.cost,
       t.languages,
       coalesce(ta.tags, '{}') AS tags,
       d.created_at,
       d.created_at + random() * (now() - d.created_at) AS updated_at,
       t.keywords,
       t.stages,
       t.specializations
FROM synthetic_number d
JOIN template t ON t.position = d.template_position
JOIN synthetic_title ti ON ti.n = d.n
JOIN synthetic_summary su ON su.n = d.n
LEFT JOIN synthetic_tags ta ON ta.n = d.n;

-- Secondary indexes are rebuilt once at the end, which is much faster than maintaining them row by row.
CREATE TEMP TABLE dropped_index ON COMMIT DROP AS
SELECT i.indexname, i.indexdef
FROM pg_indexes i
WHERE i.schemaname = current_schema()
  AND i.tablename IN ('entry', 'entry_stage', 'entry_specialization', 'entry_change', 'course', 'competition',
                      'organization', 'community', 'event', 'reading', 'program')
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                  WHERE c.conname = i.indexname AND c.connamespace = current_schema()::regnamespace);

DO $$
DECLARE
    dropped record;
BEGIN
    FOR dropped IN SELECT indexname FROM dropped_index LOOP
        EXECUTE format('DROP INDEX %I', dropped.indexname);
    END LOOP;
END
$$;

INSERT INTO entry (id, kind, title, summary, url, provider, level, cost, languages, tags, created_at, updated_at,
                   keywords, stages, specializations)
SELECT id, kind, title, summary, url, provider, level, cost, languages, tags, created_at, updated_at, keywords,
       stages, specializations
FROM synthetic;

-- Every kind table takes the fields of the entry's template.
DO $$
DECLARE
    kind_table text;
    columns text;
BEGIN
    FOREACH kind_table IN ARRAY ARRAY['course', 'competition', 'organization', 'community', 'event', 'reading',
                                      'program'] LOOP
        SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position)
        INTO columns
        FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = kind_table AND column_name <> 'id';
        EXECUTE format('INSERT INTO %1$I (id, %2$s) SELECT s.id, %3$s FROM synthetic s JOIN %1$I k ON k.id = s.template_id',
                       kind_table, columns, 'k.' || replace(columns, ', ', ', k.'));
    END LOOP;
END
$$;

INSERT INTO entry_stage (entry_id, stage)
SELECT s.id, t.stage FROM synthetic s JOIN entry_stage t ON t.entry_id = s.template_id;

INSERT INTO entry_specialization (entry_id, specialization)
SELECT s.id, t.specialization FROM synthetic s JOIN entry_specialization t ON t.entry_id = s.template_id;

INSERT INTO entry_change (entry_id, kind, operation, changed_at)
SELECT id, kind, 'created', created_at FROM synthetic ORDER BY created_at, id;

TRUNCATE search_term;
INSERT INTO search_term (term, entries)
SELECT term, count(*)
FROM entry, entry_terms(title, provider, keywords, tags, summary, kind, level, cost) AS term
GROUP BY term;

DO $$
DECLARE
    dropped record;
BEGIN
    FOR dropped IN SELECT indexdef FROM dropped_index LOOP
        EXECUTE dropped.indexdef;
    END LOOP;
END
$$;

COMMENT ON SCHEMA :"schema" IS :'marker';

COMMIT;

VACUUM ANALYZE;

-- Write out the pages the load and VACUUM dirtied now, rather than under the first measurements.
CHECKPOINT;
