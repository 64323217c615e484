"""Language data: word lists, marker grammars, planning periods, agency names.

Everything here is data (strings, tuples, dicts) and tiny helpers that compile it; the
logic that uses it lives in the stage modules. To add a marker, a unit or an agency suffix,
edit the list here and add a row to the matching test table.
"""
