"""The Репутация section's rules in plain Python: mentions, deadlines, queries, the service choice.

Modules: `links` and `sentiment` (normalizing what services write), `times` (moments in UTC),
`mentions` (the same mention, merging a batch), `sla` (clock, deadline, compliance), `workflow`
(categories, severities, statuses, escalation), `columns` and `rows` (reading an export's table),
`query` (the query language, its compilers and matcher), `choice` (scoring the monitoring
services), `playbook` (replies, holding statements, complaints to platforms).
"""
