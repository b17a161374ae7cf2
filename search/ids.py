"""Filtering by a long list of page ids: the ranked results of a search (up to 1,000 per language).

``filter(pk__in=ids)`` prepares every id through the field and writes one placeholder per
id: about 10 ms of Python per query for 1,000 ids, in each of the queries a search page
makes with the same list, and PostgreSQL's planner then estimates each id (several
milliseconds more). :class:`IdIn` is the same condition with the ids checked once as
integers; on PostgreSQL they are one array parameter, out of the planner's sight
(``id = ANY(ARRAY(SELECT unnest(%s::integer[])))``).
"""

from django.db.models import BooleanField, F, Func


class IdIn(Func):
    """``expression IN (ids)`` as a filter: ``queryset.filter(IdIn("pk", ids))``."""

    output_field = BooleanField()

    def __init__(self, expression, ids):
        super().__init__(F(expression) if isinstance(expression, str) else expression)
        self.ids = sorted({int(pk) for pk in ids})

    def as_sql(self, compiler, connection, **extra_context):
        if not self.ids:
            return "1 = 0", ()
        sql, params = compiler.compile(self.source_expressions[0])
        placeholders = ", ".join(["%s"] * len(self.ids))
        return f"{sql} IN ({placeholders})", (*params, *self.ids)

    def as_postgresql(self, compiler, connection, **extra_context):
        if not self.ids:
            return "1 = 0", ()
        expression = self.source_expressions[0]
        sql, params = compiler.compile(expression)
        array_type = expression.output_field.cast_db_type(connection)
        # The array as its text ('{1,2,3}', integers only), not a list the driver quotes id by id; in
        # ARRAY(SELECT unnest(…)), so that the planner does not estimate each id (milliseconds for 1,000).
        array = "{" + ",".join(map(str, self.ids)) + "}"
        return f"{sql} = ANY(ARRAY(SELECT unnest(%s::{array_type}[])))", (*params, array)
