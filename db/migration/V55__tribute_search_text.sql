-- What the wall's search reads: a tribute's words, place and name signed in full, folded by the
-- site (case, the dotted and dotless I, punctuation), so that both databases compare the same
-- strings. The site fills it for every tribute it stores; V57 fills it for those stored before.
ALTER TABLE tribute ADD COLUMN search_text TEXT;
