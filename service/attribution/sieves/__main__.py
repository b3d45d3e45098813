"""python -m service.attribution.sieves: the rule table of docs/ENGINE.md, from the registry."""

from service.attribution.sieves.registry import rule_table

print(rule_table())
