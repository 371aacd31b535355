"""The parse pipeline: text -> blocks -> classify -> quotes -> attribute -> resolve.

Each stage is a plain function of the state so far and the rule set; the
stages hold mechanism only, the rule set holds the knowledge.
"""
