-- Entries curators feature at a stage of the learning path, in the order they chose.
CREATE TABLE guide_feature (
    stage    text    NOT NULL REFERENCES stage (slug) ON DELETE CASCADE,
    entry_id text    NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    rank     integer NOT NULL CHECK (rank >= 1),
    PRIMARY KEY (stage, entry_id),
    UNIQUE (stage, rank)
);
CREATE INDEX guide_feature_entry_idx ON guide_feature (entry_id);
