"""The plugin hook contract, as docs/plugins.md states it: one pluggy manager, a hook called
once per document with Document.text and the shared ParsedDocument, nothing called for a
plugin that does not implement it, a time budget that holds outside the main thread."""

from __future__ import annotations

import re
import textwrap
import threading
from pathlib import Path

import pytest
from spacy.tokens import Doc

import screener.plugins.registry as registry
from screener.loaders import load_bytes
from screener.plugins import load_plugin_file, load_plugins, sector_spans
from screener.screen import ParsedBlock, ParsedDocument, Screener, ScreenOptions

DOC = Path(__file__).resolve().parents[1] / "docs" / "plugins.md"
WATER_YAML = textwrap.dedent("""\
    schema: screener.plugin/1
    name: water
    code: WAT
    version: 1.0.0
    title: {en: Water}
    description: {en: Water and sanitation.}
    sector_terms:
      en: [drinking water, sanitation]
    checklist:
      - id: WAT-01
        level: core
        title: {en: Water for displaced people}
        description: {en: Water services reach displacement sites.}
        detect:
          concepts: [forced_displacement]
        recommendation: {en: Plan water for displacement sites.}
        references: {sdg: ["10.7"], gcm: [15]}
    """)
PLAN = ("# Plan\n\n## Context\n\nThe district hosts many internally displaced persons since the floods.\n\n"
        "## Budget\n\nLine WASH-012 pays for 40 wells for internally displaced persons in the camps.\n\n"
        "Roads will be repaired in every municipality.\n")


def _doc(text: str = PLAN):
    return load_bytes("plan.md", text.encode("utf-8"))


def _spy_dir(tmp_path: Path, body: str) -> Path:
    d = tmp_path / "spy"
    d.mkdir()
    (d / "water.yaml").write_text(WATER_YAML, encoding="utf-8")
    (d / "water.py").write_text(textwrap.dedent("""\
        from screener.plugins import hookimpl

        CALLS = []

        @hookimpl
        def screener_sector():
            return "water.yaml"

        @hookimpl
        def screener_sector_spans(sector, text, doc, lang):
        """) + textwrap.indent(textwrap.dedent(body), "    "), encoding="utf-8")
    return d


def test_spy_plugin_gets_one_call_per_document_with_the_parsed_document(tmp_path, monkeypatch):
    d = _spy_dir(tmp_path, """\
        CALLS.append((sector, text, doc, lang))
        i = text.find("WASH-012")
        return [(i, i + 8)]
        """)
    s = Screener(plugins_dirs=[d])
    calls_into_pluggy = []
    real_call = registry._call
    monkeypatch.setattr(registry, "_call", lambda module, hook, **kw: calls_into_pluggy.append(hook) or real_call(module, hook, **kw))
    spy = s.plugins.get("water")
    calls = spy.hooks.CALLS
    document = _doc()
    assert len(document.blocks) >= 5
    result = s.screen(document)
    assert len(calls) == 1  # once per document, not once per block
    sector, text, parsed, lang = calls[0]
    assert sector is spy and lang == "en"
    assert text == document.text  # Document.text, as documented
    assert isinstance(parsed, ParsedDocument) and parsed.document is document and parsed.lang == "en"
    assert len(parsed.blocks) == len(document.blocks)
    for pb, b in zip(parsed.blocks, document.blocks):
        assert isinstance(pb, ParsedBlock) and pb.block is b
        assert isinstance(pb.doc, Doc) and pb.doc.text == b.text
    # only the one plugin implementing the hook was called: the nine built-ins cost no call
    assert calls_into_pluggy == ["screener_sector_spans"]
    s.screen(document)
    assert len(calls) == 2 and calls_into_pluggy == ["screener_sector_spans"] * 2
    # the span lands on the block that holds it, clipped to it
    water = next(r for r in result.sectors if r.sector == "water")
    budget = next(f for f in result.findings if "WASH-012" in f.text)
    assert "water" in budget.sectors and budget.id in water.findings


def test_no_hook_call_for_builtins(monkeypatch):
    s = Screener()
    calls = []
    monkeypatch.setattr(registry, "_call", lambda *a, **k: calls.append(a) or [])
    assert s.hook_plugins == ()
    s.screen(_doc())
    assert calls == []


def test_one_manager_for_every_plugin(tmp_path):
    d = _spy_dir(tmp_path, "return []\n")
    pset = load_plugins([d])
    pm = registry.manager()
    for p in pset:
        assert pm.is_registered(p.hooks), p.name
    impls = pm.hook.screener_sector.get_hookimpls()
    assert {p.hooks for p in pset} <= {i.plugin for i in impls}


def test_span_across_blocks_counts_for_each_and_is_clipped(tmp_path):
    d = _spy_dir(tmp_path, """\
        i = text.find("WASH-012")
        j = text.find("Roads")
        return [(i, j + 5)]
        """)
    s = Screener(plugins_dirs=[d], options=ScreenOptions(sectors=("water",)))
    document = _doc()
    parsed = s.matchers("en").parse(document)
    from screener.screen import plugin_spans

    per_block = plugin_spans(parsed, s.hook_plugins, [])
    hit = [(b.index, spans) for b, spans in zip(document.blocks, per_block) if spans]
    assert len(hit) == 2
    for index, spans in hit:
        b = document.blocks[index]
        ((a, z, name),) = spans
        assert name == "water" and 0 <= a < z <= len(b.text)
    assert document.blocks[hit[1][0]].text[hit[1][1][0][0]:hit[1][1][0][1]] == "Roads"


def test_docs_example_plugin_runs_in_a_screen(tmp_path):
    text = DOC.read_text(encoding="utf-8")
    (yaml_text,) = [b for b in re.findall(r"```yaml\n(.*?)```", text, flags=re.S) if "name: water" in b]
    (py_text,) = [b for b in re.findall(r"```python\n(.*?)```", text, flags=re.S) if "@hookimpl" in b]
    d = tmp_path / "plugins"
    d.mkdir()
    (d / "water.yaml").write_text(yaml_text, encoding="utf-8")
    (d / "water_plugin.py").write_text(py_text, encoding="utf-8")
    s = Screener(plugins_dirs=[d])
    assert [p.name for p in s.hook_plugins] == ["water"]
    result = s.screen(_doc())
    assert result.plugin_errors == ()
    water = next(r for r in result.sectors if r.sector == "water")
    budget = next(f for f in result.findings if "WASH-012" in f.text)
    assert water.blocks >= 1 and budget.id in water.findings  # the hook's span made it the sector's


def _looping_plugin(tmp_path, body: str):
    d = tmp_path / "loop"
    d.mkdir()
    (d / "water.yaml").write_text(WATER_YAML, encoding="utf-8")
    (d / "water.py").write_text(
        "import time\nfrom screener.plugins import hookimpl\n\n@hookimpl\ndef screener_sector():\n    return 'water.yaml'\n\n"
        "@hookimpl\ndef screener_sector_spans(sector, text, doc, lang):\n" + textwrap.indent(body, "    "),
        encoding="utf-8")
    return load_plugin_file(d / "water.py")


@pytest.mark.parametrize("body", ["while True:\n    pass\n", "while True:\n    time.sleep(0.05)\n"])
def test_time_budget_holds_outside_the_main_thread(tmp_path, monkeypatch, body):
    monkeypatch.setenv("SCREENER_HOOK_SECONDS", "0.3")
    plugin = _looping_plugin(tmp_path, body)
    out = {}

    def run():
        registry.new_document()
        out["first"] = sector_spans(plugin, "some text", None, "en")
        out["second"] = sector_spans(plugin, "some text", None, "en")  # switched off for this document

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(timeout=60)
    assert not t.is_alive(), "the hook was not stopped in a worker thread"
    for key in ("first", "second"):
        spans, failure = out[key]
        assert spans == () and "time budget" in failure.message
    assert threading.current_thread() is threading.main_thread()


def test_a_screen_in_a_thread_survives_a_looping_hook(tmp_path, monkeypatch):
    monkeypatch.setenv("SCREENER_HOOK_SECONDS", "0.3")
    d = _spy_dir(tmp_path, "while True:\n    pass\n")
    s = Screener(plugins_dirs=[d])
    out = {}
    t = threading.Thread(target=lambda: out.setdefault("r", s.screen(_doc())), daemon=True)
    t.start()
    t.join(timeout=120)
    assert not t.is_alive()
    errors = out["r"].plugin_errors
    assert len(errors) == 1 and errors[0]["name"] == "water" and "time budget" in errors[0]["message"]
    assert any(r.sector == "health" for r in out["r"].sectors)


def test_thread_budget_does_not_fire_after_a_quick_hook():
    with registry.thread_budget(0.2):
        x = sum(range(1000))
    import time

    time.sleep(0.4)  # a late time-out would land here
    assert x == 499500
