"""Reading: from a file's bytes to a document's text and metadata, with personal data found."""
