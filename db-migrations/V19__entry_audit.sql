-- Who created and last changed each entry: the subject of the curator's token. Entries shipped
-- by migrations have none.
ALTER TABLE entry ADD COLUMN created_by text CHECK (length(created_by) BETWEEN 1 AND 200);
ALTER TABLE entry ADD COLUMN updated_by text CHECK (length(updated_by) BETWEEN 1 AND 200);
