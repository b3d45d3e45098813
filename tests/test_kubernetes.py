"""deploy/kubernetes/: every manifest is valid against the Kubernetes schemas (offline: the schemas ship
inside kubernetes-validate), and agrees with the service it deploys: ports, probe paths, environment
variable names, the image's user, the gunicorn timeouts and the measured memory per worker."""

from __future__ import annotations

import copy
import json
import re
import tomllib
from pathlib import Path

import kubernetes_validate
import pytest
import yaml
from dockerfile_parse import DockerfileParser

from service import create_app
from service.config import Settings

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy" / "kubernetes"
# The oldest Kubernetes release still in common managed offerings, and the newest the package knows.
K8S_VERSIONS = ["1.30.0", kubernetes_validate.utils.latest_version() + ".0"]
# gunicorn's master process holds no model; generous for a Python process with Flask imported.
MASTER_RSS_MB = 100
MEMORY_HEADROOM = 1.25  # over the largest RSS measured, for articles longer than the benchmark's


def manifests() -> dict[str, dict]:
    """kind -> the object, for every YAML file but the kustomization."""
    found = {}
    for path in sorted(DEPLOY.glob("*.yaml")):
        if path.name == "kustomization.yaml":
            continue
        for document in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            found[document["kind"]] = document
    return found


@pytest.fixture(scope="module")
def objects() -> dict[str, dict]:
    return manifests()


@pytest.fixture(scope="module")
def container(objects) -> dict:
    (only,) = objects["Deployment"]["spec"]["template"]["spec"]["containers"]
    return only


def env_of(container: dict, objects: dict) -> dict[str, str | None]:
    """The container's environment: the ConfigMap's keys, then its own env (None: from a Secret)."""
    env: dict[str, str | None] = {}
    for source in container.get("envFrom", []):
        assert source["configMapRef"]["name"] == objects["ConfigMap"]["metadata"]["name"]
        env.update(objects["ConfigMap"]["data"])
    for item in container.get("env", []):
        env[item["name"]] = item.get("value")
    return env


def quantity_bytes(value: str) -> int:
    units = {"Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "K": 10**3, "M": 10**6, "G": 10**9}
    number, unit = re.fullmatch(r"(\d+)([A-Za-z]*)", value).groups()
    return int(number) * units.get(unit, 1)


def quantity_cores(value: str) -> float:
    return int(value[:-1]) / 1000 if value.endswith("m") else float(value)


def test_all_the_objects_are_there(objects):
    assert set(objects) == {
        "ConfigMap",
        "Deployment",
        "HorizontalPodAutoscaler",
        "PodDisruptionBudget",
        "Secret",
        "Service",
    }


@pytest.mark.parametrize("version", K8S_VERSIONS)
def test_every_manifest_validates_against_the_kubernetes_schema(objects, version):
    for kind, document in objects.items():
        try:
            kubernetes_validate.validate(document, version, strict=True)
        except kubernetes_validate.ValidationError as error:
            pytest.fail(f"{kind} is not a valid Kubernetes {version} object: {error.message}")


def test_the_validator_rejects_a_misspelt_field(objects):
    broken = copy.deepcopy(objects["Deployment"])
    broken["spec"]["template"]["spec"]["containers"][0]["readinesProbe"] = {"httpGet": {"path": "/"}}
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, K8S_VERSIONS[0], strict=True)


def test_kustomization_applies_every_manifest_but_the_example_secret():
    kustomization = yaml.safe_load((DEPLOY / "kustomization.yaml").read_text(encoding="utf-8"))
    files = {path.name for path in DEPLOY.glob("*.yaml")} - {"kustomization.yaml", "secret.example.yaml"}
    assert sorted(kustomization["resources"]) == sorted(files)
    (image,) = kustomization["images"]
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert (image["name"], image["newTag"]) == ("citations", project["version"])


def test_ports_agree_with_the_dockerfile_and_the_service(objects, container):
    exposed = DockerfileParser(str(ROOT / "Dockerfile")).structure
    (port,) = [int(item["value"]) for item in exposed if item["instruction"] == "EXPOSE"]
    (container_port,) = container["ports"]
    assert container_port["containerPort"] == port
    assert int(env_of(container, objects)["PORT"]) == port
    (service_port,) = objects["Service"]["spec"]["ports"]
    assert service_port["targetPort"] == container_port["name"]
    annotations = objects["Deployment"]["spec"]["template"]["metadata"]["annotations"]
    assert annotations["prometheus.io/scrape"] == "true"
    assert int(annotations["prometheus.io/port"]) == port


def test_probe_and_metrics_paths_are_routes_of_the_app(objects, container):
    routes = {rule.rule for rule in create_app(Settings(load_model=False)).url_map.iter_rules()}
    assert container["startupProbe"]["httpGet"]["path"] == "/readyz"
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    metrics = objects["Deployment"]["spec"]["template"]["metadata"]["annotations"]["prometheus.io/path"]
    assert {"/readyz", "/healthz", metrics} <= routes
    named = {port["name"] for port in container["ports"]}
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert container[probe]["httpGet"]["port"] in named


def test_every_environment_variable_is_a_documented_setting(objects, container):
    code = "\n".join(
        path.read_text(encoding="utf-8")
        for path in [ROOT / "gunicorn.conf.py", *ROOT.glob("service/**/*.py")]
    )
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in env_of(container, objects):
        assert f'"{name}"' in code, f"{name} is not read by the service"
        assert f"`{name}`" in readme, f"{name} is not in README.md's configuration table"


def test_api_keys_come_from_a_secret_only(objects, container):
    assert "API_KEYS" not in objects["ConfigMap"]["data"]
    (api_keys,) = [item for item in container["env"] if item["name"] == "API_KEYS"]
    reference = api_keys["valueFrom"]["secretKeyRef"]
    assert reference["name"] == objects["Secret"]["metadata"]["name"]
    assert reference["key"] in objects["Secret"]["stringData"]


def _instructions(name: str) -> list[str]:
    return [
        item["value"]
        for item in DockerfileParser(str(ROOT / "Dockerfile")).structure
        if item["instruction"] == name
    ]


def test_runs_as_the_images_user_on_a_read_only_root(objects, container):
    (user,) = _instructions("USER")
    pod = objects["Deployment"]["spec"]["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert pod["securityContext"]["runAsUser"] == int(user)
    security = container["securityContext"]
    assert security["readOnlyRootFilesystem"] is True
    assert security["allowPrivilegeEscalation"] is False
    assert security["capabilities"]["drop"] == ["ALL"]
    # Everything the service writes lies on an emptyDir: the Prometheus files and the temporary
    # directory (gunicorn's worker heartbeat files).
    empty_dirs = {volume["name"] for volume in pod["volumes"] if "emptyDir" in volume}
    writable = [mount["mountPath"] for mount in container["volumeMounts"] if mount["name"] in empty_dirs]
    metrics_dir = env_of(container, objects)["PROMETHEUS_MULTIPROC_DIR"]
    assert any(metrics_dir == path or metrics_dir.startswith(path + "/") for path in writable)
    assert "/tmp" in writable
    (useradd,) = [run for run in _instructions("RUN") if "useradd" in run]
    home = re.search(r"--home-dir (\S+)", useradd).group(1)
    assert home in writable, "the image user's home (torch and stanza caches)"


def test_workers_and_threads_fill_the_cpu_limit(objects, container):
    env = env_of(container, objects)
    cores = quantity_cores(container["resources"]["limits"]["cpu"])
    assert int(env["WEB_CONCURRENCY"]) * int(env["TORCH_THREADS"]) == cores
    assert container["resources"]["requests"]["cpu"] == container["resources"]["limits"]["cpu"]


def test_memory_covers_the_measured_rss_of_every_worker(objects, container):
    """The largest RSS per worker in the last benchmark run (docs/benchmarks.json), with headroom."""
    http = json.loads((ROOT / "docs" / "benchmarks.json").read_text(encoding="utf-8"))["http"]
    measured = [
        figures["rss_mb"]
        for run in http.values()
        if isinstance(run, dict)
        for key in ("rss_idle", "rss_after")
        for figures in run.get(key, {}).values()
    ]
    assert measured, "docs/benchmarks.json has no RSS figures"
    workers = int(env_of(container, objects)["WEB_CONCURRENCY"])
    needed_mb = workers * max(measured) * MEMORY_HEADROOM + MASTER_RSS_MB
    limit_mb = quantity_bytes(container["resources"]["limits"]["memory"]) / 10**6
    request_mb = quantity_bytes(container["resources"]["requests"]["memory"]) / 10**6
    assert limit_mb >= needed_mb, f"{limit_mb:.0f} MB for {workers} workers that need {needed_mb:.0f} MB"
    assert request_mb >= workers * max(measured) + MASTER_RSS_MB


def test_termination_outlasts_the_graceful_shutdown(objects, container):
    env = env_of(container, objects)
    graceful = int(env["GUNICORN_GRACEFUL_TIMEOUT"])
    command = container["lifecycle"]["preStop"]["exec"]["command"]
    assert command[0] == "sleep"
    grace = objects["Deployment"]["spec"]["template"]["spec"]["terminationGracePeriodSeconds"]
    assert grace > int(command[1]) + graceful


def test_selectors_match_the_pods(objects):
    labels = objects["Deployment"]["spec"]["template"]["metadata"]["labels"]
    for selector in (
        objects["Deployment"]["spec"]["selector"]["matchLabels"],
        objects["Service"]["spec"]["selector"],
        objects["PodDisruptionBudget"]["spec"]["selector"]["matchLabels"],
    ):
        assert selector.items() <= labels.items()


def test_autoscaler_and_disruption_budget_keep_a_pod_up(objects):
    hpa = objects["HorizontalPodAutoscaler"]["spec"]
    target = hpa["scaleTargetRef"]
    assert (target["kind"], target["name"]) == ("Deployment", objects["Deployment"]["metadata"]["name"])
    (metric,) = hpa["metrics"]
    assert metric["resource"]["name"] == "cpu"
    assert 0 < metric["resource"]["target"]["averageUtilization"] <= 100
    assert hpa["minReplicas"] >= 2
    assert objects["PodDisruptionBudget"]["spec"]["maxUnavailable"] < hpa["minReplicas"]
