#!/usr/bin/env bash
# Usage: roundtrip.sh CORPUS_RELAY_DIR WORK_DIR FLEXMATCH_TRANSLATE FLEXMATCH_OPT
# For every model: import with annotation checks, reparse the MLIR, export,
# re-import, re-export, and require the two exports to be identical.
set -u
corpus=$1 work=$2 translate=$3 opt=$4
status=0
for f in "$corpus"/*.relay; do
  b=$(basename "$f" .relay)
  if "$translate" --import-relay --relay-check-types "$f" -o "$work/$b.mlir" &&
     "$opt" "$work/$b.mlir" -o "$work/$b.reparsed.mlir" &&
     "$translate" --export-relay "$work/$b.mlir" -o "$work/$b.1.relay" &&
     "$translate" --import-relay --relay-check-types "$work/$b.1.relay" -o "$work/$b.2.mlir" &&
     "$translate" --export-relay "$work/$b.2.mlir" -o "$work/$b.2.relay" &&
     cmp "$work/$b.1.relay" "$work/$b.2.relay"; then
    echo "roundtrip $b"
  else
    echo "FAILED $b"
    status=1
  fi
done
exit $status
