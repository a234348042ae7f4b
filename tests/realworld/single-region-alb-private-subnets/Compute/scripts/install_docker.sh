#!/bin/bash
# offline: not in the source this case was read from (see SOURCE.md); user_data
# embeds it with file(), so a placeholder stands in. Not upstream.
