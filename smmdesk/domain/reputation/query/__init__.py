"""The monitoring query language: its tree, its text form, word forms, compilers, the matcher.

`tree` (the nodes), `syntax` (parse and print the text form), `morphology` (Russian word forms,
transliteration, the keyboard-layout slip), `library` (named lists and resolving them), `compile`
(one compiler per service, each checked against that service's limits), `matcher` and `tester`
(running a query over mention texts; precision and what an edit gains and loses).
"""
