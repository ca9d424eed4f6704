#!/bin/sh
# The smallest heap, in steps of 32 MiB, in which the national dataset is read, then read and
# validated: writes the dataset once in a large heap, then halves the interval between a heap too
# small and one large enough. Run from the project's root after
# ./mvnw -B -q -DskipTests package; prints one line per step.
set -eu
jar=programme-benchmarks/target/benchmarks.jar
main=io.github.plateformcoop.programme.benchmarks.TasDuJeuNational
dossier=$(mktemp -d)
trap 'rm -rf "$dossier"' EXIT
fichier="$dossier/national.json"
java -Xmx3g -cp "$jar" "$main" write "$fichier"
ls -l "$fichier"
for etape in read validate; do
  petit=32
  grand=4096
  while [ $((grand - petit)) -gt 32 ]; do
    milieu=$(( (petit + grand) / 64 * 32 ))
    if java -Xmx${milieu}m -cp "$jar" "$main" "$etape" "$fichier" > "$dossier/sortie" 2>&1; then
      grand=$milieu
      echo "$etape -Xmx${milieu}m: $(tail -1 "$dossier/sortie")"
    else
      petit=$milieu
      echo "$etape -Xmx${milieu}m: fails ($(grep -o 'OutOfMemoryError[^\"]*' "$dossier/sortie" | head -1))"
    fi
  done
  echo "$etape: smallest heap -Xmx${grand}m"
done
