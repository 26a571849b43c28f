"""Swedish text: sentences, tokens, normalisation, word classes and cheap word cues."""
