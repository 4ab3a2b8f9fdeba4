"""Fixtures shared by the exchange tests (a module defining its own ``net`` or ``template`` uses that)."""

from tests.helpers.network import net, template

__all__ = ["net", "template"]
