"""The built-in sector plugins, installed as ``screener.plugins.builtin``.

Each sector is a declarative ``<name>.yaml`` file and a two-line ``<name>.py`` module
registered in the ``screener.plugins`` entry-point group (pyproject.toml), exactly as a
third-party plugin would be (see ``template/`` and docs/plugins.md).
"""
