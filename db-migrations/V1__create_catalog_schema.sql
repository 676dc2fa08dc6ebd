-- The catalog: entries of seven kinds sharing one table of common fields, a table per kind for
-- the fields of that kind, and two taxonomies (guide stages and specializations).

CREATE TABLE stage (
    slug        text     PRIMARY KEY CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    position    integer NOT NULL UNIQUE CHECK (position > 0),
    name        text     NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    description text     NOT NULL CHECK (length(description) BETWEEN 1 AND 1000)
);

CREATE TABLE specialization (
    slug        text        PRIMARY KEY CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80),
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    description text        NOT NULL CHECK (length(description) BETWEEN 1 AND 1000),
    parent      text        REFERENCES specialization (slug) ON DELETE RESTRICT,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (parent IS NULL OR parent <> slug)
);
CREATE INDEX specialization_parent_idx ON specialization (parent);

CREATE TABLE entry (
    id         text        PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(id) <= 80),
    kind       text        NOT NULL CHECK (kind IN ('course', 'competition', 'organization', 'community',
                                                    'event', 'reading', 'program')),
    title      text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    summary    text        NOT NULL CHECK (length(summary) BETWEEN 1 AND 1000),
    url        text        NOT NULL UNIQUE CHECK (url ~ '^https://[^\s/]+[^\s]*$' AND length(url) <= 500),
    provider   text        CHECK (length(provider) BETWEEN 1 AND 200),
    level      text        NOT NULL CHECK (level IN ('beginner', 'intermediate', 'advanced')),
    cost       text        NOT NULL CHECK (cost IN ('free', 'freemium', 'paid')),
    -- ISO 639-1 codes, at least one.
    languages  text[]      NOT NULL CHECK (cardinality(languages) >= 1
                                           AND array_position(languages, NULL) IS NULL
                                           AND array_to_string(languages, ' ') ~ '^[a-z]{2}( [a-z]{2})*$'),
    -- Lower-case kebab-case words.
    tags       text[]      NOT NULL DEFAULT '{}'
                           CHECK (array_position(tags, NULL) IS NULL
                                  AND array_to_string(tags, ' ') ~ '^([a-z0-9]+(-[a-z0-9]+)*( |$))*$'),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    version    integer     NOT NULL DEFAULT 0,
    -- Lets each kind table insist that its rows belong to entries of that kind.
    UNIQUE (id, kind)
);
CREATE INDEX entry_kind_title_idx ON entry (kind, title, id);
CREATE INDEX entry_title_idx ON entry (title, id);
CREATE INDEX entry_level_idx ON entry (level);
CREATE INDEX entry_cost_idx ON entry (cost);
CREATE INDEX entry_languages_idx ON entry USING gin (languages);
CREATE INDEX entry_tags_idx ON entry USING gin (tags);
CREATE INDEX entry_created_at_idx ON entry (created_at);
CREATE INDEX entry_updated_at_idx ON entry (updated_at);

CREATE TABLE entry_stage (
    entry_id text NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    stage    text NOT NULL REFERENCES stage (slug) ON DELETE RESTRICT,
    PRIMARY KEY (entry_id, stage)
);
CREATE INDEX entry_stage_stage_idx ON entry_stage (stage, entry_id);

CREATE TABLE entry_specialization (
    entry_id       text NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    specialization text NOT NULL REFERENCES specialization (slug) ON DELETE RESTRICT,
    PRIMARY KEY (entry_id, specialization)
);
CREATE INDEX entry_specialization_specialization_idx ON entry_specialization (specialization, entry_id);

CREATE TABLE course (
    id             text    PRIMARY KEY,
    kind           text    NOT NULL DEFAULT 'course' CHECK (kind = 'course'),
    format         text    NOT NULL CHECK (format IN ('self-paced', 'scheduled', 'live')),
    duration_hours integer CHECK (duration_hours BETWEEN 1 AND 5000),
    certificate    boolean NOT NULL,
    prerequisites  text[]  NOT NULL DEFAULT '{}' CHECK (array_position(prerequisites, NULL) IS NULL),
    FOREIGN KEY (id, kind) REFERENCES entry (id, kind) ON DELETE CASCADE
);
CREATE INDEX course_format_idx ON course (format);
CREATE INDEX course_certificate_idx ON course (certificate);
CREATE INDEX course_duration_hours_idx ON course (duration_hours);

CREATE TABLE competition (
    id            text    PRIMARY KEY,
    kind          text    NOT NULL DEFAULT 'competition' CHECK (kind = 'competition'),
    platform      text    NOT NULL CHECK (platform ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(platform) <= 60),
    start_date    date,
    end_date      date,
    prize         text    CHECK (length(prize) BETWEEN 1 AND 200),
    max_team_size integer CHECK (max_team_size BETWEEN 1 AND 1000),
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
    FOREIGN KEY (id, kind) REFERENCES entry (id, kind) ON DELETE CASCADE
);
CREATE INDEX competition_platform_idx ON competition (platform);
CREATE INDEX competition_dates_idx ON competition (start_date, end_date);
CREATE INDEX competition_end_date_idx ON competition (end_date);

CREATE TABLE organization (
    id           text     PRIMARY KEY,
    kind         text     NOT NULL DEFAULT 'organization' CHECK (kind = 'organization'),
    acronym      text     CHECK (length(acronym) BETWEEN 1 AND 20),
    type         text     NOT NULL CHECK (type IN ('professional-society', 'non-profit', 'research-lab',
                                                   'affinity-group', 'company', 'open-source-foundation')),
    membership   text     NOT NULL CHECK (membership IN ('free', 'paid', 'none')),
    founded_year integer CHECK (founded_year BETWEEN 1800 AND 2100),
    region       text     NOT NULL CHECK (region IN ('global', 'africa', 'asia', 'europe', 'latin-america',
                                                     'middle-east', 'north-america', 'oceania')),
    FOREIGN KEY (id, kind) REFERENCES entry (id, kind) ON DELETE CASCADE
);
CREATE INDEX organization_type_idx ON organization (type);
CREATE INDEX organization_membership_idx ON organization (membership);
CREATE INDEX organization_region_idx ON organization (region);
CREATE INDEX organization_founded_year_idx ON organization (founded_year);

CREATE TABLE community (
    id       text    PRIMARY KEY,
    kind     text    NOT NULL DEFAULT 'community' CHECK (kind = 'community'),
    platform text    NOT NULL CHECK (platform IN ('forum', 'subreddit', 'discord', 'slack', 'meetup',
                                                  'linkedin', 'mailing-list', 'q-and-a')),
    online   boolean NOT NULL,
    location text    CHECK (length(location) BETWEEN 1 AND 200),
    CHECK (online OR location IS NOT NULL),
    FOREIGN KEY (id, kind) REFERENCES entry (id, kind) ON DELETE CASCADE
);
CREATE INDEX community_platform_idx ON community (platform);
CREATE INDEX community_online_idx ON community (online);

CREATE TABLE event (
    id         text    PRIMARY KEY,
    kind       text    NOT NULL DEFAULT 'event' CHECK (kind = 'event'),
    type       text    NOT NULL CHECK (type IN ('conference', 'workshop', 'meetup', 'summer-school',
                                              'hackathon', 'webinar')),
    start_date date,
    end_date   date,
    location   text    CHECK (length(location) BETWEEN 1 AND 200),
    online     boolean NOT NULL,
    organizer  text    CHECK (length(organizer) BETWEEN 1 AND 200),
    recurrence text    NOT NULL CHECK (recurrence IN ('one-off', 'weekly', 'monthly', 'quarterly', 'annual',
                                                      'biennial')),
    CHECK (end_date IS NULL OR (start_date IS NOT NULL AND end_date >= start_date)),
    CHECK (online OR location IS NOT NULL),
    FOREIGN KEY (id, kind) REFERENCES entry (id, kind) ON DELETE CASCADE
);
CREATE INDEX event_type_idx ON event (type);
CREATE INDEX event_start_date_idx ON event (start_date);
CREATE INDEX event_online_idx ON event (online);
CREATE INDEX event_recurrence_idx ON event (recurrence);

CREATE TABLE reading (
    id          text     PRIMARY KEY,
    kind        text     NOT NULL DEFAULT 'reading' CHECK (kind = 'reading'),
    format      text     NOT NULL CHECK (format IN ('book', 'paper', 'article', 'guide')),
    authors     text[]   NOT NULL DEFAULT '{}' CHECK (array_position(authors, NULL) IS NULL),
    year        integer CHECK (year BETWEEN 1900 AND 2100),
    free_online boolean  NOT NULL,
    FOREIGN KEY (id, kind) REFERENCES entry (id, kind) ON DELETE CASCADE
);
CREATE INDEX reading_format_idx ON reading (format);
CREATE INDEX reading_year_idx ON reading (year);
CREATE INDEX reading_free_online_idx ON reading (free_online);

CREATE TABLE program (
    id                 text    PRIMARY KEY,
    kind               text    NOT NULL DEFAULT 'program' CHECK (kind = 'program'),
    type               text    NOT NULL CHECK (type IN ('internship', 'fellowship', 'residency', 'co-op',
                                                      'mentorship', 'apprenticeship')),
    organizer          text    CHECK (length(organizer) BETWEEN 1 AND 200),
    eligibility        text    CHECK (length(eligibility) BETWEEN 1 AND 500),
    paid               boolean NOT NULL,
    application_period text    CHECK (length(application_period) BETWEEN 1 AND 200),
    FOREIGN KEY (id, kind) REFERENCES entry (id, kind) ON DELETE CASCADE
);
CREATE INDEX program_type_idx ON program (type);
CREATE INDEX program_paid_idx ON program (paid);
