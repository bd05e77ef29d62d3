#!/bin/sh
# The diagram layer's benchmark (see benchmarks/diagram/DiagramBenchmark.java): runs outside OSGi
# on the jars of the materialised product, so build it first:  ./mvnw -B verify -DskipTests
# Prints layout_ratio (our build + layout of the pairing diagram / plain ELK on the same graph, in CPU time)
# pairing_10x_s (the pairing diagram of ten times the county: 430 units, 1,170 communities in 230 townships,
# built, laid out and drawn into an image) and big_diagram_s (a 5,000-node pairing diagram, the same).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
plugins="$root/releng/org.cordon.product/target/products/org.cordon.product/linux/gtk/x86_64/cordon/plugins"
if [ ! -d "$plugins" ]; then
  echo "diagram.sh: no product in $plugins; build it with ./mvnw -B verify -DskipTests" >&2
  exit 1
fi
java_home=${CORDON_JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)}
java=${java_home:+$java_home/bin/}java
javac=${java_home:+$java_home/bin/}javac
classpath=""
for pattern in org.cordon.model_ org.cordon.io_ org.cordon.services_ org.cordon.diagram_ org.cordon.diagram.organisation_ \
    org.eclipse.elk.core_ org.eclipse.elk.graph_ org.eclipse.elk.alg.layered_ org.eclipse.elk.alg.common_ \
    org.eclipse.emf.common_ org.eclipse.emf.ecore_ com.google.guava_ org.eclipse.xtext.xbase.lib_ jakarta.persistence-api_ \
    org.eclipse.equinox.common_ org.eclipse.equinox.registry_ org.eclipse.equinox.preferences_ org.eclipse.osgi_; do
  for jar in "$plugins"/$pattern*.jar; do
    [ -f "$jar" ] && classpath="$classpath:$jar"
  done
done
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$javac" -nowarn -d "$out" -cp "${classpath#:}" "$here/diagram/DiagramBenchmark.java"
"$java" -Xmx3g -Djava.awt.headless=true -cp "$out$classpath" DiagramBenchmark "$@"
