"""A count of the values in a case file, taken before the file is loaded.

The size limit alone does not bound memory: 5 MB of YAML such as ``[0,0,0,...]`` holds two and a
half million values, which the loader turns into more than a gigabyte of objects. A real case
has a few thousand values, so a file with more than MAX_VALUES is refused before it is loaded.
Counting streams through the file (YAML parser events, or a scan of JSON's punctuation outside
strings) and stops at the limit, so it costs little time and no memory.
"""

from __future__ import annotations

import re

import yaml

#: Values (texts, numbers, lists, mappings) a case file may hold; the largest real case (ten
#: alternatives, every criterion rated, districts and links) has well under 10,000.
MAX_VALUES = 50_000

_Parser = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_VALUE_EVENTS = (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent,
                 yaml.AliasEvent)
# A JSON string (to its closing quote, or to the end of an unterminated one: the pattern never
# fails, so the scan takes linear time whatever the text), or punctuation that starts a value.
_JSON_TOKEN = re.compile(rb'"(?:[^"\\]|\\.)*(?:"|\Z)|[,:\[{]', re.DOTALL)


def yaml_over_budget(text: str, limit: int = MAX_VALUES) -> int | None:
    """The line (1-based) where the YAML ``text`` passes ``limit`` values, or None.

    Text the parser cannot read is left to the loader, which names the problem and its line.
    """
    parser = _Parser(text)
    count = 0
    try:
        while parser.check_event():
            event = parser.get_event()
            if isinstance(event, _VALUE_EVENTS):
                count += 1
                if count > limit:
                    return event.start_mark.line + 1
    except yaml.YAMLError:
        return None
    finally:
        parser.dispose()
    return None


def json_over_budget(raw: bytes, limit: int = MAX_VALUES) -> int | None:
    """The line (1-based) where the JSON ``raw`` passes about ``limit`` values, or None.

    Outside strings, every list or mapping opens with a bracket, every value in a mapping
    follows a colon and every other value in a list a comma: counting those counts the values
    and keys about as the YAML parser's events do.
    """
    count = 0
    for match in _JSON_TOKEN.finditer(raw):
        if match.group()[:1] == b'"':
            continue
        count += 1
        if count > limit:
            return raw.count(b"\n", 0, match.start()) + 1
    return None
