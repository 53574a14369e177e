"""Every setting and every command is documented in the README."""

from pathlib import Path

import pytest

from dashboard.cli import COMMANDS
from dashboard.settings import SETTINGS

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(SETTINGS))
def test_setting_is_documented(name):
    assert f"`{name}`" in README


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_command_is_documented(command):
    assert f"| `{command}" in README


def test_quick_start_is_two_commands():
    block = README.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in block.strip().splitlines()]
    assert commands == ["make run", "make test"]
