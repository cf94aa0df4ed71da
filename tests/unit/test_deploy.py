"""The deploy kit agrees with itself: the lock pins what pyproject asks for, the image installs from the lock
as a non-root user with a health check, and the README's production commands are compose.yaml's."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text()


def locked() -> dict[str, tuple[str, int]]:
    """name → (pinned version, number of hashes), from requirements.lock."""
    pins: dict[str, tuple[str, int]] = {}
    current = None
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        pinned = re.match(r"^([A-Za-z0-9_.\-\[\]]+)==([^\s;\\]+)", line)
        if pinned:
            current = canonicalize_name(re.sub(r"\[.*\]", "", pinned[1]))
            pins[current] = (pinned[2], 0)
        elif current and "--hash=sha256:" in line:
            version, hashes = pins[current]
            pins[current] = (version, hashes + 1)
    return pins


def test_the_lock_pins_every_dependency_within_its_range_with_hashes():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pins = locked()
    assert pins and all(hashes for _, hashes in pins.values()), "every pin needs its hashes"
    for dependency in map(Requirement, project["dependencies"]):
        name = canonicalize_name(dependency.name)
        assert name in pins, f"{name} is not in requirements.lock; regenerate it (README, 'The lock file')"
        assert dependency.specifier.contains(pins[name][0]), (name, pins[name][0], str(dependency.specifier))


def test_the_image_installs_the_lock_and_runs_as_a_non_root_user_with_a_health_check():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "pip install --require-hashes --no-deps -r /src/requirements.lock" in dockerfile
    [user] = re.findall(r"^USER (\S+)", dockerfile, re.MULTILINE)
    assert user.split(":")[0] not in ("root", "0")
    assert re.search(r"^HEALTHCHECK .*\n?.*/healthz", dockerfile, re.MULTILINE)
    assert re.search(r"^FROM python:3\.\d+-slim", dockerfile, re.MULTILINE)


def test_the_readmes_production_commands_are_the_compose_files():
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())["services"]
    in_compose = {
        name: " ".join(service["command"]) for name, service in compose.items() if "command" in service
    }
    production = README.split("### Production with Docker Compose", 1)[1].split("\n## ", 1)[0]
    block = production.split("```text\n", 1)[1].split("```", 1)[0]
    in_readme = dict(re.match(r"^(\w+):\s+(jane .+?)\s*$", line).groups() for line in block.splitlines())
    assert in_readme == in_compose
    assert {"migrate", "web", "worker"} <= set(in_compose) and "db" in compose
    assert compose["migrate"]["command"] == ["jane", "db", "upgrade"]
    for server in ("web", "worker"):  # the servers start only after the migrations succeeded
        assert compose[server]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
