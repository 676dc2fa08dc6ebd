-- The change feed: every creation, update and deletion of an entry, in the order of the
-- transactions that made them. A reader only sees changes of transactions older than every one
-- still running (the snapshot's xmin), so a cursor never skips a change that commits late.
CREATE TABLE entry_change (
    sequence       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    transaction_id xid8        NOT NULL DEFAULT pg_current_xact_id(),
    entry_id       text        NOT NULL,
    kind           text        NOT NULL,
    operation      text        NOT NULL CHECK (operation IN ('created', 'updated', 'deleted')),
    changed_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX entry_change_order_idx ON entry_change (transaction_id, sequence);

CREATE FUNCTION record_entry_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
    AS $$
    BEGIN
        IF TG_OP = 'DELETE' THEN
            INSERT INTO entry_change (entry_id, kind, operation) VALUES (OLD.id, OLD.kind, 'deleted');
        ELSIF TG_OP = 'INSERT' THEN
            INSERT INTO entry_change (entry_id, kind, operation) VALUES (NEW.id, NEW.kind, 'created');
        -- Search keywords that triggers maintain are not a change of the entry itself.
        ELSIF to_jsonb(NEW) - 'keywords' - 'search_document' IS DISTINCT FROM
              to_jsonb(OLD) - 'keywords' - 'search_document' THEN
            INSERT INTO entry_change (entry_id, kind, operation) VALUES (NEW.id, NEW.kind, 'updated');
        END IF;
        RETURN NULL;
    END
    $$;

CREATE TRIGGER entry_changes AFTER INSERT OR UPDATE OR DELETE ON entry
    FOR EACH ROW EXECUTE FUNCTION record_entry_change();

-- The shipped catalog is where every feed starts.
INSERT INTO entry_change (entry_id, kind, operation, changed_at)
SELECT id, kind, 'created', created_at FROM entry ORDER BY created_at, id;
