-- A release body's sanitised HTML, rendered from its Markdown when the release is saved rather
-- than on every view. Rows saved before this column existed (the seed among them) are rendered
-- at the next start (RenderedReleaseBodies).
ALTER TABLE release_text ADD COLUMN body_html TEXT;
