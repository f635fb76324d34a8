"""A GIN index on the search index's `title || body` on PostgreSQL.

Wagtail's PostgreSQL search backend (modelsearch) matches a query against
`title || body`, an expression its own indexes (one on `title`, one on
`body`) cannot serve: every search read every entry's vectors, 107 ms at
10,000 cases for a query matching nothing. With this index: 0.2 ms.
ANALYZE then gives the planner statistics on the expression: without them
it guesses one matching row, and for a query matching thousands of pages
chose a nested loop over every page for each match (32 s at 10,000 cases).
SQLite's search uses its own full-text table and needs nothing.
"""

from django.db import migrations

INDEX_NAME = "cccea_search_entry_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX_NAME} "
        "ON wagtailsearch_indexentry USING gin ((title || body))"
    )
    schema_editor.execute("ANALYZE wagtailsearch_indexentry")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX_NAME}")


class Migration(migrations.Migration):
    dependencies = [
        ("cccea_site", "0007_front_page_featured_appeal_and_logo"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
