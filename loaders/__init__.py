"""From files to a graph, in the order of the pipeline.

- ``reading``: files to documents (formats, metadata, personal data);
- ``language``: Swedish text (sentences, tokens, normalisation, word classes, cues);
- ``syntax``: a Swedish dependency parse, trained on Universal Dependencies;
- ``mentions``: gazetteers, mention rules and resolution within a document;
- ``relations``: relations read from sentences and from the document around them;
- ``extract``: the pipeline over one document; ``evaluation``: scoring against an annotation.
"""
