"""An import-linter contract type: no import cycles between the project's modules (``make check``).

import-linter's own ``acyclic_siblings`` checks the children of one package, and the
``layers`` contract the direction between packages; neither fails on a cycle through
modules of several top-level packages (two page apps, say). ``no_cycles`` fails on any
cycle in the import graph of the root packages, at the level of modules, listing each
cycle's modules. ``ignore_imports`` takes import-linter's usual expressions, to break a
known cycle until it is fixed (say why in the contract's name or a comment).
"""

from importlinter.application import contract_utils, output
from importlinter.application.contract_utils import AlertLevel
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck


class NoCyclesContract(Contract):
    type_name = "no_cycles"

    ignore_imports = fields.SetField(subfield=fields.ImportExpressionField(), required=False)
    unmatched_ignore_imports_alerting = fields.EnumField(AlertLevel, default=AlertLevel.ERROR)

    def check(self, graph, verbose):
        removal = contract_utils.remove_ignored_imports_and_report(
            graph=graph,
            ignore_imports=self.ignore_imports,
            unmatched_alerting=self.unmatched_ignore_imports_alerting,
        )
        cycles = strongly_connected(
            {module: graph.find_modules_directly_imported_by(module) for module in graph.modules}
        )
        return ContractCheck(
            kept=not cycles,
            warnings=list(removal.warnings),
            metadata={"cycles": [sorted(cycle) for cycle in cycles]},
        )

    def render_broken_contract(self, check):
        for cycle in sorted(check.metadata["cycles"]):
            output.print_error(f"Import cycle between: {', '.join(cycle)}")
            output.new_line()


def strongly_connected(edges):
    """The groups of two or more modules that import each other, directly or not (Tarjan's algorithm)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    counter = 0
    for start in sorted(edges):
        if start in index:
            continue
        # Iterative depth-first search: (module, iterator over what it imports).
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            module, imported = work[-1]
            for target in imported:
                if target not in edges:
                    continue
                if target not in index:
                    index[target] = low[target] = counter
                    counter += 1
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(edges[target]))))
                    break
                if target in on_stack:
                    low[module] = min(low[module], index[target])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[module])
                if low[module] == index[module]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == module:
                            break
                    if len(group) > 1:
                        found.append(group)
    return found
