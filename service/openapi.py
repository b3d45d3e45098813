"""Print the OpenAPI document generated from the schemas: `python -m service.openapi > openapi.yaml`."""

from __future__ import annotations

import sys


def generate() -> str:
    from service import create_app
    from service.api.docs import spec_yaml
    from service.config import Settings

    app = create_app(Settings(load_model=False))
    return spec_yaml(app.extensions["flask-smorest"]["apis"][""]["ext_obj"])


if __name__ == "__main__":
    sys.stdout.write(generate())
