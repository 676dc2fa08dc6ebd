-- A search query and its synonym variants match an entry when any of them does. The variants are
-- bound as one array and combined by this aggregate (the || of tsqueries), so a search has the
-- same statement text however many variants its words have, and each connection prepares and
-- plans it once instead of once per number of variants. Like ||, it is safe in parallel plans.

CREATE AGGREGATE catalog_any_of(tsquery) (SFUNC = tsquery_or, STYPE = tsquery, PARALLEL = SAFE);
