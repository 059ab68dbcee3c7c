"""The Python bindings: parity with the CLI and the reference outputs, spans, batches, errors."""

import json
import subprocess

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import tanqih


def reference(repo):
    with open(repo / "fixtures" / "arabic-reference.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_normalize_matches_the_reference_outputs(repo):
    records = reference(repo)
    presets = [name for name, _ in tanqih.normalize_presets()]
    parity = [p for p in presets if p.startswith(("camel-", "pyarabic-"))]
    assert len(parity) == 12
    for preset in parity:
        field = preset.replace("-", "_")
        wrong = [r["input"] for r in records if tanqih.normalize(r["input"], preset) != r[field]]
        assert not wrong, f"{preset}: {len(wrong)} records differ, first {wrong[0]!r}"


def test_normalize_matches_the_cli_for_every_preset(repo, tanqih_bin):
    lines = [r["input"].replace("\n", " ") for r in reference(repo)][:200]
    for preset, _ in tanqih.normalize_presets():
        cli = subprocess.run(
            [tanqih_bin, "normalize", "--preset", preset],
            input="\n".join(lines) + "\n", capture_output=True, text=True, check=True,
        ).stdout.split("\n")[:-1]
        assert [tanqih.normalize(line, preset) for line in lines] == cli, preset
    assert tanqih.normalize("ة ؤ", "default", "+teh-marbuta,+hamza-seats") == "ه و"


def test_tokens_carry_kinds_and_python_string_spans():
    text = "قَالَ الرئيس: «نعم» 12.5% #وسم 😀\nسطر ثانٍ"
    tokens = tanqih.tokenize(text)
    assert [t.kind for t in tokens][:6] == ["word", "word", "punct", "punct", "word", "punct"]
    for t in tokens:
        assert text[t.start:t.end] == t.text
    assert [t.text for t in tokens if t.kind in ("number", "hashtag", "emoji")] == ["12.5%", "#وسم", "😀"]
    assert tokens[-1].sentence == tokens[0].sentence + 1
    clitics = tanqih.tokenize("وبالتالي كتابها", clitics="atb")
    assert [t.text for t in clitics] == ["و+", "ب+", "التالي", "كتاب", "+ها"]
    assert all("وبالتالي كتابها"[t.start:t.end] == t.text.strip("+") for t in clitics)


def test_pipeline_batches_equal_the_cli_documents(repo, tanqih_bin, tmp_path):
    seeds = sorted((repo / "seeds").glob("*.txt"))
    jsonl = tmp_path / "seeds.jsonl"
    rows = [{"id": s.stem, "text": s.read_text(encoding="utf-8"),
             "source": f"{jsonl}:{n}"} for n, s in enumerate(seeds, 1)]
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    subprocess.run([tanqih_bin, "line-counts", str(jsonl), "-o", str(tmp_path / "counts.tsv")],
                   check=True, capture_output=True)
    # The default columns, and with the per-token annotations asked for, as `process` writes them.
    for flags, config in [([], ""), (["--annotations"], "[output]\nannotations = true\n")]:
        out = tmp_path / f"out{len(flags)}"
        subprocess.run([tanqih_bin, "process", str(jsonl), "-o", str(out), "--format", "parquet", *flags],
                       check=True, capture_output=True)
        expected = pq.read_table(out / "documents.parquet")
        assert ("spans" in expected.column_names) == bool(flags)
        pipeline = tanqih.Pipeline(config, line_counts=tmp_path / "counts.tsv")
        from_dicts = pipeline.process_batch(rows)
        assert isinstance(from_dicts, pa.RecordBatch)
        assert pa.Table.from_batches([from_dicts]).equals(expected)
        from_table = pipeline.process_batch(pa.Table.from_pylist(rows))
        assert from_table.equals(expected)


def test_errors_are_python_exceptions_with_clear_messages():
    with pytest.raises(ValueError, match="unknown normalization preset `nope`"):
        tanqih.normalize("x", "nope")
    with pytest.raises(ValueError, match="unknown normalization rule `nope`"):
        tanqih.normalize("x", "default", "+nope")
    with pytest.raises(ValueError, match="unknown clitic scheme `xyz`"):
        tanqih.tokenize("x", clitics="xyz")
    with pytest.raises(ValueError, match="unknown field `colour`"):
        tanqih.Pipeline("[strip]\ncolour = 1\n")
    with pytest.raises(ValueError, match="missing.tsv"):
        tanqih.Pipeline(line_counts="missing.tsv")
    with pytest.raises(KeyError, match="no `text` column"):
        tanqih.Pipeline().process_batch([{"id": "a", "body": "x"}])
    with pytest.raises(ValueError, match="column `text` must hold strings"):
        tanqih.Pipeline().process_batch([{"id": "a", "text": 5}])
    with pytest.raises(TypeError, match="not str"):
        tanqih.Pipeline().process_batch("text")
