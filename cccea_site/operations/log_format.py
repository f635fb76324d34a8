"""Log records as one JSON object per line, for log collectors."""

import json
import logging


class JsonFormatter(logging.Formatter):
    def format(self, record):
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_text:  # already formatted (and redacted): RedactAddresses
            entry["exception"] = record.exc_text
        elif record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


class RedactAddresses(logging.Filter):
    """Mask email addresses in every log line, tracebacks included.

    The site logs no visitor's address on purpose; this catches one that an
    exception message or a library's log line might carry (a database's
    duplicate-key error quotes the value).
    """

    def filter(self, record):
        from cccea_site.operations.error_reports import redact

        message = record.getMessage()
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True
