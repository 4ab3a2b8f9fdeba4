"""The exchange tests' network of profiles, for the tests here that need real profiles."""

from tests.helpers.network import net, template

__all__ = ["net", "template"]
