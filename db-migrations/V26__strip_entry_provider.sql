-- Requests have their provider stripped of surrounding spaces before validation, as titles and
-- summaries always were. Stored providers are brought into line, and one of spaces alone becomes
-- none: otherwise the next merge patch of such an entry would change its provider unasked, or
-- refuse it.
UPDATE entry
SET provider = nullif(regexp_replace(provider, '^\s+|\s+$', '', 'g'), '')
WHERE provider ~ '^\s|\s$';
