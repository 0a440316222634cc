"""Photo gallery, viewer and markup editor."""
