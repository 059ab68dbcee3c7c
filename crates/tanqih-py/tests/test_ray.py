"""tanqih as a Ray Data step on a real local Ray cluster (a head node on loopback, two worker processes):
the rows written equal those of `tanqih process`, on the seeds and on a generated corpus."""

import json
import pathlib
import socket
import subprocess
import sys

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

ray = pytest.importorskip("ray")

EXAMPLES = str(pathlib.Path(__file__).resolve().parents[1] / "examples")
sys.path.insert(0, EXAMPLES)
import ray_pipeline  # noqa: E402


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    port = free_port()
    temp = tmp_path_factory.mktemp("ray")
    start = [
        "ray", "start", "--head", "--node-ip-address=127.0.0.1", f"--port={port}", "--num-cpus=3",
        "--include-dashboard=false", "--disable-usage-stats", f"--temp-dir={temp}",
    ]
    subprocess.run(start, check=True, capture_output=True)
    try:
        # The workers import the example module as the driver does.
        ray.init(address=f"127.0.0.1:{port}", log_to_driver=False,
                 runtime_env={"env_vars": {"PYTHONPATH": EXAMPLES}})
        assert ray.cluster_resources().get("CPU") == 3  # two tanqih workers and a reader
        yield
    finally:
        ray.shutdown()
        subprocess.run(["ray", "stop", "--force"], capture_output=True)


def with_sources(rows, path):
    """Rows with the `source` that `tanqih process` gives a JSONL line (FILE:LINE)."""
    return [{**r, "source": f"{path}:{n}"} for n, r in enumerate(rows, 1)]


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def check_ray_equals_cli(tanqih_bin, jsonl, tmp_path):
    cli_out = tmp_path / "cli"
    subprocess.run([tanqih_bin, "process", str(jsonl), "-o", str(cli_out), "--format", "parquet"],
                   check=True, capture_output=True)
    counts = tmp_path / "line-counts.tsv"
    subprocess.run([tanqih_bin, "line-counts", str(jsonl), "-o", str(counts)], check=True, capture_output=True)
    ray_out = tmp_path / "ray"
    ray_pipeline.run([str(jsonl)], str(ray_out), workers=2, line_counts=str(counts), batch_size=64)
    expected = pq.read_table(cli_out / "documents.parquet")
    got = pq.read_table(ray_out)
    assert got.num_rows == expected.num_rows > 0
    got = got.select(expected.column_names).sort_by("id").to_pylist()
    expected = expected.sort_by("id").to_pylist()
    assert got == expected


def test_seeds_through_ray_equal_tanqih_process(cluster, repo, tanqih_bin, tmp_path):
    jsonl = tmp_path / "seeds.jsonl"
    rows = [{"id": s.stem, "text": s.read_text(encoding="utf-8")} for s in sorted((repo / "seeds").glob("*.txt"))]
    write_jsonl(jsonl, with_sources(rows, jsonl))
    check_ray_equals_cli(tanqih_bin, jsonl, tmp_path)


def test_generated_corpus_through_ray_equals_tanqih_process(cluster, tanqih_bin, tmp_path):
    gen = tmp_path / "gen"
    subprocess.run([tanqih_bin, "gen-corpus", "--size", "3MB", "--seed", "11", "-o", str(gen)],
                   check=True, capture_output=True)
    rows = []
    for shard in sorted(gen.glob("*.jsonl.zst")):
        with pa.input_stream(str(shard), compression="zstd") as f:
            rows += [json.loads(line) for line in f.read().decode("utf-8").splitlines() if line]
    assert len(rows) > 300
    jsonl = tmp_path / "gen.jsonl"
    write_jsonl(jsonl, with_sources(rows, jsonl))
    check_ray_equals_cli(tanqih_bin, jsonl, tmp_path)
