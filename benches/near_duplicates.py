"""Scores `tanqih process` near-duplicates against the copies `tanqih gen-corpus --near-duplicates` planted,
and optionally runs datatrove's MinHash deduplication on the same texts to compare clusters and time.

    tanqih gen-corpus --size 20MB --seed 3 --near-duplicates 0.2 -o nd
    tanqih process nd -o ndo
    python3 benches/near_duplicates.py nd ndo              # pair precision and recall
    python3 benches/near_duplicates.py nd ndo --datatrove  # and datatrove's clusters (pip install datatrove)

Pairs are those of clusters: planted copies joined to their originals (transitively), against documents
joined to the kept document `duplicates.jsonl` names. datatrove reads the `normalized` texts of
`documents.jsonl`, split on whitespace, with FineWeb's settings (14 bands × 8 rows, 5-grams, sha1).
"""
import glob
import itertools
import json
import struct
import subprocess
import sys
import tempfile
import time
from collections import defaultdict


def cluster_pairs(representative):
    groups = defaultdict(list)
    for item, rep in representative.items():
        groups[rep].append(item)
    return {p for g in groups.values() for p in itertools.combinations(sorted(g), 2)}


def planted(corpus):
    ids, copy_of = [], {}
    for f in sorted(glob.glob(f"{corpus}/*.jsonl.zst")):
        text = subprocess.run(["zstd", "-dc", f], capture_output=True, check=True).stdout.decode()
        for line in text.splitlines():
            r = json.loads(line)
            ids.append(r["id"])
            if "copy_of" in r:
                copy_of[r["id"]] = r["copy_of"]

    def root(x):
        while x in copy_of:
            x = copy_of[x]
        return x

    return ids, {i: root(i) for i in ids}


def found(out, ids):
    rep = {i: i for i in ids}
    for line in open(f"{out}/duplicates.jsonl", encoding="utf-8"):
        r = json.loads(line)
        rep[r["id"]] = r["duplicate_of"]
    return rep


def datatrove_clusters(out):
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.dedup import MinhashDedupCluster, MinhashDedupSignature
    from datatrove.pipeline.dedup.minhash import MinhashConfig, MinhashDedupBuckets
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.utils.hashing import HashConfig

    config = MinhashConfig(hash_config=HashConfig(hash_fc="sha1", precision=64), num_buckets=14,
                           hashes_per_bucket=8, n_grams=5)
    base = tempfile.mkdtemp()
    start = time.time()
    reader = JsonlReader(out, glob_pattern="documents.jsonl", text_key="normalized", id_key="id")
    LocalPipelineExecutor(pipeline=[reader, MinhashDedupSignature(output_folder=f"{base}/sigs", config=config,
                                                                  language=Whitespace())],
                          tasks=1, logging_dir=f"{base}/l1").run()
    LocalPipelineExecutor(pipeline=[MinhashDedupBuckets(input_folder=f"{base}/sigs", output_folder=f"{base}/b",
                                                        config=config)],
                          tasks=config.num_buckets, logging_dir=f"{base}/l2").run()
    LocalPipelineExecutor(pipeline=[MinhashDedupCluster(input_folder=f"{base}/b", output_folder=f"{base}/r",
                                                        config=config, save_cluster_id=True)],
                          tasks=1, logging_dir=f"{base}/l3").run()
    seconds = time.time() - start
    ids = [json.loads(line)["id"] for line in open(f"{out}/documents.jsonl", encoding="utf-8")]
    raw = open(f"{base}/r/000000.clusters", "rb").read()
    rep = {}
    for i in range(0, len(raw), 8):
        doc, cluster = struct.unpack("<II", raw[i:i + 8])
        rep[ids[doc]] = cluster
    return rep, seconds


try:
    from datatrove.utils.word_tokenizers import WordTokenizer

    class Whitespace(WordTokenizer):
        def word_tokenize(self, text):
            return text.split()

        def sent_tokenize(self, text):
            return [text]

        def span_tokenize(self, text):
            return []
except ImportError:
    pass


def main():
    corpus, out = sys.argv[1], sys.argv[2]
    ids, truth = planted(corpus)
    ours = found(out, ids)
    t, p = cluster_pairs(truth), cluster_pairs(ours)
    right = len(t & p)
    print(f"documents {len(ids)}, planted pairs {len(t)}, found pairs {len(p)}: "
          f"precision {right / max(1, len(p)):.4f}, recall {right / max(1, len(t)):.4f}")
    if "--datatrove" in sys.argv:
        theirs, seconds = datatrove_clusters(out)
        ours_written = {d: ours[d] for d in theirs}
        a, b = cluster_pairs(ours_written), cluster_pairs(theirs)
        shared = len(a & b)
        print(f"datatrove: {seconds:.1f} s; pairs {len(b)}, tanqih's {len(a)}, shared {shared}: "
              f"{shared / max(1, len(a)):.3f} of tanqih's, {shared / max(1, len(b)):.3f} of datatrove's")


if __name__ == "__main__":
    main()
