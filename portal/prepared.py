"""Queries compiled once per shape: the SQL of a ``values()`` queryset, run again with new values.

Django builds a queryset and compiles its SQL on every evaluation. For the few nested,
one-query reads of the public pages (the routed page, ``home/models.py``; the page frame,
``portal/page_frame.py``; the latest pages tagged with a country, region or theme,
``portal/models/tagging.py``), building and compiling cost more CPU than the database
spends running them: 5.6 of 8.1 ms for a country page's tagged lists at ``bench_10k``
(bench/README, "Compiled once: the raw path's last five pages"). The SQL has the same shape
for every page; only a few values differ (the page's id, path, depth, translation key, locale).

``PreparedQuery(build, parameters)`` compiles ``build(shape, **placeholders)`` once per
thread and ``shape``, with a distinct placeholder for each named parameter, finds where
the placeholders went among the statement's parameters, and runs the statement with the
real values in their place. The rows go through Django's own converters (dates on SQLite).

The rule that keeps it exact: ``build`` may depend only on ``shape`` and its parameters.
Whatever else decides the SQL (the page types, the restricted sections, a limit) goes into
``shape``, which keys the compiled statements. A placeholder that Django writes into the
SQL text instead of passing it as a parameter is refused when compiling, and so is a text
value that a pattern (``LIKE``) would read differently.
"""

import threading
import uuid

from django.core.exceptions import EmptyResultSet
from django.db import connections

LIKE_SPECIAL = ("%", "_", "\\")
#: Statements kept per thread and query: a new set of restricted sections makes new shapes.
MAX_STATEMENTS = 256


class PreparedQuery:
    """A ``values()`` queryset of one shape, compiled once per thread, run with new parameter values.

    ``parameters``: {name: type} of what changes between runs: ``int``, ``str`` (the text may
    be a prefix of a ``LIKE`` pattern) or ``uuid.UUID``.
    """

    def __init__(self, build, parameters):
        self.build = build
        self.parameters = dict(parameters)
        self._local = threading.local()

    def run(self, shape, **values):
        """The rows (dicts) of ``build(shape, **values)``, from the statement compiled for ``shape``."""
        if set(values) != set(self.parameters):
            raise TypeError(f"expected the parameters {sorted(self.parameters)}, got {sorted(values)}")
        statement = self.statement(shape)
        if statement is None:  # nothing can match (Django's EmptyResultSet)
            return []
        compiler, sql, bindings, names = statement
        params = [_bind(binding, values) for binding in bindings]
        with connections[compiler.using].cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        return [dict(zip(names, row, strict=True)) for row in compiler.results_iter(results=[rows])]

    def statement(self, shape):
        """(compiler, SQL, a binding per parameter, column names) for ``shape``, or None when nothing can match."""
        statements = self._local.__dict__.setdefault("statements", {})
        if shape not in statements:
            if len(statements) >= MAX_STATEMENTS:
                statements.clear()
            statements[shape] = self._compile(shape)
        return statements[shape]

    def _compile(self, shape):
        # Compiled twice, with two sets of placeholders: the statement must not depend on the
        # values (Django drops a comparison with a value outside an integer field's range, for one).
        first, second = (self._compile_with(shape, placeholders) for placeholders in _placeholder_sets(self.parameters))
        if (first and first[1:]) != (second and second[1:]):
            raise ValueError("the SQL depends on the parameters' values: put what decides it in the shape")
        return first

    def _compile_with(self, shape, placeholders):
        queryset = self.build(shape, **placeholders)
        query = queryset.query
        compiler = query.get_compiler(queryset.db)
        try:
            sql, params = compiler.as_sql()
        except EmptyResultSet:
            return None
        bindings = tuple(_binding(param, placeholders) for param in params)
        for name, placeholder in placeholders.items():
            if any(str(form) in sql for form in _forms(placeholder)) and not any(b[1] == name for b in bindings):
                raise ValueError(f"{name} is written into the SQL, not passed as a parameter: it cannot be prepared")
        # As Django's ValuesIterable names the columns.
        names = (
            list(query.selected)
            if query.selected
            else [*query.extra_select, *query.values_select, *query.annotation_select]
        )
        return compiler, sql, bindings, tuple(names)


def _placeholder_sets(parameters):
    """Two sets of placeholders, {name: value}, every value distinct and of the parameter's type.

    The integers of each set lie far apart, and in another order in the second set: a value
    computed from one (``depth + 1``) is a constant in both compilations, with two different
    values, so that the statements differ and it is refused.
    """
    count = len(parameters)
    integers = (
        [1_987_654_000 + 1_000 * index for index in range(count)],  # within every integer column's range
        [500_000 + 10_000 * (count - index) for index in range(count)],
    )
    sets = []
    for numbers in integers:
        placeholders = {}
        for number, (name, kind) in zip(numbers, parameters.items(), strict=True):
            if kind is int:
                placeholders[name] = number
            elif kind is str:
                placeholders[name] = f"prepared{uuid.uuid4().hex}"
            elif kind is uuid.UUID:
                placeholders[name] = uuid.uuid4()
            else:
                raise TypeError(f"no placeholder for {kind!r}")
        sets.append(placeholders)
    return sets


def _forms(placeholder):
    """How a placeholder may appear among the parameters: itself, and a UUID as text (SQLite: its hex)."""
    if isinstance(placeholder, uuid.UUID):
        return (placeholder, placeholder.hex, str(placeholder))
    return (placeholder,)


def _binding(param, placeholders):
    """Where a parameter comes from.

    ("value", name, form), ("text", name, (before, after)) for a text around the value (a
    pattern), or ("constant", None, param).
    """
    for name, placeholder in placeholders.items():
        if isinstance(placeholder, uuid.UUID):
            for form, text in (("uuid", placeholder), ("hex", placeholder.hex), ("str", str(placeholder))):
                if param == text:
                    return ("value", name, form)
        elif isinstance(placeholder, int):
            if param == placeholder and type(param) is int:
                return ("value", name, "int")
        elif isinstance(param, str) and placeholder in param:
            return ("text", name, tuple(param.split(placeholder, 1)))
    return ("constant", None, param)


def _bind(binding, values):
    kind, name, how = binding
    if kind == "constant":
        return how
    value = values[name]
    if kind == "text":
        return how[0] + _plain_text(name, value) + how[1]
    if how == "hex":
        return value.hex
    if how == "str":
        return str(value)
    return value


def _plain_text(name, value):
    # Django escapes a pattern's wildcards when it builds it; the placeholder had none to escape.
    if any(character in value for character in LIKE_SPECIAL):
        raise ValueError(f"{name} holds a LIKE wildcard ({value!r}): the prepared pattern would read it differently")
    return value


def model_values(queryset):
    """``queryset`` (of model instances) as the ``values()`` of its model's columns and annotations,
    for ``PreparedQuery``; ``model_instance`` makes the instance of a row."""
    names = [field.attname for field in queryset.model._meta.concrete_fields]
    return queryset.values(*names, *queryset.query.annotations)


def model_instance(model, row, using="default"):
    """The ``model`` instance of a ``model_values`` row, as Django's own iterable makes it
    (``Model.from_db``), with the annotations as attributes."""
    names = [field.attname for field in model._meta.concrete_fields]
    instance = model.from_db(using, names, [row[name] for name in names])
    for name in row.keys() - set(names):
        setattr(instance, name, row[name])
    return instance
