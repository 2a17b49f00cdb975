#!/usr/bin/env bash
# Checks deploy/ with the real tools, as CI does before ./mvnw verify (.ci/run installs them there):
#   promtool  the compose Prometheus config, the alert rules, their unit tests, and every Grafana dashboard query
#             (parsed as PromQL once Grafana's variables are filled in)
#   kubectl   `kubectl kustomize` builds every overlay under deploy/k8s/overlays (kustomize v5; KUBECTL=... to pick one)
# promtool: Debian's `prometheus` package. Its build leaves out Kubernetes service discovery, so
# prometheus-kubernetes.yml is checked by KubernetesManifestsTest/DockerComposeFileTest's YAML reading instead.
set -euo pipefail
cd "$(dirname "$0")/.."

KUBECTL="${KUBECTL:-kubectl}"
for tool in promtool "$KUBECTL" python3; do
  command -v "$tool" >/dev/null || { echo "deploy/check.sh needs $tool (see the comment at the top)" >&2; exit 1; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "== promtool: Prometheus config (compose)"
promtool check config --syntax-only deploy/prometheus/prometheus.yml

echo "== promtool: alert rules"
promtool check rules deploy/prometheus/rules/*.yml

echo "== promtool: alert rule tests"
promtool test rules deploy/prometheus/tests/*.test.yml

echo "== promtool: Grafana dashboard queries"
# Each panel query becomes a recording rule, so promtool's PromQL parser reads it; Grafana's variables get values
# of the right kind (a duration for ranges, a regex for label matchers).
python3 - "$work/dashboards.rules.yml" deploy/grafana/dashboards/*.json <<'PY'
import json, sys
out, files = sys.argv[1], sys.argv[2:]
values = {"$__rate_interval": "1m", "$__interval": "1m", "$__range": "1h", "$team": ".*", "$service": ".*"}
rules, n = [], 0
for name in files:
    for panel in json.load(open(name))["panels"]:
        for target in panel.get("targets", []):
            expr = target["expr"]
            for variable, value in sorted(values.items(), key=lambda kv: -len(kv[0])):
                expr = expr.replace(variable, value)
            if "$" in expr:
                sys.exit(f"{name}: panel '{panel['title']}' uses a variable this check does not know: {expr}")
            n += 1
            rules.append({"record": f"dashboard:query_{n}", "expr": expr})
json.dump({"groups": [{"name": "dashboards", "rules": rules}]}, open(out, "w"))
print(f"{n} queries from {len(files)} dashboards")
PY
promtool check rules "$work/dashboards.rules.yml"

echo "== kustomize: overlays ($("$KUBECTL" version --client 2>/dev/null | grep -i kustomize || echo "kustomize version unknown"))"
for overlay in deploy/k8s/overlays/*/; do
  "$KUBECTL" kustomize "$overlay" > "$work/overlay.yaml"
  echo "$overlay: $(grep -c '^kind:' "$work/overlay.yaml") resources"
done
echo "deploy/check.sh: all checks passed"
