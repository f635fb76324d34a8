import pytest

from tests.production.servers import manage, production_environment


@pytest.fixture(scope="session")
def static_root(tmp_path_factory):
    """Static files collected as the Docker image does (hashed, compressed)."""
    root = tmp_path_factory.mktemp("static")
    result = manage(
        "collectstatic",
        "--noinput",
        "-v",
        "0",
        env=production_environment(STATIC_ROOT=str(root)),
    )
    assert result.returncode == 0, result.stderr
    return root
